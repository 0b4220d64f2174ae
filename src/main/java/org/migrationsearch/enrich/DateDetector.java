package org.migrationsearch.enrich;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a document states for itself: {@code yyyy-mm-dd}, or {@code yyyy-mm} /
 * {@code yyyy} when only that much is written. Recognises "January 10, 2024", "Jan. 10, 2024",
 * "10 January 2024", datelines ("WASHINGTON, Jan. 10, 2024 —"), ISO "2024-01-10", Spanish "10 de
 * enero de 2024", "martes 10 de enero de 2024", "Viernes 6 de septiembre, 2019", and month-year
 * "enero de 2024" / "January 2024".
 *
 * <p>Where it looks, in order: a full date in the title; a full date in the opening (the first
 * 80 words, where datelines are); a month and year in the title, then in the opening; the first
 * full date anywhere in the text; a lone year in the title. Dates must exist (no February 30)
 * and fall in 1900–2100.
 *
 * <p>Month names come from {@code java.time} (English, Spanish, Portuguese, French), not from a
 * list in the code; any unambiguous prefix of three letters or more is accepted as an
 * abbreviation ("Sept.", "ene."). Immutable and thread-safe once built.
 */
public final class DateDetector {

  private static final List<Locale> MONTH_LOCALES =
      List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"),
          Locale.FRENCH);

  static final int OPENING_TOKENS = 80;

  /** A date buried further than this in a transcript is not the document's date. */
  private static final int MAX_TEXT_CHARS = 8_000;

  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2100;

  private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th|o|º)?";
  private static final String YEAR = "(?<year>\\d{4})";

  /** A found date and where it starts, so that the earliest of several patterns wins. */
  private record Found(int start, String date) {}

  private final Map<String, Integer> months;
  private final List<Pattern> fullDates;
  private final Pattern monthYear;
  private final Pattern loneYear;

  private DateDetector() {
    this.months = monthNames();
    // Any word in the month's place, checked against the month names afterwards: one
    // alternation of a few hundred names, tried at every word, made detection the slowest
    // step of indexing.
    String month = "(?<month>[a-z]{3,10})";
    this.fullDates =
        List.of(
            // January 10, 2024 / Jan. 10 2024
            Pattern.compile("\\b" + month + "\\.?\\s+" + DAY + ",?\\s+" + YEAR + "\\b"),
            // 10 January 2024 / 10 de enero de 2024 / 6 de septiembre, 2019
            Pattern.compile(
                "\\b" + DAY + "\\s+(?:de\\s+)?" + month + "\\.?,?\\s+(?:del?\\s+)?" + YEAR + "\\b"),
            // 2024-01-10 / 2024/01/10
            Pattern.compile(
                "\\b" + YEAR + "(?<sep>[-/])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})\\b"));
    // Not after a day number: an impossible "31 de abril de 2023" is no evidence for April.
    this.monthYear =
        Pattern.compile("(?<!\\d\\s)(?<!\\d\\sde\\s)\\b" + month + "\\.?,?\\s+(?:del?\\s+)?" + YEAR + "\\b");
    // "Fiscal Year 2024" names a budget period, not the date of the document.
    this.loneYear = Pattern.compile("(?<!year )(?<!fy )\\b(?<year>(?:19|20)\\d\\d)\\b");
  }

  /** The shared detector. */
  public static DateDetector instance() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final DateDetector INSTANCE = new DateDetector();
  }

  /** The document's date as {@code yyyy-mm-dd}, {@code yyyy-mm} or {@code yyyy}, when stated. */
  public Optional<String> detect(AnalyzedText text) {
    String title = fold(text.title());
    String body = fold(text.text().length() > MAX_TEXT_CHARS
        ? text.text().substring(0, MAX_TEXT_CHARS) : text.text());
    String opening = body.substring(0, openingEnd(text.bodyTokens(), body.length()));
    return firstFullDate(title)
        .or(() -> firstFullDate(opening))
        .or(() -> firstMonthYear(title))
        .or(() -> firstMonthYear(opening))
        // A year in the title ("... General Assembly (2016)") says more about the document
        // than a date deep in its text, which is usually an earlier event it recalls.
        .or(() -> loneYear(title))
        .or(() -> firstFullDate(body));
  }

  private static int openingEnd(List<Token> tokens, int limit) {
    if (tokens.isEmpty()) {
      return 0;
    }
    return Math.min(limit, tokens.get(Math.min(tokens.size(), OPENING_TOKENS) - 1).end());
  }

  private Optional<String> firstFullDate(String text) {
    Found first = null;
    for (Pattern pattern : fullDates) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        if (first != null && m.start() >= first.start()) {
          break;
        }
        Optional<String> date = validDate(m.group("year"), month(m.group("month")), m.group("day"));
        if (date.isPresent()) {
          first = new Found(m.start(), date.get());
          break;
        }
      }
    }
    return Optional.ofNullable(first).map(Found::date);
  }

  private Optional<String> firstMonthYear(String text) {
    Matcher m = monthYear.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group("year"));
      Integer month = months.get(m.group("month"));
      if (month != null && year >= MIN_YEAR && year <= MAX_YEAR) {
        return Optional.of(String.format("%04d-%02d", year, month));
      }
    }
    return Optional.empty();
  }

  private Optional<String> loneYear(String text) {
    Set<String> years = new HashSet<>();
    Matcher m = loneYear.matcher(text);
    while (m.find()) {
      years.add(m.group("year"));
    }
    // Two different years ("2021–2024") state a period, not a date.
    return years.size() == 1 ? Optional.of(years.iterator().next()) : Optional.empty();
  }

  /** Month number of a name or a digit string; 0 when unknown. */
  private int month(String nameOrNumber) {
    if (nameOrNumber.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(nameOrNumber);
    }
    return months.getOrDefault(nameOrNumber, 0);
  }

  private static Optional<String> validDate(String year, int month, String day) {
    int y = Integer.parseInt(year);
    if (y < MIN_YEAR || y > MAX_YEAR) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(y, month, Integer.parseInt(day)).toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Folded month names and their unambiguous prefixes (three letters or more) in every locale
   * of {@link #MONTH_LOCALES}: "sept", "ene", "fevr" all map to their month; "ju" maps nowhere.
   */
  private static Map<String, Integer> monthNames() {
    Map<String, Integer> names = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Locale locale : MONTH_LOCALES) {
      for (Month month : Month.values()) {
        for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE)) {
          String name = fold(month.getDisplayName(style, locale)).replace(".", "").strip();
          for (int len = 3; len <= name.length(); len++) {
            String prefix = name.substring(0, len);
            Integer known = names.putIfAbsent(prefix, month.getValue());
            if (known != null && known != month.getValue()) {
              ambiguous.add(prefix);
            }
          }
        }
      }
    }
    ambiguous.forEach(names::remove);
    return Map.copyOf(names);
  }

  /**
   * Lower case without accents, one char for one char, so positions stay those of the source:
   * "Miércoles 12 de febrero" becomes "miercoles 12 de febrero".
   */
  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128) {
        out.append(Character.toLowerCase(c));
      } else {
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        out.append(Character.toLowerCase(base.charAt(0)));
      }
    }
    return out.toString();
  }

  /** Every month name and abbreviation understood, for tests. */
  List<String> monthNamesKnown() {
    return new ArrayList<>(months.keySet());
  }
}
