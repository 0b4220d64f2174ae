package org.migrationsearch.enrich.topic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migrationsearch.corpus.LabelReason;
import org.migrationsearch.enrich.AnalyzedText;
import org.migrationsearch.enrich.Passages;
import org.migrationsearch.enrich.PhraseMatcher;
import org.migrationsearch.enrich.ResourceLines;
import org.migrationsearch.enrich.SentenceBreaks;
import org.migrationsearch.enrich.Token;
import org.migrationsearch.enrich.figures.ReportedFigures;

/**
 * Assigns topics to a text from weighted cue phrases. The labelling rule assigns a topic the
 * text treats substantively (its main subject, a section, or a passage of two sentences or
 * more), so the evidence for a topic is the stronger of
 *
 * <ul>
 *   <li>its densest passage: the most cue weight inside any window of {@link
 *       Settings#windowTokens()} words, which finds a section on the topic in a long transcript;
 *       and
 *   <li>its whole-text weight damped by the square root of the length, so a short press release
 *       mentioning asylum three times qualifies while a 15,000-word transcript mentioning "visa"
 *       twice does not;
 * </ul>
 *
 * plus title cues at a higher weight. A topic also needs its cues in at least two places
 * (sentences of the body, or the title), since one passing sentence is not a treatment.
 *
 * <p>One trie pass over the title and one over the body; immutable and thread-safe.
 */
public final class TopicDetector {

  /**
   * Tuning knobs, kept together so tests can show what each does.
   *
   * @param threshold evidence a topic needs (times its threshold factor)
   * @param titleWeight multiplier of cue weight found in the title
   * @param windowTokens length in words of the passage window
   * @param referenceLength length in words below which whole-text weight is not damped
   * @param minPlaces distinct sentences (the title counting as one) that must hold cues
   * @param placeWeight cue weight a sentence needs to count as a place
   * @param relativeFloor topics scoring below this fraction of the best topic are dropped
   * @param mainSubjectShare share of the text's sentences (the title counting as one) that must
   *     hold cues of a topic assigned only as the main subject
   */
  public record Settings(
      double threshold,
      double titleWeight,
      int windowTokens,
      int referenceLength,
      int minPlaces,
      double placeWeight,
      double relativeFloor,
      double mainSubjectShare) {

    public static Settings defaults() {
      return new Settings(4.0, 3.0, 300, 500, 2, 1.0, 0.2, 0.2);
    }
  }

  /** Evidence for one topic in one text, for explanations and tuning. */
  public record TopicScore(String slug, double score, int places, boolean assigned) {}

  /**
   * What a phrase in the trie stands for: a topic (by index), the weight it adds and how near a
   * migration word it must be to count (0: anywhere), and whether it names the document's kind,
   * counting in the title only when the body treats migration.
   */
  private record CueRef(int topic, double weight, int contextWindow, boolean namesDocument) {

    /** Whether it adds weight in the title (or, with {@code inTitle} false, the body). */
    boolean counts(boolean inTitle, boolean aboutMigration) {
      return !namesDocument || inTitle && aboutMigration;
    }
  }

  private final Topics topics;
  private final List<Topic> topicList;
  private final PhraseMatcher<CueRef> matcher;
  /** Migration words (the list CountryDetector uses), for topics that need them nearby. */
  private final PhraseMatcher<Boolean> migrationWords;
  /** Words of cause and effect, which anchor a topic that is about a cause of migration. */
  private final PhraseMatcher<Boolean> causeWords;
  private final Settings settings;
  /** What a reported figure stands for in each topic that counts figures. */
  private final List<CueRef> figureCues = new ArrayList<>();

  /**
   * A cue of a topic that needs migration context counts when a migration word is this many
   * words or fewer away: about a sentence, so "droughts are forcing families to leave; many are
   * displaced" counts and a paragraph on drought and harvests does not.
   */
  static final int MIGRATION_CONTEXT_WINDOW = 20;

  /**
   * The reach of a single cue bound to migration context: about two sentences, since a meeting
   * or agreement is often named in one sentence and its migration subject in the next ("the
   * Valletta summit will be an opportunity ... to discuss migration with our African partners").
   */
  static final int CUE_CONTEXT_WINDOW = 40;

  /**
   * How far the cues of an anchored topic may lie from one of its cues that a sentence makes a
   * cause of migration: about a paragraph, the passage that sentence opens or closes.
   */
  static final int ANCHOR_REACH = 80;

  /**
   * Sentences with a migration word that make migration a subject of the body, for cues that
   * name the document's kind: a joint communique that gives migration two sentences or more
   * records cooperation on it.
   */
  static final int MIGRATION_SUBJECT_SENTENCES = 2;

  /** Sentences a topic's cues must hold to count as a section of its own ({@link #standsAlone}). */
  static final int OWN_SECTION_PLACES = 4;

