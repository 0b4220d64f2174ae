package org.migrationsearch.enrich;

/**
 * Weighs a country's evidence in one document and decides whether the document is about it.
 * Tuned against the labelling rules of the real corpus (LABELS.md): the issuer and the title's
 * countries count; a substantive passage counts; passing mentions and roll calls do not.
 */
public final class CountryScorer {

  public double score(CountryEvidence e) {
    return 4.0 * Math.min(1, e.titleMentions())
        + 2.0 * Math.min(1, e.issuerCues())
        + e.bodyMentions()
        + 0.5 * e.leadMentions()
        + 0.1 * e.listedMentions();
  }

  public boolean isAbout(CountryEvidence e) {
    return score(e) >= 3.0;
  }
}
