package org.migrationsearch.corpus;

import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Document} from declared metadata, whichever format declared it. Values are kept
 * as written; the enricher normalises them (country names to codes, type names to slugs).
 */
public final class DeclaredFields {

  private DeclaredFields() {}

  public static Document fromStrings(
      String defaultId, String path, Map<String, String> meta, String title, String text) {
    return new Document(
        firstNonBlank(meta.get("id"), defaultId),
        path,
        firstNonBlank(meta.get("title"), title),
        blankToNull(meta.get("date")),
        blankToNull(meta.get("source")),
        blankToNull(firstNonBlank(meta.get("url"), meta.get("link"))),
        blankToNull(meta.get("type")),
        blankToNull(firstNonBlank(meta.get("language"), meta.get("lang"))),
        FrontMatter.list(firstNonBlank(meta.get("countries"), meta.get("country"))),
        FrontMatter.list(firstNonBlank(meta.get("topics"), meta.get("topic"))),
        text);
  }

  public static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  public static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }

  static List<String> nonBlank(List<String> values) {
    return values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
