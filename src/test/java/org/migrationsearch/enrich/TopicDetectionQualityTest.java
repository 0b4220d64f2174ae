package org.migrationsearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.migrationsearch.testing.MicroF1;
import org.migrationsearch.testing.RealCorpus;

/**
 * Measures topic detection against the labelled real corpus. The detector sees only title and
 * text; the labels are the truth. Skips when the corpus is absent.
 */
class TopicDetectionQualityTest {

  static final double REQUIRED_MICRO_F1 = 0.65;

  @Test
  void microF1OnRealCorpusMeetsTheBar() {
    List<RealCorpus.Labeled> docs = RealCorpus.load();
    TopicDetector detector = TopicDetector.standard();

    MicroF1 overall = new MicroF1();
    Map<String, MicroF1> perTopic = new TreeMap<>();
    for (String slug : detector.topics().slugs()) {
      perTopic.put(slug, new MicroF1());
    }
    for (RealCorpus.Labeled doc : docs) {
      List<String> predicted = detector.detect(AnalyzedText.of(doc.title(), doc.text()));
      overall.add(predicted, doc.topics());
      perTopic.forEach(
          (slug, score) ->
              score.add(
                  predicted.contains(slug) ? List.of(slug) : List.of(),
                  doc.topics().contains(slug) ? List.of(slug) : List.of()));
    }

    System.out.printf("Topic detection on %d documents: %s%n", docs.size(), overall);
    perTopic.forEach((slug, score) -> System.out.printf("  %-22s %s%n", slug, score));
    assertThat(overall.f1()).isGreaterThanOrEqualTo(REQUIRED_MICRO_F1);
  }
}
