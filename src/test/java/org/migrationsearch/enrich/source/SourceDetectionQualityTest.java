package org.migrationsearch.enrich.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.migrationsearch.testing.RealCorpus;

/**
 * Sources credited in the texts of the real corpus, against its labelled sources. The rule is
 * "empty rather than wrong", so what is measured is how often a detected source is wrong.
 * Skipped when the corpus is absent.
 */
class SourceDetectionQualityTest {

  /** Wrong sources allowed per hundred documents given one. */
  static final double MAX_WRONG_SHARE = 0.05;

  @Test
  void aDetectedSourceIsAlmostNeverWrong() {
    List<RealCorpus.Labeled> all = RealCorpus.load();
    SourceDetector detector = SourceDetector.instance();
    for (RealCorpus.Half half : RealCorpus.Half.values()) {
      int given = 0;
      int wrong = 0;
      Map<String, Integer> errors = new TreeMap<>();
      for (RealCorpus.Labeled doc : half.of(all)) {
        Optional<String> source = detector.detect(doc.text());
        if (source.isEmpty()) {
          continue;
        }
        given++;
        String label = doc.source() == null ? "" : doc.source();
        if (!label.startsWith(source.get()) && !source.get().startsWith(label)) {
          wrong++;
          errors.merge(label + " -> " + source.get(), 1, Integer::sum);
        }
      }
      System.out.printf("source, %s: given for %d documents, wrong for %d%n", half.label(), given, wrong);
      errors.forEach((k, v) -> System.out.printf("  %3d  %s%n", v, k));
      assertThat(given == 0 ? 0 : (double) wrong / given).as(half.label()).isLessThanOrEqualTo(MAX_WRONG_SHARE);
    }
  }
}
