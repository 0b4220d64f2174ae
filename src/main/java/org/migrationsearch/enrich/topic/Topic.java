package org.migrationsearch.enrich.topic;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One topic of the taxonomy with the words that reveal it.
 *
 * @param slug contract identifier, e.g. "border-enforcement"
 * @param labelEn English label shown in facets
 * @param labelEs Spanish label
 * @param thresholdFactor how much more (or less) evidence than the default this topic needs
 * @param cues phrases whose presence is evidence for the topic
 * @param options how its evidence is gathered, beyond the cue phrases
 */
record Topic(String slug, String labelEn, String labelEs, double thresholdFactor, List<Cue> cues,
    Set<Option> options) {

  /** Ways a topic departs from plain cue counting, named in the taxonomy file by lower-case name. */
  public enum Option {
    /**
     * Its cues count only close to a migration word: LABELS.md defines the topic by its tie to
     * migration ("climate change and disasters as causes of displacement", "migration data and
     * statistics"), and its words alone ("drought", "data") are as common in speeches about
     * other things.
     */
    MIGRATION,
    /**
     * Its cues also count in the passage around one of them whose sentence makes it a cause of
     * migration: a migration word and a word of cause ({@code cause-cues.txt}) close by. A speech
     * ties climate to displacement in one sentence ("irregular migration is a consequence of
     * climate change") and goes on about drought and shrinking lakes in the next ones without
     * repeating the word; that passage is one on climate as a cause of displacement, while a
     * sentence that only lists climate change beside migration anchors nothing.
     */
    ANCHORED,
    /**
     * Figures the text reports (counts of people, percentages) are cues of the topic, each
     * weighing {@link #FIGURE_WEIGHT}: data-statistics is "figures, reports of numbers", which no
     * fixed phrase names.
     */
    FIGURES,
    /**
     * The topic is assigned only as the text's main subject, its cues in a large share of the
     * sentences: LABELS.md has data-statistics "as a main subject", so a figure-rich section of
     * a long fact sheet does not make it one.
     */
    MAIN;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What one reported figure adds: as much as a supporting cue word. */
  public static final double FIGURE_WEIGHT = 1.0;

  /**
   * A phrase that is evidence for a topic.
   *
   * @param language ISO 639-1 code of the phrase (en, es, pt, fr)
   * @param weight evidence it adds; 0 marks a blocker that only shadows shorter cues
   * @param phrase words as written in the taxonomy file
   * @param needsMigrationContext it counts only close to a migration word, for a word like
   *     "cooperation" that is evidence of its topic only when the cooperation is on migration
   */
  public record Cue(String language, double weight, String phrase, boolean needsMigrationContext) {

    public Cue(String language, double weight, String phrase) {
      this(language, weight, phrase, false);
    }
  }

  public Topic {
    cues = List.copyOf(cues);
    options = options.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(options));
  }

  public Topic(String slug, String labelEn, String labelEs, double thresholdFactor, List<Cue> cues) {
    this(slug, labelEn, labelEs, thresholdFactor, cues, Set.of());
  }

  public boolean needsMigrationContext() {
    return options.contains(Option.MIGRATION);
  }

  /** Whether its cues count in the passage around one that a sentence makes a cause of migration. */
  public boolean anchoredByCause() {
    return options.contains(Option.ANCHORED);
  }

  public boolean countsFigures() {
    return options.contains(Option.FIGURES);
  }

  public boolean mainSubjectOnly() {
    return options.contains(Option.MAIN);
  }
}