  /** Multiple of the threshold a topic's evidence must reach to count as a section of its own. */
  static final double OWN_SECTION_FACTOR = 2.0;

  /** Topics (by index) whose cues also count in the passage around a causal sentence. */
  private final boolean[] anchored;

  public TopicDetector(Topics topics, Settings settings) {
    this.topics = topics;
    this.topicList = topics.all();
    this.settings = settings;
    PhraseMatcher.Builder<CueRef> builder = PhraseMatcher.builder();
    for (int t = 0; t < topicList.size(); t++) {
      for (Topic.Cue cue : topicList.get(t).cues()) {
        builder.add(cue.phrase(), new CueRef(t, cue.weight(), topicList.get(t).needsMigrationContext()
            ? MIGRATION_CONTEXT_WINDOW : cue.needsMigrationContext() ? CUE_CONTEXT_WINDOW : 0, cue.namesDocument()));
      }
    }
    this.matcher = builder.build();
    this.anchored = new boolean[topicList.size()];
    for (int t = 0; t < topicList.size(); t++) {
      anchored[t] = topicList.get(t).anchoredByCause();
    }
    for (int t = 0; t < topicList.size(); t++) {
      if (topicList.get(t).countsFigures()) {
        figureCues.add(new CueRef(t, Topic.FIGURE_WEIGHT, topicList.get(t).needsMigrationContext()
            ? MIGRATION_CONTEXT_WINDOW : 0, false));
      }
    }
    this.migrationWords = wordList(ResourceLines.class, "migration-cues.txt");
    this.causeWords = wordList(TopicDetector.class, "cause-cues.txt");
  }

  private static PhraseMatcher<Boolean> wordList(Class<?> owner, String resource) {
    PhraseMatcher.Builder<Boolean> words = PhraseMatcher.builder();
    ResourceLines.read(owner, resource).forEach(w -> words.add(w, Boolean.TRUE));
    return words.build();
  }

  private static List<Integer> starts(PhraseMatcher<Boolean> words, List<Token> tokens) {
    List<Integer> out = new ArrayList<>();
    for (PhraseMatcher.Match<Boolean> w : words.findAll(tokens)) {
      out.add(w.start());
    }
    return out;
  }

  /**
   * Cue matches of {@code tokens} (tokenized from {@code source}, its migration words starting at
   * {@code context}) and the figures they report, in text order, without context-bound cues far
   * from a migration word.
   */
  private List<PhraseMatcher.Match<CueRef>> findCueMatches(List<Token> tokens, String source, List<Integer> context) {
    List<PhraseMatcher.Match<CueRef>> all = new ArrayList<>(matcher.findAll(tokens));
    if (!figureCues.isEmpty()) {
      for (ReportedFigures.Figure f : ReportedFigures.standard().find(tokens, source)) {
        all.add(new PhraseMatcher.Match<>(f.start(), f.end(), figureCues));
      }
      all.sort(Comparator.comparingInt(PhraseMatcher.Match::start));
    }
    List<List<Integer>> anchors = anchors(all, context, starts(causeWords, tokens));
    List<PhraseMatcher.Match<CueRef>> out = new ArrayList<>(all.size());
    for (PhraseMatcher.Match<CueRef> m : all) {
      List<CueRef> kept = new ArrayList<>(m.values().size());
      for (CueRef c : m.values()) {
        boolean counts = c.contextWindow() == 0 || near(context, m.start(), m.end(), c.contextWindow())
            || anchored[c.topic()] && near(anchors.get(c.topic()), m.start(), m.end(), ANCHOR_REACH);
        if (counts) {
          kept.add(c);
        }
      }
      if (!kept.isEmpty()) {
        out.add(kept.size() == m.values().size() ? m : new PhraseMatcher.Match<>(m.start(), m.end(), kept));
      }
    }
    return out;
  }

  /**
   * For each anchored topic, where its cues sit in a sentence that makes them a cause of
   * migration (a migration word and a word of cause within a sentence of the cue) in a passage
   * that names migration again, in text order; empty for the other topics.
   */
  private List<List<Integer>> anchors(List<PhraseMatcher.Match<CueRef>> matches, List<Integer> context,
      List<Integer> causes) {
    List<List<Integer>> out = new ArrayList<>(topicList.size());
    for (int t = 0; t < topicList.size(); t++) {
      out.add(new ArrayList<>());
    }
    for (PhraseMatcher.Match<CueRef> m : matches) {
      for (CueRef c : m.values()) {
        if (anchored[c.topic()] && c.weight() > 0 && near(context, m.start(), m.end(), MIGRATION_CONTEXT_WINDOW)
            && near(causes, m.start(), m.end(), MIGRATION_CONTEXT_WINDOW)
            && returnsToMigration(context, m.start(), m.end())) {
          out.get(c.topic()).add(m.start());
        }
      }
    }
    return out;
  }

