package org.migrationsearch.enrich.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migrationsearch.enrich.TextLines;
import org.migrationsearch.corpus.Texts;
import org.migrationsearch.testing.RealCorpus;

/**
 * The shortcuts of date detection against the slow way they replace: searching the year regions
 * finds exactly what searching the whole text finds, the fold table folds as normalising each
 * char did, and the opening and closing lines are those of splitting the whole text.
 */
class YearRegionsTest {

  private final DateDetector detector = DateDetector.instance();

  @Test
  void regionsFindWhatTheWholeTextFindsInTheBundledAndRealCorpus() throws IOException {
    List<String> texts = texts();
    assertThat(texts).hasSizeGreaterThan(50);
    int found = 0;
    for (String text : texts) {
      String folded = Texts.foldKeepingOffsets(text);
      List<String> whole = detector.reportedCandidates(folded, false);
      assertThat(detector.reportedCandidates(folded, true)).isEqualTo(whole);
      found += whole.size();
    }
    assertThat(found).as("dates in the texts, so the comparison is not vacuous").isGreaterThan(200);
  }

  /** Dates cut from the texts' own words, with every kind of gap the patterns allow. */
  @Test
  void regionsFindWhatTheWholeTextFindsInShuffledDateWords() {
    String[] words = {"10", "1", "31", "2024", "1999", "20245", "2024-01-10", "2023/12/31", "2024-1-5", "de",
        "del", "el", "january", "jan.", "sept.", "enero", "marzo,", "fevrier", "10th", "1o", "º", "year", "fy",
        "on", "by", "-", "—", "(", ")", ",", ".", "no.", "x2024", "2024x", "día", "this", "day", "of"};
    String[] gaps = {" ", "  ", "\t", "\n", "\r\n", " \n\n ", "", ", ", "\u00a0", "\f", "\u000B"};
    Random random = new Random(12);
    int found = 0;
    for (int doc = 0; doc < 3000; doc++) {
      StringBuilder b = new StringBuilder();
      int n = 5 + random.nextInt(60);
      for (int i = 0; i < n; i++) {
        b.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
      }
      String folded = Texts.foldKeepingOffsets(b.toString());
      List<String> whole = detector.reportedCandidates(folded, false);
      assertThat(detector.reportedCandidates(folded, true)).as(folded).isEqualTo(whole);
      found += whole.size();
    }
    assertThat(found).isGreaterThan(1000);
  }

  @Test
  void theProclamationShortcutAgreesWithTheRegex() throws IOException {
    List<String> texts = new ArrayList<>(List.of("in the year of our lord two thousand", "our\n\t lord", "ourlord",
        "lord our", "four lords", "our\u00a0lord", "lord", "our lord", " our  lord", "hour lord"));
    texts.addAll(texts());
    java.util.regex.Pattern ourLord = java.util.regex.Pattern.compile("our\\s+lord");
    for (String text : texts) {
      String folded = Texts.foldKeepingOffsets(text);
      assertThat(DateDetector.hasOurLord(folded)).as(folded).isEqualTo(ourLord.matcher(folded).find());
    }
  }

