package org.migrationsearch.enrich.country;

import org.migrationsearch.enrich.AnalyzedText;
import org.migrationsearch.enrich.Passages;
import org.migrationsearch.enrich.PhraseMatcher;
import org.migrationsearch.enrich.ResourceLines;
import org.migrationsearch.enrich.TextTokenizer;
import org.migrationsearch.enrich.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.migrationsearch.corpus.LabelReason;

/**
 * Finds the countries a document is substantially about (see LABELS.md): the country that
 * issues it, and countries a passage deals with. Every name, blocker and cue sits in one trie,
 * so title and body are each read once; the evidence per country (title, lead, repeated and
 * clustered mentions, issuer cues, enumerations) is then weighed by {@link CountryScorer}.
 *
 * <p>Immutable after construction and safe to share between threads; build it once.
 */
public final class CountryDetector {

  private static final String STATE_CUES = "us-state-cues.txt";
  private static final String ISSUER_CUES = "issuer-cues.tsv";
  private static final String MIGRATION_CUES = "migration-cues.txt";
  private static final String COMPARISON_CUES = "comparison-cues.txt";
  private static final String ANECDOTE_CUES = "anecdote-cues.txt";
  /** A country this many words or fewer after a comparison word is what is compared with. */
  static final int COMPARISON_REACH = 12;
  /** "Close to a migration word": within about a sentence of the same paragraph, in tokens either side. */
  static final int MIGRATION_WINDOW = 20;
  /** "In the same phrase as a migration word": "Venezuelan migrants", "refugees from Syria". */
  static final int CLOSE_MIGRATION_WINDOW = 6;
  /** The lead: where a text says what it is about. */
  static final int LEAD_TOKENS = 120;
  /** A passage of a few sentences, for "at least one substantive passage". */
  static final int PASSAGE_TOKENS = 80;

  private final PhraseMatcher<DetectionCue> matcher;
  private final CountryScorer scorer;

  public CountryDetector() {
    this(CountryNames.get(), new CountryScorer());
  }

  CountryDetector(CountryNames names, CountryScorer scorer) {
    this.scorer = scorer;
    PhraseMatcher.Builder<DetectionCue> b = PhraseMatcher.builder();
    for (CountryNames.Country c : names.countries()) {
      for (CountryName n : c.names()) {
        b.add(n.phrase(), DetectionCue.country(n));
      }
    }
    DetectionCue blocker = DetectionCue.of(DetectionCue.Type.BLOCKER, null);
    names.blockers().forEach(n -> b.add(n.phrase(), blocker));
    DetectionCue state = DetectionCue.of(DetectionCue.Type.US_STATE_CONTEXT, null);
    readLines(STATE_CUES, line -> b.add(line, state));
    DetectionCue migration = DetectionCue.of(DetectionCue.Type.MIGRATION_CONTEXT, null);
    // Shared with topic detection, so the list sits in enrich rather than next to this class.
    ResourceLines.read(ResourceLines.class, MIGRATION_CUES).forEach(line -> b.add(line, migration));
    DetectionCue comparison = DetectionCue.of(DetectionCue.Type.COMPARISON, null);
    readLines(COMPARISON_CUES, line -> b.add(line, comparison));
    DetectionCue anecdote = DetectionCue.of(DetectionCue.Type.ANECDOTE, null);
    readLines(ANECDOTE_CUES, line -> b.add(line, anecdote));
    readLines(ISSUER_CUES, line -> {
      String[] cols = line.split("\t");
      for (String raw : cols[1].split("\\|")) {
        CountryName cue = CountryName.parse(cols[0], raw, CountryName.Kind.NAME);
        List<String> surfaces = TextTokenizer.tokenize(cue.phrase()).stream().map(Token::surface).toList();
        b.add(cue.phrase(), new DetectionCue(DetectionCue.Type.ISSUER, cols[0], cue, surfaces));
      }
    });
    this.matcher = b.build();
  }

  /** The countries of a text and why each was assigned, from one reading of it. */
  public record Detection(List<String> codes, List<LabelReason> reasons) {}

  /** ISO alpha-2 codes of the countries the text is about, strongest first. */
  public List<String> detect(AnalyzedText text) {
    return detect(new Scans(text));
  }

