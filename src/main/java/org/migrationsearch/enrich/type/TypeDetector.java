package org.migrationsearch.enrich.type;

import org.migrationsearch.enrich.AnalyzedText;
import org.migrationsearch.enrich.PhraseMatcher;
import org.migrationsearch.enrich.ResourceLines;
import org.migrationsearch.enrich.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what kind of document a text is (statement, fact sheet, speech, ...) from cue phrases
 * in {@code types.tsv}: first the title ("Joint Statement", "Fact Sheet", "Remarks by",
 * "Versión estenográfica"), then the first words of the body, where presidential actions,
 * transcripts and releases carry their formulas ("By the authority vested in me", "3:03 P.M.
 * EDT", "FOR IMMEDIATE RELEASE"). Among the cues found in a place, the highest priority wins.
 *
 * <p>Without any cue, running prose (or a dated dateline) is an {@code article}; anything else
 * is {@code other}. Immutable and thread-safe once built.
 */
public final class TypeDetector {

  /** The type slugs of the contract, in the order they are documented. */
  public static final List<String> TYPES =
      List.of(
          "statement", "joint-statement", "press-release", "fact-sheet", "speech", "article",
          "report", "regulation", "law", "treaty", "declaration", "other");

  private static final String RESOURCE = "types.tsv";

  /** Headers such as "A PROCLAMATION" or "Via Teleconference" come before any sentence. */
  static final int START_TOKENS = 15;

  /** Datelines and opening formulas sit in the first paragraph. */
  static final int OPENING_TOKENS = 80;

  /** Below this a body is a fragment (a caption, a list), not an article. */
  private static final int MIN_PROSE_TOKENS = 60;

  private static final int MIN_PROSE_SENTENCES = 3;

  /**
   * A lower-case word closing a sentence: "U.S." and "Jan." do not count, and neither does
   * what follows (a new paragraph, a bullet, a quote).
   */
  private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}{2,}[.!?][\"”’)]*(?=\\s|$)");

  /** "WASHINGTON —", "MEXICO CITY, Jan. 10 -": a place in capitals opening a news item. */
  private static final Pattern DATELINE =
      Pattern.compile("^\\s*\\p{Lu}[\\p{Lu} .'’-]{2,40}(?:,[^\\n]{0,30})?\\s*[—–-]");

  /** One cue of the resource file. */
  record Cue(String type, int priority, String where, boolean capitalised) {}

  private static final String TREATY_MARKS = "treaty-marks.txt";
  /** Kinds of treaty mark (parties, articles, signature) a treaty's own text carries. */
  static final int MIN_TREATY_MARK_KINDS = 2;

  private final PhraseMatcher<Cue> titleCues;
  private final PhraseMatcher<Cue> bodyCues;
  private final PhraseMatcher<String> treatyMarks;

  private TypeDetector(PhraseMatcher<Cue> titleCues, PhraseMatcher<Cue> bodyCues, PhraseMatcher<String> treatyMarks) {
    this.titleCues = titleCues;
    this.bodyCues = bodyCues;
    this.treatyMarks = treatyMarks;
  }

  /** The detector with the bundled cues. */
  public static TypeDetector fromBundledCues() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final TypeDetector INSTANCE = load();
  }

  private static TypeDetector load() {
    PhraseMatcher.Builder<Cue> title = PhraseMatcher.builder();
    PhraseMatcher.Builder<Cue> body = PhraseMatcher.builder();
    Set<String> places = Set.of("title", "start", "opening");
    for (String line : ResourceLines.read(TypeDetector.class, RESOURCE)) {
      String[] f = line.split("\t");
      if (f.length != 5
          || !TYPES.contains(f[0])
          || !places.contains(f[2])
          || !(f[3].equals("cap") || f[3].equals("any"))) {
        throw new IllegalStateException(RESOURCE + ": malformed line '" + line + "'");
      }
      Cue cue = new Cue(f[0], Integer.parseInt(f[1]), f[2], f[3].equals("cap"));
      (f[2].equals("title") ? title : body).add(f[4], cue);
    }
    PhraseMatcher.Builder<String> marks = PhraseMatcher.builder();
    for (String line : ResourceLines.read(TypeDetector.class, TREATY_MARKS)) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(TREATY_MARKS + ": malformed line '" + line + "'");
      }
      marks.add(f[1], f[0]);
    }
    return new TypeDetector(title.build(), body.build(), marks.build());
  }

  /** One of {@link #TYPES}. */
  public String detect(AnalyzedText text) {
    Optional<String> fromTitle = strongestCue(text.titleTokens(), titleCues, Integer.MAX_VALUE);
    // A note about an agreement names it in its title too; only the agreement's own text has
    // parties, articles and signatures.
    if (fromTitle.isPresent() && !(fromTitle.get().equals("treaty") && !hasTreatyMarks(text))) {
      return fromTitle.get();
    }
    List<Token> body = text.bodyTokens();
    List<Token> opening = body.subList(0, Math.min(body.size(), OPENING_TOKENS));
    return strongestCue(opening, bodyCues, START_TOKENS)
        .orElseGet(() -> isProse(text) ? "article" : "other");
  }

  /**
   * The type of the highest-priority cue in the tokens; the earliest on ties. Cues marked
   * {@code start} count only when they begin within the first {@code startLimit} tokens.
   */
  private static Optional<String> strongestCue(
      List<Token> tokens, PhraseMatcher<Cue> cues, int startLimit) {
    Cue best = null;
    for (PhraseMatcher.Match<Cue> match : cues.findAll(tokens)) {
      for (Cue cue : match.values()) {
        if (cue.where().equals("start") && match.start() >= startLimit) {
          continue;
        }
        if (cue.capitalised() && !allCapitalised(tokens.subList(match.start(), match.end()))) {
          continue;
        }
        if (best == null || cue.priority() > best.priority()) {
          best = cue;
        }
      }
    }
    return Optional.ofNullable(best).map(Cue::type);
  }

  private boolean hasTreatyMarks(AnalyzedText text) {
    Set<String> kinds = new java.util.HashSet<>();
    for (PhraseMatcher.Match<String> m : treatyMarks.findAll(text.bodyTokens())) {
      kinds.addAll(m.values());
    }
    return kinds.size() >= MIN_TREATY_MARK_KINDS;
  }

  private static boolean allCapitalised(List<Token> words) {
    return words.stream().allMatch(Token::isCapitalized);
  }

  /** Sentences of running text, or a news dateline: the marks of an article. */
  private static boolean isProse(AnalyzedText text) {
    if (DATELINE.matcher(text.text()).find()) {
      return text.bodyTokens().size() >= MIN_PROSE_TOKENS / 2;
    }
    if (text.bodyTokens().size() < MIN_PROSE_TOKENS) {
      return false;
    }
    // A region rather than a copy of the head: its end bounds the look-ahead as a copy's would.
    Matcher head = SENTENCE_END.matcher(text.text()).region(0, Math.min(text.text().length(), 5_000));
    return head.results().limit(MIN_PROSE_SENTENCES).count() >= MIN_PROSE_SENTENCES;
  }
}