  @Test
  void theUnionOfTheForwardCuesFindsWhatEachCueFinds() throws IOException {
    List<java.util.regex.Pattern> each = new ArrayList<>();
    for (String line : org.migrationsearch.enrich.ResourceLines.read(DateDetector.class, "date-future-cues.txt")) {
      String[] kv = line.split(":", 2);
      if (!kv[0].strip().equals("before")) {
        each.add(java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(kv[1].strip()) + "\\b"));
      }
    }
    assertThat(each).isNotEmpty();
    int forward = 0;
    for (String text : texts()) {
      for (String sentence : Texts.foldKeepingOffsets(text).split("(?<=[.;!?\n])")) {
        boolean any = each.stream().anyMatch(p -> p.matcher(sentence).find());
        assertThat(detector.looksForward(sentence)).as(sentence).isEqualTo(any);
        forward += any ? 1 : 0;
      }
    }
    assertThat(forward).isGreaterThan(10);
  }

  /** Runs of every length at every offset, against a scan that reads every char. */
  @Test
  void regionsAreThoseOfReadingEveryChar() {
    Random random = new Random(12);
    for (int doc = 0; doc < 5000; doc++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0, n = random.nextInt(40); i < n; i++) {
        b.append(random.nextInt(3) == 0 ? " " : "").append("0123456789".substring(0, random.nextInt(7)))
            .append("ab c".substring(0, 1 + random.nextInt(3)));
      }
      String text = b.toString();
      assertThat(YearRegions.of(text)).as(text).isEqualTo(everyChar(text));
    }
  }

  /** Each run of four digits or more read char by char, with the window {@link YearRegions#of} gives it. */
  private static int[] everyChar(String text) {
    List<Integer> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i - start < 4) {
        continue;
      }
      int from = start;
      for (int k = 0; k < YearRegions.CHUNKS_BEFORE; k++) {
        while (from > 0 && YearRegions.isRegexSpace(text.charAt(from - 1))) {
          from--;
        }
        while (from > 0 && !YearRegions.isRegexSpace(text.charAt(from - 1))) {
          from--;
        }
      }
      int to = Math.min(text.length(), i + YearRegions.CHARS_AFTER);
      if (!out.isEmpty() && from <= out.get(out.size() - 1)) {
        out.set(out.size() - 1, Math.max(out.get(out.size() - 1), to));
      } else {
        out.add(from);
        out.add(to);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void noYearNoRegion() {
    assertThat(YearRegions.of("signed on the tenth of may, 123 456")).isEmpty();
    assertThat(YearRegions.of("")).isEmpty();
  }

  @Test
  void regionsReachBackFiveWordsAndMerge() {
    String text = "a b c d e f g 10 de enero de 2024 and 2025";
    int[] r = YearRegions.of(text);
    assertThat(r).hasSize(2);
    assertThat(text.substring(r[0], r[1])).isEqualTo("g 10 de enero de 2024 and 2025");
  }

  @Test
  void openingAndClosingLinesAreThoseOfSplittingTheText() throws IOException {
    List<String> texts = new ArrayList<>(texts());
    texts.add("");
    texts.add("\n\n");
    texts.add("one\r\ntwo\rthree\u2028four\u0085five\u000Bsix\fseven\u2029eight\n\n  \nnine  \n ten ");
    texts.add("  only line  ");
    for (String text : texts) {
      List<String> lines = new ArrayList<>();
      for (String line : text.split("\\R")) {
        if (!line.isBlank()) {
          lines.add(line.strip());
        }
      }
      for (int max : new int[] {1, 5, 8}) {
        assertThat(TextLines.first(text, max, TextLines.Breaks.UNICODE)).isEqualTo(lines.subList(0, Math.min(max, lines.size())));
        assertThat(TextLines.last(text, max, TextLines.Breaks.UNICODE))
            .isEqualTo(lines.subList(Math.max(0, lines.size() - max), lines.size()));
      }
    }
  }

  /**
   * The checks of a line's chars that spare the date patterns never turn away a line in which the
   * patterns find a dateline or a signature: every line of the bundled and real texts, and lines
   * made of places, dates, commas, colons and every kind of space those checks count or skip.
   */
  @Test
  void theLineChecksKeepEveryDatelineAndSignatureThePatternsFind() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String text : texts()) {
      for (String line : Texts.foldKeepingOffsets(text).split("\\R")) {
        if (!line.isBlank()) {
          lines.add(line.strip());
        }
      }
    }
    String[] words = {"washington", "d.c.", "ciudad", "de", "mexico", "the", "white", "house", "monday", "lunes",
        "january", "jan.", "enero", "sept.", "10", "1", "31", "2024", "1999", "2024-01-10", "2023/12/31", "10th", "a",
        "on", "by", "in", "--", "\u2014", "-", ":", ",", ",,", ".", ";", ")", "(", "|", "no.", "x2024", "city,", "el"};
    String[] gaps = {" ", "  ", "\t", "", ", ", ": ", "\u00a0", "\u2003", " \u2003 ", "\u000B", "\f", " , ", " : "};
    Random random = new Random(12);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = 1 + random.nextInt(14), w = 0; w < n; w++) {
        b.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
      }
      lines.add(b.toString().strip());
    }
    int datelines = 0;
    int signatures = 0;
    int spared = 0;
    for (String line : lines) {
      boolean mayFollowAPlace = DateDetector.mayFollowAPlace(line);
      if (detector.datelineDate(line).isPresent()) {
        datelines++;
        assertThat(mayFollowAPlace).as("a dateline in: %s", line).isTrue();
      }
      if (detector.signatureDate(line).isPresent()) {
        signatures++;
        assertThat(mayFollowAPlace && DateDetector.mayEndInADate(line)).as("a signature in: %s", line).isTrue();
      }
      spared += mayFollowAPlace ? 0 : 1;
    }
    assertThat(datelines).as("datelines found, so the comparison is not vacuous").isGreaterThan(1000);
    assertThat(signatures).as("signatures found").isGreaterThan(100);
    assertThat(spared).as("lines the checks spare the patterns").isGreaterThan(lines.size() / 4);
  }

  /** The bundled corpus's files as plain text, and the real corpus's texts when present. */
  private static List<String> texts() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("corpus"))) {
      for (Path f : files.filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(txt|md|html|jsonl)$")).sorted().toList()) {
        out.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    if (RealCorpus.documentsFile().isPresent()) {
      for (RealCorpus.Labeled doc : RealCorpus.load()) {
        out.add(doc.title() + "\n" + doc.text());
      }
    }
    return out;
  }
}