  /**
   * Whether the passage around a causal sentence comes back to the people it moves: a migration
   * word beyond that sentence but within the anchor's reach. One sentence making climate a cause
   * of migration, followed by drought and floods that never name a migrant again, is a sentence
   * on climate displacement and a passage on climate; the labelling rule asks for two sentences.
   */
  private static boolean returnsToMigration(List<Integer> context, int start, int end) {
    return near(context, start - ANCHOR_REACH, start - MIGRATION_CONTEXT_WINDOW, 0)
        || near(context, end + MIGRATION_CONTEXT_WINDOW, end + ANCHOR_REACH, 0);
  }

  private static boolean near(List<Integer> sortedStarts, int start, int end, int window) {
    int at = Collections.binarySearch(sortedStarts, start - window);
    int i = at >= 0 ? at : -at - 1;
    return i < sortedStarts.size() && sortedStarts.get(i) < end + window;
  }

  public TopicDetector(Topics topics) {
    this(topics, Settings.defaults());
  }

  /** A detector over the standard taxonomy with default settings, built once. */
  public static TopicDetector standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final TopicDetector INSTANCE = new TopicDetector(Topics.standard());
  }

  public Topics topics() {
    return topics;
  }

  /** The topics a text treats, strongest first, and why each was assigned. */
  public record Detection(List<String> slugs, List<LabelReason> reasons) {}

  /**
   * What scoring and explaining both read of one text: its sentences, whether it treats
   * migration, and the cue matches of its title and body. Read once, since finding the matches
   * twice cost a tenth of enrichment.
   */
  private record Reading(SentenceBreaks sentences, boolean aboutMigration,
      List<PhraseMatcher.Match<CueRef>> title, List<PhraseMatcher.Match<CueRef>> body) {}

  private Reading read(AnalyzedText text) {
    SentenceBreaks sentences = SentenceBreaks.of(text.text());
    List<Integer> bodyContext = starts(migrationWords, text.bodyTokens());
    return new Reading(sentences, treatsMigration(bodyContext, text.bodyTokens(), sentences),
        findCueMatches(text.titleTokens(), text.title(), starts(migrationWords, text.titleTokens())),
        findCueMatches(text.bodyTokens(), text.text(), bodyContext));
  }

  /** The topics and their reasons from one reading of the text, as indexing needs both. */
  public Detection detectAndExplain(AnalyzedText text) {
    Reading reading = read(text);
    List<String> slugs = assigned(score(text, reading));
    return new Detection(slugs, explain(text, slugs, reading));
  }

  /** Slugs of the topics the text treats, strongest first. */
  public List<String> detect(AnalyzedText text) {
    return assigned(score(text, read(text)));
  }

  private static List<String> assigned(List<TopicScore> scores) {
    List<String> out = new ArrayList<>();
    for (TopicScore s : scores) {
      if (s.assigned()) {
        out.add(s.slug());
      }
    }
    return out;
  }

  /**
   * Why the text treats each of {@code slugs} (detected by {@link #detect}): the sentence that
   * holds the most cue weight for it, or the title when its cues there weigh more.
   */
  public List<LabelReason> explain(AnalyzedText text, List<String> slugs) {
    return explain(text, slugs, read(text));
  }

  private List<LabelReason> explain(AnalyzedText text, List<String> slugs, Reading reading) {
    Map<Integer, Double> bestWeight = new HashMap<>();
    Map<Integer, Integer> bestOffset = new HashMap<>();
    Map<Long, Double> perSentence = new HashMap<>();
    SentenceBreaks sentences = reading.sentences();
    List<Token> tokens = text.bodyTokens();
    for (PhraseMatcher.Match<CueRef> m : reading.body()) {
      int offset = tokens.get(m.start()).start();
      long sentence = sentences.sentenceAt(offset);
      for (CueRef c : m.values()) {
        if (c.weight() > 0 && c.counts(false, false)) {
          double w = perSentence.merge(sentence * topicList.size() + c.topic(), c.weight(), Double::sum);
          if (w > bestWeight.getOrDefault(c.topic(), 0.0)) {
            bestWeight.put(c.topic(), w);
            bestOffset.put(c.topic(), offset);
          }
        }
      }
    }
    double[] title = titleWeights(reading);
    List<LabelReason> out = new ArrayList<>();
    for (String slug : slugs) {
      int t = indexOf(slug);
      if (t >= 0 && title[t] > 0 && title[t] >= bestWeight.getOrDefault(t, 0.0)) {
        out.add(LabelReason.detected(slug, "title", text.title()));
      } else if (t >= 0 && bestOffset.containsKey(t)) {
        out.add(LabelReason.detected(slug, "passage", Passages.around(text.text(), bestOffset.get(t))));
      } else {
        out.add(LabelReason.detected(slug, "passage", null));
      }
    }
    return out;
  }

  private int indexOf(String slug) {
    for (int t = 0; t < topicList.size(); t++) {
      if (topicList.get(t).slug().equals(slug)) {
        return t;
      }
    }
    return -1;
  }

  /**
   * Whether the body treats migration, by the labelling rule's measure of a treatment: migration
   * words (starting at {@code context}) in at least {@link #MIGRATION_SUBJECT_SENTENCES} sentences.
   */
  private static boolean treatsMigration(List<Integer> context, List<Token> tokens, SentenceBreaks sentences) {
    int count = 0;
    int last = -1;
    for (int start : context) {
      int sentence = sentences.sentenceAt(tokens.get(start).start());
      if (sentence != last) {
        count++;
        last = sentence;
      }
    }
    return count >= MIGRATION_SUBJECT_SENTENCES;
  }

  /** How many sentences hold at least one word: blank lines and lone marks are not sentences. */
  private static int sentencesWithWords(List<Token> tokens, SentenceBreaks sentences) {
    int count = 0;
    int last = -1;
    for (Token token : tokens) {
      int sentence = sentences.sentenceAt(token.start());
      if (sentence != last) {
        count++;
        last = sentence;
      }
    }
    return count;
  }

  /** Each topic's cue weight in the title; document-kind cues count only when the body treats migration. */
  private double[] titleWeights(Reading reading) {
    double[] title = new double[topicList.size()];
    for (PhraseMatcher.Match<CueRef> m : reading.title()) {
      for (CueRef c : m.values()) {
        if (c.counts(true, reading.aboutMigration())) {
          title[c.topic()] += c.weight();
        }
      }
    }
    return title;
  }

  /** Every topic with any evidence, strongest first, marked whether it is assigned. */
  public List<TopicScore> score(AnalyzedText text) {
    return score(text, read(text));
  }

  private List<TopicScore> score(AnalyzedText text, Reading reading) {
    int n = topicList.size();
    SentenceBreaks sentences = reading.sentences();
    List<Token> tokens = text.bodyTokens();
    double[] title = titleWeights(reading);
    TopicEvidence[] body = new TopicEvidence[n];
    for (int t = 0; t < n; t++) {
      body[t] = new TopicEvidence(settings.windowTokens(), settings.placeWeight());
    }
    for (PhraseMatcher.Match<CueRef> m : reading.body()) {
      int sentence = sentences.sentenceAt(tokens.get(m.start()).start());
      for (CueRef c : m.values()) {
        if (c.weight() > 0 && c.counts(false, false)) {
          body[c.topic()].add(m.start(), sentence, c.weight());
        }
      }
    }

    int sentenceCount = (text.titleTokens().isEmpty() ? 0 : 1) + sentencesWithWords(tokens, sentences);
    double damping = Math.sqrt(Math.max(tokens.size(), settings.referenceLength()) / (double) settings.referenceLength());
    List<TopicScore> scores = new ArrayList<>();
    double best = 0;
    for (int t = 0; t < n; t++) {
      TopicEvidence e = body[t];
      if (title[t] == 0 && e.total() == 0) {
        continue;
      }
      double evidence = Math.max(e.bestWindow(), e.total() / damping) + settings.titleWeight() * title[t];
      int places = e.places() + (title[t] >= settings.placeWeight() ? 1 : 0);
      boolean enough =
          evidence >= settings.threshold() * topicList.get(t).thresholdFactor()
              && places >= settings.minPlaces()
              && (!topicList.get(t).mainSubjectOnly() || places >= settings.mainSubjectShare() * sentenceCount);
      scores.add(new TopicScore(topicList.get(t).slug(), evidence, places, enough));
      if (enough) {
        best = Math.max(best, evidence);
      }
    }
    scores.sort(Comparator.comparingDouble(TopicScore::score).reversed());
    if (settings.relativeFloor() > 0) {
      double floor = best * settings.relativeFloor();
      scores.replaceAll(s -> s.assigned() && s.score() < floor && !standsAlone(s) ? new TopicScore(s.slug(), s.score(), s.places(), false) : s);
    }
    return scores;
  }

  /**
   * Whether a topic is treated in a passage of its own, whatever else the text treats more: the
   * relative floor drops topics a text only touches beside its main subject, but a long fact
   * sheet has full sections on several topics ("long fact sheets can have more"), and a section
   * holds twice the evidence a topic needs, spread over several sentences.
   */
  private boolean standsAlone(TopicScore s) {
    return s.places() >= OWN_SECTION_PLACES && s.score() >= OWN_SECTION_FACTOR * settings.threshold() * topicList.get(indexOf(s.slug())).thresholdFactor();
  }
}
