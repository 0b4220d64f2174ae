package org.migrationsearch.enrich.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.migrationsearch.corpus.Texts;
import org.migrationsearch.enrich.AnalyzedText;
import org.migrationsearch.enrich.PhraseMatcher;
import org.migrationsearch.enrich.ResourceLines;
import org.migrationsearch.enrich.TextTokenizer;
import org.migrationsearch.enrich.Token;

/**
 * Tells the language of a document (ISO 639-1: en, es, pt, fr, de, it) from weighted cues in
 * {@code language-profiles.txt}: frequent function words and distinctive letters or letter
 * sequences (ñ, ção, ß, "-tion", "th-"). Each language's score is the sum of the weights of its
 * cues found in the title and the opening of the body; the highest score wins.
 *
 * <p>Why not a library: the usual Java choice, optimaize language-detector, has not been
 * maintained since 2016 and its n-gram models are unreliable on the short texts this project
 * sees as titles ("Joint Statement on Migration"). A handful of function words and spellings
 * separate the few languages of a migration-policy corpus well, and the cues stay readable and
 * fixable in a data file.
 *
 * <p>The detector never guesses: a text with no cue at all (empty, only numbers or names)
 * gives {@link #UNDETERMINED}, not English. Immutable and thread-safe once built.
 */
public final class LanguageDetector {

  /** ISO 639-2 code for "undetermined", returned when the text gives no evidence. */
  public static final String UNDETERMINED = "und";

  private static final String RESOURCE = "language-profiles.txt";

  /** Enough of a long body to be sure; reading a 15,000-word transcript to the end adds nothing. */
  private static final int MAX_BODY_TOKENS = 1_200;

  private static final int MAX_BODY_CHARS = 6_000;

  /**
   * The opening counts double: bilingual press releases open in their own language and then
   * repeat themselves in translation, often longer (Spanish runs longer than English).
   */
  private static final int OPENING_TOKENS = 400;

  private static final int OPENING_CHARS = 2_500;

  private static final double REST_WEIGHT = 0.5;

  /** The languages a word or sequence is a cue for (by index in {@link #languages}) and their weights. */
  private record Cues(int[] languages, double[] weights) {}

  /** Each cue word as a one-word phrase, so that a text's words are looked up by their number. */
  private final PhraseMatcher<Cues> wordCues;
  /**
   * The cues of each sequence of {@link #sequences}, in the profile's order: the order their
   * scores are added, which a sum of doubles depends on, now the same in every run.
   */
  private final List<Cues> sequenceCues;
  private final SequenceTrie sequences;
  private final List<String> languages;

  private LanguageDetector(
      PhraseMatcher<Cues> wordCues, List<String> sequences, List<Cues> sequenceCues, List<String> langs) {
    this.wordCues = wordCues;
    this.sequenceCues = sequenceCues;
    this.sequences = new SequenceTrie(sequences);
    this.languages = langs;
  }

  /** The detector with the bundled profiles. */
  public static LanguageDetector fromBundledProfiles() {
    return Holder.INSTANCE;
  }

  /** Loaded once, on first use. */
  private static final class Holder {
    static final LanguageDetector INSTANCE = load();
  }

  private static LanguageDetector load() {
    Map<String, List<String[]>> words = new LinkedHashMap<>();
    Map<String, List<String[]>> sequences = new LinkedHashMap<>();
    List<String> langs = new ArrayList<>();
    for (String line : ResourceLines.read(LanguageDetector.class, RESOURCE)) {
      String[] f = line.split("\\s+");
      if (f.length != 4) {
        throw new IllegalStateException(RESOURCE + ": expected 4 fields in '" + line + "'");
      }
      if (!langs.contains(f[0])) {
        langs.add(f[0]);
      }
      switch (f[1]) {
        case "word" -> words.computeIfAbsent(Texts.fold(f[2]), k -> new ArrayList<>()).add(f);
        case "seq" -> sequences.computeIfAbsent(f[2].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f);
        default -> throw new IllegalStateException(RESOURCE + ": unknown kind in '" + line + "'");
      }
    }
    PhraseMatcher.Builder<Cues> wordCues = PhraseMatcher.builder();
    words.forEach((word, lines) -> {
      List<Token> tokens = TextTokenizer.tokenize(word);
      if (tokens.size() != 1 || !tokens.get(0).norm().equals(word)) {
        throw new IllegalStateException(RESOURCE + ": a word cue is one word of letters, not '" + word + "'");
      }
      wordCues.add(word, cues(lines, langs));
    });
    List<Cues> sequenceCues = sequences.values().stream().map(lines -> cues(lines, langs)).toList();
    return new LanguageDetector(wordCues.build(), List.copyOf(sequences.keySet()), sequenceCues, List.copyOf(langs));
  }

  /** The cues of one word or sequence, from its lines of the profile in file order. */
  private static Cues cues(List<String[]> lines, List<String> langs) {
    int[] languages = new int[lines.size()];
    double[] weights = new double[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      languages[i] = langs.indexOf(lines.get(i)[0]);
      weights[i] = Double.parseDouble(lines.get(i)[3]);
    }
    return new Cues(languages, weights);
  }

  /** Languages this detector can return, besides {@link #UNDETERMINED}. */
  public List<String> languages() {
    return languages;
  }

