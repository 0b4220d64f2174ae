package org.migrationsearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationsearch.testing.RealCorpus;

/** Type detection against the labelled real corpus; skipped when the corpus is absent. */
class TypeDetectionQualityTest {

  /** Measured 0.986 tuning and 0.965 held out (issue 8); the floor sits 0.01 below the lower. */
  private static final double FLOOR = 0.955;

  @Test
  void accuracyOnBothHalvesOfTheRealCorpus() {
    List<RealCorpus.Labeled> all = RealCorpus.load();
    TypeDetector detector = TypeDetector.fromBundledCues();
    for (RealCorpus.Half half : RealCorpus.Half.values()) {
      List<RealCorpus.Labeled> docs = half.of(all);
      int right = 0;
      Map<String, Integer> confusion = new TreeMap<>();
      for (RealCorpus.Labeled doc : docs) {
        String detected = detector.detect(AnalyzedText.of(doc.title(), doc.text()));
        if (detected.equals(doc.type())) {
          right++;
        } else {
          confusion.merge(doc.type() + " -> " + detected, 1, Integer::sum);
        }
      }
      double accuracy = (double) right / docs.size();
      System.out.printf("type accuracy, %s: %.4f (%d/%d)%n", half.label(), accuracy, right, docs.size());
      confusion.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .forEach(e -> System.out.printf("  %3d  %s%n", e.getValue(), e.getKey()));
      assertThat(accuracy).as(half.label()).isGreaterThanOrEqualTo(FLOOR);
    }
  }
}
