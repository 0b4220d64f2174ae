package org.migrationsearch.enrich.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.migrationsearch.corpus.Texts;
import org.migrationsearch.enrich.AnalyzedText;
import org.migrationsearch.enrich.ResourceLines;
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

  private record Cue(String language, double weight) {}

  private final Map<String, List<Cue>> wordCues;
  /** The sequence cues in the order their scores are added, which a sum of doubles depends on. */
  private final List<Map.Entry<String, List<Cue>>> sequenceCues;
  private final SequenceTrie sequences;
  private final List<String> languages;

  private LanguageDetector(
      Map<String, List<Cue>> wordCues, Map<String, List<Cue>> sequenceCues, List<String> langs) {
    this.wordCues = wordCues;
    this.sequenceCues = List.copyOf(sequenceCues.entrySet());
    this.sequences = new SequenceTrie(this.sequenceCues.stream().map(Map.Entry::getKey).toList());
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
    Map<String, List<Cue>> words = new HashMap<>();
    Map<String, List<Cue>> sequences = new LinkedHashMap<>();
    List<String> langs = new ArrayList<>();
    for (String line : ResourceLines.read(LanguageDetector.class, RESOURCE)) {
      String[] f = line.split("\\s+");
      if (f.length != 4) {
        throw new IllegalStateException(RESOURCE + ": expected 4 fields in '" + line + "'");
      }
      Cue cue = new Cue(f[0], Double.parseDouble(f[3]));
      if (!langs.contains(f[0])) {
        langs.add(f[0]);
      }
      switch (f[1]) {
        case "word" -> words.computeIfAbsent(Texts.fold(f[2]), k -> new ArrayList<>()).add(cue);
        case "seq" ->
            sequences.computeIfAbsent(f[2].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(cue);
        default -> throw new IllegalStateException(RESOURCE + ": unknown kind in '" + line + "'");
      }
    }
    return new LanguageDetector(Map.copyOf(words), Map.copyOf(sequences), List.copyOf(langs));
  }

  /** Languages this detector can return, besides {@link #UNDETERMINED}. */
  public List<String> languages() {
    return languages;
  }

  /** ISO 639-1 code of the text's language, or {@link #UNDETERMINED}. */
  public String detect(AnalyzedText text) {
    Map<String, Double> scores = scores(text);
    String best = UNDETERMINED;
    double bestScore = 0;
    for (String language : languages) {
      double score = scores.getOrDefault(language, 0.0);
      if (score > bestScore) {
        best = language;
        bestScore = score;
      }
    }
    return best;
  }

  /** Score per language, for diagnostics and tests. */
  public Map<String, Double> scores(AnalyzedText text) {
    Map<String, Double> scores = new HashMap<>();
    List<Token> body = text.bodyTokens();
    // The title is scored with the body: it decides alone when the body is empty or short, and
    // a long body outweighs it (a Spanish page may carry an English title).
    addWordScores(text.titleTokens(), 1, scores);
    int opening = Math.min(body.size(), OPENING_TOKENS);
    addWordScores(body.subList(0, opening), 1, scores);
    addWordScores(body.subList(opening, Math.min(body.size(), MAX_BODY_TOKENS)), REST_WEIGHT, scores);
    addSequenceScores(text.title(), 1, scores);
    String bodyText = text.text();
    int openingChars = Math.min(bodyText.length(), OPENING_CHARS);
    addSequenceScores(bodyText.substring(0, openingChars), 1, scores);
    addSequenceScores(
        bodyText.substring(openingChars, Math.min(bodyText.length(), MAX_BODY_CHARS)),
        REST_WEIGHT,
        scores);
    return scores;
  }

  private void addWordScores(List<Token> tokens, double factor, Map<String, Double> scores) {
    for (Token token : tokens) {
      List<Cue> cues = wordCues.get(token.norm());
      if (cues != null) {
        for (Cue cue : cues) {
          scores.merge(cue.language(), cue.weight() * factor, Double::sum);
        }
      }
    }
  }

  private void addSequenceScores(String raw, double factor, Map<String, Double> scores) {
    if (raw.isEmpty()) {
      return;
    }
    int[] counts = sequences.occurrences(withBoundaries(raw));
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        for (Cue cue : sequenceCues.get(i).getValue()) {
          scores.merge(cue.language(), cue.weight() * counts[i] * factor, Double::sum);
        }
      }
    }
  }

  /**
   * Lower-cased text in which every run of characters that cannot be part of a word becomes one
   * "_", with "_" at both ends, so a cue "ing_" finds word endings. Apostrophes stay (French
   * "l’", English "’s") and so do ¿ and ¡, themselves cues.
   */
  static String withBoundaries(String raw) {
    String lower = raw.toLowerCase(Locale.ROOT);
    // A char array, not a StringBuilder: the first "’" made the builder re-encode itself and
    // every append after it slower.
    char[] out = new char[lower.length() + 2];
    int n = 0;
    out[n++] = '_';
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean letter = c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
      if (letter || c == '\'' || c == '’' || c == '¿' || c == '¡') {
        out[n++] = c;
      } else if (out[n - 1] != '_') {
        out[n++] = '_';
      }
    }
    if (out[n - 1] != '_') {
      out[n++] = '_';
    }
    return new String(out, 0, n);
  }
}