  /** {@link #detect} and {@link #explain} together, the text scanned once for both. */
  public Detection detectAndExplain(AnalyzedText text) {
    Scans scans = new Scans(text);
    List<String> codes = detect(scans);
    return new Detection(codes, explain(scans, codes));
  }

  private List<String> detect(Scans scans) {
    List<String> codes = new ArrayList<>();
    evidence(scans).stream()
        .filter(scorer::isAbout)
        .sorted(Comparator.comparingDouble(scorer::score).reversed())
        .forEach(e -> codes.add(e.code()));
    return codes;
  }

  /**
   * Why the text is about each of {@code codes} (detected by {@link #detect}): named in the
   * title, the issuer, or the passage that names it closest to a migration word.
   */
  public List<LabelReason> explain(AnalyzedText text, List<String> codes) {
    return explain(new Scans(text), codes);
  }

  private List<LabelReason> explain(Scans scans, List<String> codes) {
    AnalyzedText text = scans.text;
    Scan title = scans.title;
    Scan body = scans.body;
    boolean[] listed = scans.listed;
    List<LabelReason> out = new ArrayList<>();
    for (String code : codes) {
      if (title.mentions.stream().anyMatch(m -> m.code().equals(code))) {
        out.add(LabelReason.detected(code, "title", text.title()));
        continue;
      }
      CountryMention best = null;
      for (int i = 0; i < body.mentions.size(); i++) {
        CountryMention m = body.mentions.get(i);
        if (m.code().equals(code) && !listed[i] && (best == null || m.migrationDistance() < best.migrationDistance())) {
          best = m;
        }
      }
      int issuers = body.issuerCues.getOrDefault(code, 0) + title.issuerCues.getOrDefault(code, 0);
      if (issuers >= CountryScorer.MIN_ISSUER_CUES) {
        int at = body.firstIssuer.getOrDefault(code, -1);
        out.add(LabelReason.detected(code, "issuer",
            at < 0 ? text.title() : Passages.around(text.text(), text.bodyTokens().get(at).start())));
      } else if (best != null) {
        out.add(LabelReason.detected(code, "passage", Passages.around(text.text(), text.bodyTokens().get(best.start()).start())));
      } else {
        out.add(LabelReason.detected(code, "passage", null));
      }
    }
    return out;
  }

  /** The evidence for every country named at all, for diagnostics and tuning. */
  List<CountryEvidence> evidence(AnalyzedText text) {
    return evidence(new Scans(text));
  }

  private List<CountryEvidence> evidence(Scans scans) {
    AnalyzedText text = scans.text;
    Scan title = scans.title;
    Scan body = scans.body;
    boolean[] listed = scans.listed;

    Map<String, List<CountryMention>> counted = new LinkedHashMap<>();
    Map<String, Integer> listedCount = new HashMap<>();
    Map<String, Integer> titleCount = new LinkedHashMap<>();
    title.mentions.forEach(m -> titleCount.merge(m.code(), 1, Integer::sum));
    titleCount.keySet().forEach(code -> counted.put(code, new ArrayList<>()));
    int totalCounted = 0;
    for (int i = 0; i < body.mentions.size(); i++) {
      CountryMention m = body.mentions.get(i);
      if (listed[i]) {
        listedCount.merge(m.code(), 1, Integer::sum);
        counted.computeIfAbsent(m.code(), k -> new ArrayList<>());
      } else {
        counted.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(m);
        totalCounted++;
      }
    }
    Map<String, Integer> issuers = new HashMap<>(body.issuerCues);
    title.issuerCues.forEach((k, v) -> issuers.merge(k, v, Integer::sum));
    for (String code : issuers.keySet()) {
      counted.computeIfAbsent(code, k -> new ArrayList<>());
    }

    int n = Math.max(1, text.bodyTokens().size());
    int distinctCounted = (int) counted.values().stream().filter(ms -> !ms.isEmpty()).count();
    List<CountryEvidence> out = new ArrayList<>(counted.size());
    for (Map.Entry<String, List<CountryMention>> e : counted.entrySet()) {
      List<CountryMention> ms = e.getValue();
      int demonyms = 0;
      int lead = 0;
      int nearMigration = 0;
      int closeMigration = 0;
      int headings = 0;
      for (CountryMention m : ms) {
        headings += m.heading() ? 1 : 0;
        // A capital alone is weaker: it may be only where a meeting took place (LABELS.md).
        boolean capital = m.kind() == CountryName.Kind.CAPITAL;
        nearMigration += !capital && m.migrationDistance() <= MIGRATION_WINDOW ? 1 : 0;
        closeMigration += !capital && m.migrationDistance() <= CLOSE_MIGRATION_WINDOW ? 1 : 0;
        demonyms += m.kind() == CountryName.Kind.DEMONYM ? 1 : 0;
        lead += m.start() < LEAD_TOKENS ? 1 : 0;
      }
      double first = ms.isEmpty() ? 1.0 : (double) ms.get(0).start() / n;
      out.add(new CountryEvidence(e.getKey(), titleCount.getOrDefault(e.getKey(), 0), ms.size(),
          listedCount.getOrDefault(e.getKey(), 0), demonyms, closeMigration, nearMigration, lead, first, densestPassage(ms),
          totalCounted == 0 ? 0 : (double) ms.size() / totalCounted, headings,
          issuers.getOrDefault(e.getKey(), 0), n, body.migrationWords, distinctCounted));
    }
    return out;
  }

