package org.migrationsearch.enrich.language;

import org.migrationsearch.enrich.AnalyzedText;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationsearch.testing.RealCorpus;

/** Language detection against the labelled real corpus; skipped when the corpus is absent. */
class LanguageDetectionQualityTest {

  static final double TARGET = 0.99;

  @Test
  void accuracyOnBothHalvesOfTheRealCorpus() {
    List<RealCorpus.Labeled> all = RealCorpus.load();
    LanguageDetector detector = LanguageDetector.fromBundledProfiles();
    for (RealCorpus.Half half : RealCorpus.Half.values()) {
      List<RealCorpus.Labeled> docs = half.of(all);
      int right = 0;
      List<String> errors = new ArrayList<>();
      for (RealCorpus.Labeled doc : docs) {
        String detected = detector.detect(AnalyzedText.of(doc.title(), doc.text()));
        if (detected.equals(doc.language())) {
          right++;
        } else {
          errors.add(doc.id() + ": " + doc.language() + " -> " + detected);
        }
      }
      double accuracy = (double) right / docs.size();
      System.out.printf("language accuracy, %s: %.4f (%d/%d)%n", half.label(), accuracy, right, docs.size());
      errors.forEach(e -> System.out.println("  " + e));
      assertThat(accuracy).as(half.label()).isGreaterThanOrEqualTo(TARGET);
    }
  }

  @Test
  void titlesAloneAreMostlyRight() {
    // Titles are 5 to 20 words: the hard case for a profile detector, measured separately.
    List<RealCorpus.Labeled> docs = RealCorpus.load();
    LanguageDetector detector = LanguageDetector.fromBundledProfiles();
    int right = 0;
    for (RealCorpus.Labeled doc : docs) {
      if (detector.detect(AnalyzedText.of(doc.title(), "")).equals(doc.language())) {
        right++;
      } else {
        System.out.println("  title only: " + doc.language() + " <- " + doc.title());
      }
    }
    double accuracy = (double) right / docs.size();
    System.out.printf("language accuracy, titles only: %.4f (%d/%d)%n", accuracy, right, docs.size());
    assertThat(accuracy).isGreaterThanOrEqualTo(0.95);
  }
}
