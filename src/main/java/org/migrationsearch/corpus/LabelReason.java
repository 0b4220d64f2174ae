package org.migrationsearch.corpus;

/**
 * Why a document carries one country or topic, so a researcher can check a facet value at a
 * glance: whether the file declared it or the detector found it, and the cue that decided.
 *
 * @param value the country code or topic slug
 * @param origin {@code declared} or {@code detected}
 * @param cue for a detected label, what decided it: {@code title} (named in the title),
 *     {@code issuer} (the country issues the document), {@code passage} (a passage deals with
 *     it); null for a declared one
 * @param evidence the sentence (or title) that shows the cue, cut to a readable length; null
 *     for a declared label
 */
public record LabelReason(String value, String origin, String cue, String evidence) {

  public static final String DECLARED = "declared";
  public static final String DETECTED = "detected";

  public static LabelReason declared(String value) {
    return new LabelReason(value, DECLARED, null, null);
  }

  public static LabelReason detected(String value, String cue, String evidence) {
    return new LabelReason(value, DETECTED, cue, evidence);
  }
}
