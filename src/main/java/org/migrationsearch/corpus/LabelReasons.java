package org.migrationsearch.corpus;

import java.util.List;

/** The reasons for a document's countries and topics, in the order of the labels. */
public record LabelReasons(List<LabelReason> countries, List<LabelReason> topics) {

  public static final LabelReasons NONE = new LabelReasons(List.of(), List.of());

  public LabelReasons {
    countries = countries == null ? List.of() : List.copyOf(countries);
    topics = topics == null ? List.of() : List.copyOf(topics);
  }
}
