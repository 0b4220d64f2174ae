package org.migrationsearch.enrich;

import java.time.DateTimeException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationsearch.corpus.PartialDate;
import org.migrationsearch.corpus.Texts;
import org.migrationsearch.enrich.type.TypeDetector;

/**
 * Brings declared metadata (front matter, JSON fields, HTML meta tags) to the forms the index
 * uses: dates as {@code yyyy-mm-dd}, {@code yyyy-mm} or {@code yyyy}; types as slugs; languages
 * as ISO 639-1 codes. Names are read from {@code type-aliases.tsv} and {@code
 * language-names.tsv}. Stateless after loading; thread-safe.
 */
public final class MetadataNormalizer {

  /**
   * yyyy, yyyy-mm, yyyy-mm-dd (also with "/"), optionally followed by an ISO time part
   * ("T10:15:00Z", " 10:15"), which is dropped.
   */
  private static final Pattern DATE =
      Pattern.compile(
          "(?<year>\\d{4})(?:(?<sep>[-/])(?<month>\\d{1,2})(?:\\k<sep>(?<day>\\d{1,2}))?)?"
              + "(?<time>[T ]\\d{1,2}:\\d{2}.*)?");

  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2100;

  private final Map<String, String> typeAliases;
  private final Map<String, String> languageNames;

  private MetadataNormalizer() {
    this.typeAliases = pairs("type-aliases.tsv");
    this.languageNames = pairs("language-names.tsv");
  }

  public static MetadataNormalizer instance() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final MetadataNormalizer INSTANCE = new MetadataNormalizer();
  }

  /**
   * Why a declared date cannot be used, for the indexing report; empty when it can (or when
   * nothing was declared). The document is still indexed, with the date detected from its text.
   */
  public Optional<String> dateProblem(String declared) {
    if (declared == null || declared.isBlank() || normalizeDate(declared).isPresent()) {
      return Optional.empty();
    }
    Matcher m = DATE.matcher(declared.strip());
    if (m.matches()) {
      int year = Integer.parseInt(m.group("year"));
      if (year < MIN_YEAR || year > MAX_YEAR) {
        return Optional.of("declared date '" + declared.strip() + "' is outside " + MIN_YEAR + "-" + MAX_YEAR
            + "; the date is detected from the text instead");
      }
    }
    return Optional.of("declared date '" + declared.strip() + "' is not a real date written yyyy-mm-dd, yyyy-mm or"
        + " yyyy; the date is detected from the text instead");
  }

  /** A valid date in one of the accepted forms, reduced to the precision it states. */
  public Optional<String> normalizeDate(String declared) {
    if (declared == null) {
      return Optional.empty();
    }
    Matcher m = DATE.matcher(declared.strip());
    if (!m.matches() || (m.group("time") != null && m.group("day") == null)) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group("year"));
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return Optional.empty();
    }
    int month = m.group("month") == null ? 0 : Integer.parseInt(m.group("month"));
    int day = m.group("day") == null ? 0 : Integer.parseInt(m.group("day"));
    try {
      return Optional.of(new PartialDate(year, month, day).toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The slug of a declared type: "Joint Statement" and "joint_statement" become {@code
   * joint-statement}; a type not recognised becomes {@code other}; blank gives empty.
   */
  public Optional<String> normalizeType(String declared) {
    if (declared == null || declared.isBlank()) {
      return Optional.empty();
    }
    String key = slugKey(declared);
    if (TypeDetector.TYPES.contains(key)) {
      return Optional.of(key);
    }
    return Optional.of(typeAliases.getOrDefault(key, "other"));
  }

  /**
   * The ISO 639-1 code of a declared language: codes with a region ("en-US", "pt_BR"),
   * three-letter codes ("spa") and names in English or the language itself ("Spanish",
   * "español"). Unknown gives empty.
   */
  public Optional<String> normalizeLanguage(String declared) {
    if (declared == null || declared.isBlank()) {
      return Optional.empty();
    }
    String folded = Texts.fold(declared.strip());
    String named = languageNames.get(folded);
    if (named != null) {
      return Optional.of(named);
    }
    String primary = folded.split("[-_]", 2)[0];
    if (primary.length() == 2 && isoCode(primary)) {
      return Optional.of(primary);
    }
    if (primary.length() == 3) {
      return fromIso3(primary);
    }
    return Optional.empty();
  }

  private static boolean isoCode(String twoLetters) {
    for (String code : Locale.getISOLanguages()) {
      if (code.equals(twoLetters)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> fromIso3(String threeLetters) {
    for (String code : Locale.getISOLanguages()) {
      try {
        if (Locale.forLanguageTag(code).getISO3Language().equals(threeLetters)) {
          return Optional.of(code);
        }
      } catch (MissingResourceException e) {
        // a code without a three-letter form: not this one
      }
    }
    return Optional.empty();
  }

  /** "Fact_Sheet", "fact sheet" and "Fact-Sheet" all become "fact-sheet". */
  private static String slugKey(String text) {
    return Texts.fold(text.strip()).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
  }

  private static Map<String, String> pairs(String resource) {
    Map<String, String> map = new HashMap<>();
    for (String line : ResourceLines.read(MetadataNormalizer.class, resource)) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(resource + ": expected 2 fields in '" + line + "'");
      }
      map.put(f[0], f[1]);
    }
    return Map.copyOf(map);
  }
}