  private static int densestPassage(List<CountryMention> ms) {
    int best = 0;
    int from = 0;
    for (int to = 0; to < ms.size(); to++) {
      while (ms.get(to).start() - ms.get(from).start() >= PASSAGE_TOKENS) {
        from++;
      }
      best = Math.max(best, to - from + 1);
    }
    return best;
  }

  /** Title and body scanned, and which body mentions stand in a list: what detection and explanation read. */
  private final class Scans {
    final AnalyzedText text;
    final Scan title;
    final Scan body;
    final boolean[] listed;

    Scans(AnalyzedText text) {
      this.text = text;
      this.title = scan(text.titleTokens(), text.title(), true);
      this.body = scan(text.bodyTokens(), text.text(), false);
      this.listed = Enumerations.listed(body.mentions, text.bodyTokens(), text.text());
    }
  }

  /** Mentions and cues of one text (title or body), from a single pass of the trie. */
  private static final class Scan {
    final List<CountryMention> mentions = new ArrayList<>();
    final Map<String, Integer> issuerCues = new HashMap<>();
    /** Token where each issuer's first cue starts. */
    final Map<String, Integer> firstIssuer = new HashMap<>();
    int migrationWords;
  }

  private Scan scan(List<Token> tokens, String source, boolean title) {
    List<PhraseMatcher.Match<DetectionCue>> matches = matcher.findAll(tokens);
    boolean[] countryStarts = new boolean[tokens.size() + 1];
    List<Integer> stateContext = new ArrayList<>();
    List<Integer> migrationWords = new ArrayList<>();
    List<Integer> comparisons = new ArrayList<>();
    List<Integer> anecdotes = new ArrayList<>();
    for (PhraseMatcher.Match<DetectionCue> m : matches) {
      for (DetectionCue cue : m.values()) {
        switch (cue.type()) {
          case COUNTRY -> countryStarts[m.start()] = true;
          case US_STATE_CONTEXT -> stateContext.add(m.start());
          case MIGRATION_CONTEXT -> migrationWords.add(m.start());
          case COMPARISON -> comparisons.add(m.end());
          case ANECDOTE -> anecdotes.add(m.start());
          default -> { }
        }
      }
    }
    int[] paragraphs = paragraphs(tokens, source);
    Scan scan = new Scan();
    scan.migrationWords = migrationWords.size();
    for (PhraseMatcher.Match<DetectionCue> m : matches) {
      if (blocked(m)) {
        continue;
      }
      boolean countryAdded = false;
      for (DetectionCue cue : m.values()) {
        boolean guarded = cue.type() == DetectionCue.Type.ISSUER || cue.type() == DetectionCue.Type.COUNTRY;
        if (!guarded || !MentionGuards.accept(cue, m.start(), m.end(), tokens, source, countryStarts, stateContext)) {
          continue;
        }
        if (cue.type() == DetectionCue.Type.ISSUER) {
          scan.issuerCues.merge(cue.code(), 1, Integer::sum);
          scan.firstIssuer.putIfAbsent(cue.code(), m.start());
        } else if (!countryAdded) { // one country per phrase: the first the gazetteer lists
          countryAdded = true;
          if (comparedWith(m.start(), comparisons, tokens, source) || inAnecdote(m.start(), anecdotes, tokens, source)) {
            continue;
          }
          int distance = distance(migrationWords, m.start(), m.end(), paragraphs);
          boolean heading = !title && aloneOnItsLine(tokens.get(m.start()).start(), tokens.get(m.end() - 1).end(), source);
          scan.mentions.add(new CountryMention(cue.code(), cue.name().kind(), title, m.start(), m.end(), distance, heading));
        }
      }
    }
    return scan;
  }

