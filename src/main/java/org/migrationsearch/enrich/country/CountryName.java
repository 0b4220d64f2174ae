package org.migrationsearch.enrich.country;

/**
 * One way of naming a country in the gazetteer.
 *
 * @param code ISO 3166-1 alpha-2 code, or {@link #NOT_A_COUNTRY} for blocking phrases
 * @param phrase the name as written in the file, without its marker
 * @param kind what sort of name it is; decides how much a mention weighs
 * @param caseSensitive counts only when the text spells it exactly so ("US", not "us")
 * @param ambiguous also an ordinary word or a first name: guarded before it counts
 */
record CountryName(String code, String phrase, Kind kind, boolean caseSensitive, boolean ambiguous) {

  /** Code of phrases that contain a country's name but are not that country. */
  static final String NOT_A_COUNTRY = "-";

  enum Kind {
    NAME,
    DEMONYM,
    CAPITAL,
    BLOCKER
  }

  /** Reads one "|"-separated entry of the file, with its optional "=" or "^" marker. */
  static CountryName parse(String code, String raw, Kind kind) {
    String s = raw.strip();
    boolean exact = s.startsWith("=");
    boolean ambiguous = s.startsWith("^");
    if (exact || ambiguous) {
      s = s.substring(1).strip();
    }
    return new CountryName(code, s, NOT_A_COUNTRY.equals(code) ? Kind.BLOCKER : kind, exact, ambiguous);
  }
}