  /** ISO 639-1 code of the text's language, or {@link #UNDETERMINED}. */
  public String detect(AnalyzedText text) {
    Tally tally = tally(text);
    String best = UNDETERMINED;
    double bestScore = 0;
    for (int l = 0; l < languages.size(); l++) {
      if (tally.scores[l] > bestScore) {
        best = languages.get(l);
        bestScore = tally.scores[l];
      }
    }
    return best;
  }

  /** Score per language, for diagnostics and tests. */
  public Map<String, Double> scores(AnalyzedText text) {
    Tally tally = tally(text);
    Map<String, Double> scores = new HashMap<>();
    for (int l = 0; l < languages.size(); l++) {
      if (tally.found[l]) {
        scores.put(languages.get(l), tally.scores[l]);
      }
    }
    return scores;
  }

  /**
   * Each language's score, by index in {@link #languages}, and whether any of its cues was found.
   * Arrays rather than a map of boxed sums: scoring is a fifth of enrichment.
   */
  private record Tally(double[] scores, boolean[] found) {

    void add(Cues cues, double factor) {
      for (int i = 0; i < cues.languages().length; i++) {
        scores[cues.languages()[i]] += cues.weights()[i] * factor;
        found[cues.languages()[i]] = true;
      }
    }
  }

  private Tally tally(AnalyzedText text) {
    Tally tally = new Tally(new double[languages.size()], new boolean[languages.size()]);
    List<Token> body = text.bodyTokens();
    // The title is scored with the body: it decides alone when the body is empty or short, and
    // a long body outweighs it (a Spanish page may carry an English title).
    addWordScores(text.titleTokens(), 0, text.titleTokens().size(), 1, tally);
    int opening = Math.min(body.size(), OPENING_TOKENS);
    addWordScores(body, 0, opening, 1, tally);
    addWordScores(body, opening, Math.min(body.size(), MAX_BODY_TOKENS), REST_WEIGHT, tally);
    String title = text.title();
    addSequenceScores(title, 0, title.length(), 1, tally);
    String bodyText = text.text();
    int openingChars = Math.min(bodyText.length(), OPENING_CHARS);
    addSequenceScores(bodyText, 0, openingChars, 1, tally);
    addSequenceScores(bodyText, openingChars, Math.min(bodyText.length(), MAX_BODY_CHARS), REST_WEIGHT, tally);
    return tally;
  }

  private void addWordScores(List<Token> tokens, int from, int to, double factor, Tally tally) {
    wordCues.forEachWord(tokens, from, to, cues -> tally.add(cues.get(0), factor));
  }

  private void addSequenceScores(String raw, int from, int to, double factor, Tally tally) {
    if (from == to) {
      return;
    }
    int[] counts = withBoundaries(raw, from, to, sequences::count).occurrences();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        tally.add(sequenceCues.get(i), counts[i] * factor);
      }
    }
  }

  /**
   * Lower-cased text in which every run of characters that cannot be part of a word becomes one
   * "_", with "_" at both ends, so a cue "ing_" finds word endings. Apostrophes stay (French
   * "l’", English "’s") and so do ¿ and ¡, themselves cues.
   */
  static String withBoundaries(String raw) {
    return withBoundaries(raw, 0, raw.length(), Written::new).chars.toString();
  }

  /** What {@link #withBoundaries(String)} gives, kept. */
  private static final class Written implements IntConsumer {
    final StringBuilder chars = new StringBuilder();

    @Override
    public void accept(int c) {
      chars.append((char) c);
    }
  }

  /**
   * {@link #withBoundaries(String)} of {@code raw[from, to)}, given char by char to a reader from
   * {@code readers}: lower-cased one char at a time and read as it is written, since copying the
   * range, lower-casing the copy and writing the result out cost more than reading it. A range
   * holding a char that only String.toLowerCase lower-cases right (by its context, or into two
   * chars) is given again, lower-cased that way, to a new reader.
   */
  private static <R extends IntConsumer> R withBoundaries(String raw, int from, int to, Supplier<R> readers) {
    R reader = readers.get();
    Boundaries out = new Boundaries(reader);
    for (int i = from; i < to; i++) {
      char c = raw.charAt(i);
      if (c < 128) {
        c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if (c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c)) {
        R again = readers.get();
        Boundaries lowerCased = new Boundaries(again);
        raw.substring(from, to).toLowerCase(Locale.ROOT).chars().forEach(l -> lowerCased.write((char) l));
        lowerCased.close();
        return again;
      } else {
        c = Character.toLowerCase(c);
      }
      out.write(c);
    }
    out.close();
    return reader;
  }

  /** Gives lower-cased chars on to a reader with each run of non-word chars as one "_". */
  private static final class Boundaries {
    private final IntConsumer reader;
    private char last = '_';

    Boundaries(IntConsumer reader) {
      this.reader = reader;
      reader.accept('_');
    }

    void write(char c) {
      boolean letter = c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
      if (letter || c == '\'' || c == '’' || c == '¿' || c == '¡') {
        reader.accept(c);
        last = c;
      } else if (last != '_') {
        reader.accept('_');
        last = '_';
      }
    }

    void close() {
      if (last != '_') {
        reader.accept('_');
      }
    }
  }
}
