package org.migrationsearch.search;

import java.util.Locale;
import java.util.Optional;

/** How hits are ordered. */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  OLDEST;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SortOrder> parse(String value) {
    for (SortOrder s : values()) {
      if (s.value().equalsIgnoreCase(value.strip())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
