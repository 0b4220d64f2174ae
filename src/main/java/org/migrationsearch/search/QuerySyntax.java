package org.migrationsearch.search;

import java.util.Locale;
import java.util.Optional;

/** {@code lucene}: the classic syntax, strict. {@code simple}: never fails, for pasted text. */
public enum QuerySyntax {
  LUCENE,
  SIMPLE;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<QuerySyntax> parse(String value) {
    for (QuerySyntax s : values()) {
      if (s.value().equalsIgnoreCase(value.strip())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
