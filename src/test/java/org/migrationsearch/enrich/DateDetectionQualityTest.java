package org.migrationsearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migrationsearch.testing.RealCorpus;

/** Date detection against the dated documents of the real corpus; skipped when it is absent. */
class DateDetectionQualityTest {

  /**
   * Measured 0.0746 (15/201): White House pages do not state their own date in the text, and
   * the dates they do state mostly refer to earlier events. The floor is that minus a margin.
   */
  private static final double FLOOR = 0.06;

  @Test
  void agreementWithTheLabelledDates() {
    DateDetector detector = DateDetector.instance();
    int dated = 0;
    int found = 0;
    int equal = 0;
    for (RealCorpus.Labeled doc : RealCorpus.load()) {
      if (doc.date() == null || doc.date().isBlank()) {
        continue;
      }
      dated++;
      Optional<String> detected = detector.detect(AnalyzedText.of(doc.title(), doc.text()));
      if (detected.isPresent()) {
        found++;
        if (detected.get().equals(doc.date())) {
          equal++;
        } else {
          System.out.println("  " + doc.date() + " -> " + detected.get() + ": " + doc.title());
        }
      }
    }
    double agreement = (double) equal / dated;
    System.out.printf(
        "date agreement: %.4f (%d/%d dated documents); detected in %d, of which %d equal (%.4f)%n",
        agreement, equal, dated, found, equal, found == 0 ? 0.0 : (double) equal / found);
    assertThat(agreement).isGreaterThanOrEqualTo(FLOOR);
  }
}
