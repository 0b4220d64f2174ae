package org.migrationsearch.enrich.date;

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
import org.migrationsearch.corpus.PartialDate;
import org.migrationsearch.corpus.Texts;
import org.migrationsearch.enrich.AnalyzedText;
import org.migrationsearch.enrich.ResourceLines;
import org.migrationsearch.enrich.SentenceBreaks;
import org.migrationsearch.enrich.TextLines;

/**
 * Finds the date a document states for itself: {@code yyyy-mm-dd}, or {@code yyyy-mm} /
 * {@code yyyy} when only that much is written. Recognises "January 10, 2024", "Jan. 10, 2024",
 * "10 January 2024", ISO "2024-01-10", Spanish "10 de enero de 2024", "martes 10 de enero de
 * 2024", "Viernes 6 de septiembre, 2019", month-year "enero de 2024" / "January 2024", and the
 * spelled-out signature of a proclamation ("this twenty-ninth day of December, in the year of our
 * Lord two thousand twenty-four").
 *
 * <p>Where it looks, in the order of trust (declared and machine-readable dates are the
 * readers' and the enricher's business and come before all of these):
 *
 * <ol>
 *   <li>a dateline or signature line: a full date opening one of the first lines after at most
 *       a place name ("WASHINGTON, Jan. 10, 2024 —", "Ciudad de México, a 12 de marzo de 2023"),
 *       a short closing line holding a date ("THE WHITE HOUSE, January 20, 2025."), the
 *       proclamation formula;
 *   <li>the latest date folder of the links the text embeds (".../uploads/2025/04/..."), to
 *       the month or the day the path holds;
 *   <li>a copyright line ("Copyright © 2024"), as a year;
 *   <li>a date in the title: full, then month and year, then a lone year;
 *   <li>only then the latest date the text reports, never the first: a text recalls earlier
 *       events before it reaches its own. Dates the text looks forward to ("by June 30",
 *       "will take effect on") are left out;
 *   <li>last, a numbered issuance's number line ("No. 2023-13"), as a year.
 * </ol>
 *
 * Dates must exist (no February 30) and fall in 1900–2100. Month names come from {@code
 * java.time} (English, Spanish, Portuguese, French); any unambiguous prefix of three letters or
 * more is accepted as an abbreviation ("Sept.", "ene."). Immutable and thread-safe once built.
 */
public final class DateDetector {

