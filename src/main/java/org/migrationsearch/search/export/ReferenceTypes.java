package org.migrationsearch.search.export;

import java.util.HashMap;
import java.util.Map;
import org.migrationsearch.enrich.ResourceLines;

/** The bundled table of document types to RIS and BibTeX reference types. */
final class ReferenceTypes {

  record Mapping(String ris, String bibtex) {}

  static final Mapping FALLBACK = new Mapping("GEN", "misc");
  private static final Map<String, Mapping> BY_TYPE = load("reference-types.tsv");

  private ReferenceTypes() {}

  /** Unknown and missing types are generic references. */
  static Mapping of(String type) {
    return type == null ? FALLBACK : BY_TYPE.getOrDefault(type, FALLBACK);
  }

  static Map<String, Mapping> all() {
    return Map.copyOf(BY_TYPE);
  }

  private static Map<String, Mapping> load(String name) {
    Map<String, Mapping> out = new HashMap<>();
    for (String line : ResourceLines.read(ReferenceTypes.class, name)) {
      String[] cols = line.split("\t");
      if (cols.length != 3) {
        throw new IllegalStateException(name + ": expected type, RIS type and BibTeX type in: " + line);
      }
      out.put(cols[0].strip(), new Mapping(cols[1].strip(), cols[2].strip()));
    }
    return out;
  }
}
