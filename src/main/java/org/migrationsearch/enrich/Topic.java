package org.migrationsearch.enrich;

import java.util.List;

/**
 * One topic of the taxonomy with the words that reveal it.
 *
 * @param slug contract identifier, e.g. "border-enforcement"
 * @param labelEn English label shown in facets
 * @param labelEs Spanish label
 * @param thresholdFactor how much more (or less) evidence than the default this topic needs
 * @param cues phrases whose presence is evidence for the topic
 * @param needsMigrationContext its cues count only close to a migration word: LABELS.md defines
 *     the topic by its tie to migration ("climate change and disasters as causes of
 *     displacement", "migration data and statistics"), and its words alone ("drought", "data")
 *     are as common in speeches about other things
 */
public record Topic(String slug, String labelEn, String labelEs, double thresholdFactor, List<Cue> cues,
    boolean needsMigrationContext) {

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
  }

  public Topic(String slug, String labelEn, String labelEs, double thresholdFactor, List<Cue> cues) {
    this(slug, labelEn, labelEs, thresholdFactor, cues, false);
  }
}