  private static final List<Locale> MONTH_LOCALES =
      List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"),
          Locale.FRENCH);

  private static final String FUTURE_CUES = "date-future-cues.txt";
  /** Lines at the start that may hold a dateline, and at the end a signature. */
  private static final int OPENING_LINES = 5;
  private static final int CLOSING_LINES = 8;
  /** A dateline's place: at most this many words before the date on its line. */
  private static final int MAX_PLACE_WORDS = 6;
  /** What follows a dateline's date: the end of the line or a dash, colon, full stop. */
  private static final Pattern DATELINE_END = Pattern.compile("\\s*(?:$|[\u2014\u2013\\-:.,|(])");
  /** After a signature's date nothing but punctuation. */
  private static final Pattern SIGNATURE_END = Pattern.compile("[\\s.,;)]*");
  /** A signature line: the date and at most this many characters more. */
  private static final int MAX_SIGNATURE_EXTRA = 40;
  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"')\\]]+");
  /** "/2025/04/" or "/2026/07/21/" in a link's path. */
  private static final Pattern DATE_FOLDER =
      Pattern.compile("/(?<year>(?:19|20)\\d\\d)/(?<month>0[1-9]|1[0-2])/(?:(?<day>[0-3]\\d)/)?");
  private static final Pattern DOCUMENT_NUMBER = Pattern.compile("no\\.\\s*(?<year>(?:19|20)\\d\\d)-\\d{1,3}\\.?");
  /** Reading further into a very long transcript finds no more of its own date, only cost. */
  private static final int MAX_TEXT_CHARS = 60_000;
  /** Words before a date that are checked for a forward-looking preposition. */
  private static final int BEFORE_CHARS = 24;

  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2100;

  private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th|o|º)?";
  private static final String YEAR = "(?<year>\\d{4})";

  /** A found date and where it starts, so that the earliest of several patterns wins. */
  private record Found(int start, int length, PartialDate date) {}

  private final Map<String, Integer> months;
  private final List<Pattern> fullDates;
  private final Pattern monthYear;
  private final Pattern loneYear;
  private final Pattern copyright;
  private final Pattern proclamation;
  private final List<String> futureBefore = new ArrayList<>();
  private final Set<String> notAPlace = new HashSet<>(ResourceLines.read(DateDetector.class, "dateline-prepositions.txt"));
  /** Any of the cues of a sentence looking forward, as one pattern: one pass over the sentence, not one per cue. */
  private final Pattern futureInSentence;
  /**
   * Those cues as written: a sentence that contains none of them cannot match the pattern, and
   * most do not, so the pattern (whose word boundaries cost a look-up in Unicode's tables at
   * every char) runs only on the others.
   */
  private final List<String> futureWords = new ArrayList<>();

  private DateDetector() {
    List<String> inSentence = new ArrayList<>();
    for (String line : ResourceLines.read(DateDetector.class, FUTURE_CUES)) {
      String[] kv = line.split(":", 2);
      String cue = kv[1].strip();
      if (kv[0].strip().equals("before")) {
        futureBefore.add(cue);
      } else {
        inSentence.add("\\b" + Pattern.quote(cue) + "\\b");
        futureWords.add(cue);
      }
    }
    // Each alternative is a whole cue between word boundaries, so the union finds something
    // exactly when one of the cues' own patterns would.
    this.futureInSentence = inSentence.isEmpty() ? null : Pattern.compile(String.join("|", inSentence));
    this.copyright = Pattern.compile("(?:copyright|\u00a9)\\s*(?:\u00a9\\s*)?(?<year>(?:19|20)\\d\\d)"
        + "(?:\\s*[-\u2013/]\\s*(?<last>(?:19|20)\\d\\d))?");
    this.proclamation = Pattern.compile("\\bthis\\s+(?<day>[a-z]+(?:[- ][a-z]+)?)\\s+day\\s+of\\s+(?<month>[a-z]+),?"
        + "\\s+in\\s+the\\s+year\\s+of\\s+our\\s+lord\\s+(?<year>[a-z]+(?:[- ][a-z]+){0,4})");
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
    return detectDate(text).map(PartialDate::toString);
  }

  /** The document's date with its precision, when the title or text states one. */
  public Optional<PartialDate> detectDate(AnalyzedText text) {
    String title = Texts.foldKeepingOffsets(text.title());
    String raw = text.text();
    boolean whole = raw.length() <= MAX_TEXT_CHARS;
    String body = Texts.foldKeepingOffsets(raw, 0, Math.min(raw.length(), MAX_TEXT_CHARS));
    // A text short enough to be read whole is its own ending: folded and split once, not twice.
    String ending = whole ? body : Texts.foldKeepingOffsets(raw, raw.length() - MAX_TEXT_CHARS / 10, raw.length());
    // Only the opening and closing lines are ever read: splitting the whole text into lines
    // cost more than all the checks made on them.
    List<String> opening = TextLines.first(body, OPENING_LINES, TextLines.Breaks.UNICODE);
    List<String> closing = TextLines.last(ending, CLOSING_LINES, TextLines.Breaks.UNICODE);
    return dateline(opening)
        .or(() -> signature(closing))
        .or(() -> proclamationDate(ending))
        .or(() -> linkedFolderDate(body))
        .or(() -> whole ? copyrightYear(body) : copyrightYear(ending).or(() -> copyrightYear(body)))
        .or(() -> firstFullDate(title))
        .or(() -> firstMonthYear(title))
        // A year in the title ("... General Assembly (2016)") says more about the document
        // than the dates deep in its text, which are mostly earlier events it recalls.
        .or(() -> loneYear(title))
        .or(() -> latestReported(body))
        // Only a year, so any month the text reports comes first.
        .or(() -> documentNumberYear(opening));
  }

  /** A full date near the start of a line, after at most a place name and a weekday. */
  private Optional<PartialDate> dateline(List<String> lines) {
    for (String line : lines) {
      if (mayFollowAPlace(line)) {
        Optional<PartialDate> date = datelineDate(line);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  /** The dateline's date of one line, by the patterns alone (without {@link #mayFollowAPlace}). */
  Optional<PartialDate> datelineDate(String line) {
    Optional<Found> first = firstFullDateFound(line);
    if (first.isPresent() && placeOnly(line.substring(0, first.get().start()))
        && DATELINE_END.matcher(line.substring(first.get().start() + first.get().length())).lookingAt()) {
      return Optional.of(first.get().date());
    }
    return Optional.empty();
  }

  /**
   * Whether a line can hold a full date after at most a place ({@link #placeOnly}), read from its
   * chars alone. Most opening and closing lines are paragraphs, and running the date patterns on
   * them was about a quarter of date detection. Every full date holds an ASCII digit, and the place has
   * none and at most {@link #MAX_PLACE_WORDS} words. So before the line's first digit come at most
   * those words and the month name that may open the date. A word here is a run of chars between
   * the white space that {@code \s} matches, holding at least one char that neither
   * {@code String.strip} nor the trailing-comma rule of {@link #placeOnly} can remove. That
   * counts no more words than {@link #placeOnly}'s split does.
   */
  static boolean mayFollowAPlace(String line) {
    int words = 0;
    boolean counted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
      if (YearRegions.isRegexSpace(c)) {
        counted = false;
      } else if (!counted && !Character.isWhitespace(c) && c != ',' && c != ':') {
        counted = true;
        if (++words > MAX_PLACE_WORDS + 1) {
          return false;
        }
      }
    }
    return false;
  }

  /**
   * Whether a line can end in a full date followed only by what {@link #SIGNATURE_END} allows:
   * every full date ends in a digit, so the last char outside that class must be one.
   */
  static boolean mayEndInADate(String line) {
    for (int i = line.length() - 1; i >= 0; i--) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
      if (!YearRegions.isRegexSpace(c) && c != '.' && c != ',' && c != ';' && c != ')') {
        return false;
      }
    }
    return false;
  }

  private boolean placeOnly(String prefix) {
    String p = prefix.strip().replaceAll("[,:]+$", "").strip();
    if (p.isEmpty()) {
      return true;
    }
    String[] words = p.split("\\s+");
    return !p.matches(".*\\d.*") && words.length <= MAX_PLACE_WORDS
        && !notAPlace.contains(words[0]) && !notAPlace.contains(words[words.length - 1]);
  }

  /** A closing line that ends in a date after at most a place: "THE WHITE HOUSE, January 20, 2025." */
  private Optional<PartialDate> signature(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = lines.get(i);
      if (mayEndInADate(line) && mayFollowAPlace(line)) {
        Optional<PartialDate> date = signatureDate(line);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  /** The signature's date of one line, by the patterns alone (without the checks of its chars). */
  Optional<PartialDate> signatureDate(String line) {
    Optional<Found> found = firstFullDateFound(line);
    if (found.isPresent() && line.length() <= found.get().length() + MAX_SIGNATURE_EXTRA
        && placeOnly(line.substring(0, found.get().start()))
        && SIGNATURE_END.matcher(line.substring(found.get().start() + found.get().length())).matches()) {
      return Optional.of(found.get().date());
    }
    return Optional.empty();
  }

  private Optional<PartialDate> proclamationDate(String text) {
    // The formula holds "our lord", and nearly no text does: a quick search for it spares the
    // pattern's attempt at every word.
    if (!hasOurLord(text)) {
      return Optional.empty();
    }
    Matcher m = proclamation.matcher(text);
    PartialDate last = null;
    while (m.find()) {
      int day = NumberWords.ordinal(m.group("day"));
      int year = NumberWords.year(m.group("year"));
      Integer month = months.get(m.group("month"));
      if (day > 0 && year >= MIN_YEAR && year <= MAX_YEAR && month != null) {
        last = PartialDate.lenient(year, month, day).orElse(last);
      }
    }
    return Optional.ofNullable(last);
  }

  /** Whether "our", white space ({@code \\s+}) and "lord" follow each other somewhere in the text. */
  static boolean hasOurLord(String text) {
    for (int at = text.indexOf("lord"); at >= 0; at = text.indexOf("lord", at + 1)) {
      int i = at;
      while (i > 0 && YearRegions.isRegexSpace(text.charAt(i - 1))) {
        i--;
      }
      if (i < at && text.startsWith("our", i - 3)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The latest date folder of the links the text embeds ("https://www.whitehouse.gov/wp-content/
   * uploads/2025/04/arrests.jpg"): a site files a page's images and attachments under the month
   * it publishes them, which the page's prose rarely states. A day only when the path has one.
   */
  private Optional<PartialDate> linkedFolderDate(String text) {
    if (!text.contains("http")) {
      return Optional.empty();
    }
    PartialDate latest = null;
    Matcher link = LINK.matcher(text);
    while (link.find()) {
      Matcher m = DATE_FOLDER.matcher(link.group());
      while (m.find()) {
        int year = Integer.parseInt(m.group("year"));
        int month = Integer.parseInt(m.group("month"));
        Optional<PartialDate> date = m.group("day") != null
            ? validDate(m.group("year"), month, m.group("day"))
            : Optional.of(PartialDate.ofMonth(year, month));
        if (date.isPresent() && (latest == null || date.get().compareTo(latest) > 0)) {
          latest = date.get();
        }
      }
    }
    return Optional.ofNullable(latest);
  }

  /** A numbered issuance's own number line, "No. 2023-13": numbered by the year it is issued. */
  private static Optional<PartialDate> documentNumberYear(List<String> lines) {
    for (String line : lines) {
      Matcher m = DOCUMENT_NUMBER.matcher(line);
      if (m.matches()) {
        return Optional.of(PartialDate.ofYear(Integer.parseInt(m.group("year"))));
      }
    }
    return Optional.empty();
  }

  private Optional<PartialDate> copyrightYear(String text) {
    if (!text.contains("copyright") && text.indexOf('\u00a9') < 0) {
      return Optional.empty();
    }
    Matcher m = copyright.matcher(text);
    PartialDate latest = null;
    while (m.find()) {
      String y = m.group("last") != null ? m.group("last") : m.group("year");
      PartialDate year = PartialDate.ofYear(Integer.parseInt(y));
      latest = latest == null || year.compareTo(latest) > 0 ? year : latest;
    }
    return Optional.ofNullable(latest);
  }

  /** The latest full date or month the text reports, leaving out those it looks forward to. */
  private Optional<PartialDate> latestReported(String text) {
    int[] regions = YearRegions.of(text);
    if (regions.length == 0) {
      return Optional.empty();
    }
    PartialDate latest = null;
    List<Found> candidates = new ArrayList<>();
    for (Pattern pattern : fullDates) {
      YearRegions.Search search = new YearRegions.Search(pattern, text, regions);
      Matcher m = search.matcher();
      while (search.find()) {
        validDate(m.group("year"), month(m.group("month")), m.group("day"))
            .ifPresent(d -> candidates.add(new Found(m.start(), m.end() - m.start(), d)));
      }
    }
    YearRegions.Search search = new YearRegions.Search(monthYear, text, regions);
    Matcher m = search.matcher();
    while (search.find()) {
      Integer month = months.get(m.group("month"));
      int year = Integer.parseInt(m.group("year"));
      if (month != null && year >= MIN_YEAR && year <= MAX_YEAR) {
        candidates.add(new Found(m.start(), m.end() - m.start(), PartialDate.ofMonth(year, month)));
      }
    }
    for (Found f : candidates) {
      if (latest == null || f.date().compareTo(latest) > 0) {
        if (!forwardLooking(text, f)) {
          latest = f.date();
        }
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Where and what every pattern of {@link #latestReported} matches in a folded text, searched
   * in the year regions or in the whole text, for tests.
   */
  List<String> reportedCandidates(String folded, boolean inRegions) {
    List<String> out = new ArrayList<>();
    int[] regions = inRegions ? YearRegions.of(folded) : new int[] {0, folded.length()};
    List<Pattern> patterns = new ArrayList<>(fullDates);
    patterns.add(monthYear);
    for (Pattern pattern : patterns) {
      YearRegions.Search search = new YearRegions.Search(pattern, folded, regions);
      while (search.find()) {
        out.add(search.matcher().start() + ":" + search.matcher().group());
      }
    }
    return out;
  }

  private boolean forwardLooking(String text, Found f) {
    String before = text.substring(Math.max(0, f.start() - BEFORE_CHARS), f.start()).stripTrailing();
    for (String cue : futureBefore) {
      if (before.endsWith(" " + cue) || before.equals(cue) || before.endsWith(" " + cue + " the")) {
        return true;
      }
    }
    // The date's own sentence, read around it: finding every sentence break of a long text for
    // the one or two dates checked was a tenth of date detection.
    return looksForward(SentenceBreaks.sentenceAround(text, f.start()));
  }

  /** Whether a (folded) sentence holds one of the cues of a date it looks forward to. */
  boolean looksForward(String sentence) {
    return futureInSentence != null && containsAny(sentence, futureWords) && futureInSentence.matcher(sentence).find();
  }

  private static boolean containsAny(String text, List<String> words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private Optional<PartialDate> firstFullDate(String text) {
    return firstFullDateFound(text).map(Found::date);
  }

  private Optional<Found> firstFullDateFound(String text) {
    // Every full-date pattern holds a four-digit year; most lines hold none, and a long one holds
    // a few: the patterns run only around them.
    int[] regions = YearRegions.of(text);
    if (regions.length == 0) {
      return Optional.empty();
    }
    Found first = null;
    for (Pattern pattern : fullDates) {
      YearRegions.Search search = new YearRegions.Search(pattern, text, regions);
      Matcher m = search.matcher();
      while (search.find()) {
        if (first != null && m.start() >= first.start()) {
          break;
        }
        Optional<PartialDate> date = validDate(m.group("year"), month(m.group("month")), m.group("day"));
        if (date.isPresent()) {
          first = new Found(m.start(), m.end() - m.start(), date.get());
          break;
        }
      }
    }
    return Optional.ofNullable(first);
  }

  private Optional<PartialDate> firstMonthYear(String text) {
    Matcher m = monthYear.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group("year"));
      Integer month = months.get(m.group("month"));
      if (month != null && year >= MIN_YEAR && year <= MAX_YEAR) {
        return Optional.of(PartialDate.ofMonth(year, month));
      }
    }
    return Optional.empty();
  }

  private Optional<PartialDate> loneYear(String text) {
    Set<String> years = new HashSet<>();
    Matcher m = loneYear.matcher(text);
    while (m.find()) {
      years.add(m.group("year"));
    }
    // Two different years ("2021–2024") state a period, not a date.
    return years.size() == 1
        ? Optional.of(PartialDate.ofYear(Integer.parseInt(years.iterator().next()))) : Optional.empty();
  }

  /** Month number of a name or a digit string; 0 when unknown. */
  private int month(String nameOrNumber) {
    if (nameOrNumber.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(nameOrNumber);
    }
    return months.getOrDefault(nameOrNumber, 0);
  }

  private static Optional<PartialDate> validDate(String year, int month, String day) {
    int y = Integer.parseInt(year);
    if (y < MIN_YEAR || y > MAX_YEAR) {
      return Optional.empty();
    }
    try {
      return Optional.of(PartialDate.ofDay(LocalDate.of(y, month, Integer.parseInt(day))));
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
          String name = Texts.foldKeepingOffsets(month.getDisplayName(style, locale)).replace(".", "").strip();
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

  /** Every month name and abbreviation understood, for tests. */
  List<String> monthNamesKnown() {
    return new ArrayList<>(months.keySet());
  }
}