  private static boolean blocked(PhraseMatcher.Match<DetectionCue> m) {
    for (DetectionCue cue : m.values()) {
      if (cue.type() == DetectionCue.Type.BLOCKER) {
        return true;
      }
    }
    return false;
  }

  /** A comparison word shortly before the mention, in the same sentence. */
  private static boolean comparedWith(int start, List<Integer> comparisonEnds, List<Token> tokens, String source) {
    for (int end : comparisonEnds) {
      if (end <= start && start - end <= COMPARISON_REACH
          && !sentenceEndsBetween(tokens.get(end - 1).end(), tokens.get(start).start(), source)) {
        return true;
      }
    }
    return false;
  }

  /** Only white space and punctuation ("Israel:", "- Iran") share the line with [from, to). */
  private static boolean aloneOnItsLine(int from, int to, String source) {
    for (int i = from - 1; i >= 0 && source.charAt(i) != '\n'; i--) {
      if (Character.isLetterOrDigit(source.charAt(i))) {
        return false;
      }
    }
    for (int i = to; i < source.length() && source.charAt(i) != '\n'; i++) {
      if (Character.isLetterOrDigit(source.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** An anecdote cue anywhere in the mention's sentence: "born in", "parents who emigrated from". */
  private static boolean inAnecdote(int start, List<Integer> anecdoteStarts, List<Token> tokens, String source) {
    for (int at : anecdoteStarts) {
      int from = Math.min(at, start);
      int to = Math.max(at, start);
      if (!sentenceEndsBetween(tokens.get(from).end(), tokens.get(to).start(), source)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sentenceEndsBetween(int from, int to, String source) {
    for (int i = from; i < to; i++) {
      char c = source.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < to && Character.isWhitespace(source.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words between [start, end) and the nearest position of a sorted list in the same paragraph;
   * large when there is none. A migration word in the paragraph before does not make a new
   * paragraph (a heading, the next item of a list, the next topic of a speech) about migration.
   */
  private static int distance(List<Integer> sorted, int start, int end, int[] paragraphs) {
    int at = Collections.binarySearch(sorted, start);
    if (at >= 0) {
      return 0;
    }
    int next = -at - 1; // first position after start
    int best = Integer.MAX_VALUE;
    if (next > 0 && paragraphs[sorted.get(next - 1)] == paragraphs[start]) {
      best = start - sorted.get(next - 1);
    }
    if (next < sorted.size() && paragraphs[sorted.get(next)] == paragraphs[start]) {
      int pos = sorted.get(next);
      best = Math.min(best, pos < end ? 0 : pos - end + 1);
    }
    return best;
  }

  /** The paragraph (line) of each token, counted from 0. */
  private static int[] paragraphs(List<Token> tokens, String source) {
    int[] out = new int[tokens.size()];
    int paragraph = 0;
    // The next line break, found by indexOf, which outruns a loop over every char of a long text.
    int lineBreak = source.indexOf('\n');
    for (int i = 0; i < tokens.size(); i++) {
      int start = tokens.get(i).start();
      while (lineBreak >= 0 && lineBreak < start) {
        paragraph++;
        lineBreak = source.indexOf('\n', lineBreak + 1);
      }
      out[i] = paragraph;
    }
    return out;
  }

  private static void readLines(String resource, Consumer<String> sink) {
    ResourceLines.read(CountryDetector.class, resource).forEach(sink);
  }

}
