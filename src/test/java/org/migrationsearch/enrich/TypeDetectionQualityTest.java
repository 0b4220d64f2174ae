package org.migrationsearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migrationsearch.testing.RealCorpus;

/** Type detection against the labelled real corpus; skipped when the corpus is absent. */
class TypeDetectionQualityTest {

  /** Measured 0.972 (278/286); the floor leaves room for a few changed labels, not for a regression. */
  private static final double FLOOR = 0.94;

  @Test
  void accuracyOnTheRealCorpus() {
    var docs = RealCorpus.load();
    TypeDetector detector = TypeDetector.fromBundledCues();
    int right = 0;
    Map<String, Integer> confusion = new TreeMap<>();
    for (RealCorpus.Labeled doc : docs) {
      String detected = detector.detect(AnalyzedText.of(doc.title(), doc.text()));
      if (detected.equals(doc.type())) {
        right++;
      } else {
        confusion.merge(doc.type() + " -> " + detected, 1, Integer::sum);
        System.out.println("  " + doc.type() + " -> " + detected + ": " + doc.title());
      }
    }
    double accuracy = (double) right / docs.size();
    System.out.printf("type accuracy: %.4f (%d/%d)%n", accuracy, right, docs.size());
    System.out.println("most common errors (label -> detected):");
    confusion.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(10)
        .collect(Collectors.toList())
        .forEach(e -> System.out.printf("  %3d  %s%n", e.getValue(), e.getKey()));
    assertThat(accuracy).isGreaterThanOrEqualTo(FLOOR);
  }
}
