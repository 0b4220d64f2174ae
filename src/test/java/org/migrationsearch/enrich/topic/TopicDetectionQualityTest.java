package org.migrationsearch.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationsearch.enrich.AnalyzedText;
import org.migrationsearch.testing.LabelQuality;
import org.migrationsearch.testing.RealCorpus.Half;
import org.migrationsearch.testing.RealCorpus;

/**
 * Topic detection on the two fixed halves of the labelled real corpus, labels hidden. Tuned on
 * the first half only. Skips when the corpus is absent.
 */
class TopicDetectionQualityTest {

  /**
   * Issue 8's target is 0.80 on the held-out half; measured 0.791 (tuning half 0.812), up from
   * 0.776 / 0.771. The floor guards the measured level, not the target, which is not reached yet.
   */
  static final double HELD_OUT_FLOOR = 0.785;
  static final double MAX_GAP = 0.03;
  /**
   * The weakest topics against issue 8's target of 0.6; measured climate-displacement 0.800 /
   * 0.600, data-statistics 0.667 / 0.667 (tuning / held out). Each half labels them on one to
   * seven documents, so one document moves their F1 by 0.1 or more: the floor catches a topic
   * that falls back below what it reached.
   */
  static final List<String> WEAKEST = List.of("data-statistics", "climate-displacement");
  static final double WEAKEST_HELD_OUT_FLOOR = 0.59;

  @Test
  void heldOutMicroF1MeetsTheTargetAndMatchesTheTuningHalf() {
    List<RealCorpus.Labeled> all = RealCorpus.load();
    TopicDetector detector = TopicDetector.standard();
    LabelQuality tuning = measure(detector, Half.TUNING.of(all));
    LabelQuality heldOut = measure(detector, Half.HELD_OUT.of(all));
    System.out.println("topic micro-F1, " + Half.TUNING.label() + ": " + tuning.overall());
    System.out.println("topic micro-F1, " + Half.HELD_OUT.label() + ": " + heldOut.overall());
    System.out.println("  topic errors on the tuning half:");
    tuning.printErrors(System.out, 0);
    System.out.println("  topic errors on the held-out half:");
    heldOut.printErrors(System.out, 0);
    for (String weak : WEAKEST) {
      System.out.printf("  %s F1: tuning %.3f, held out %.3f%n", weak, tuning.f1(weak), heldOut.f1(weak));
    }
    assertThat(heldOut.f1()).isGreaterThanOrEqualTo(HELD_OUT_FLOOR);
    for (String weak : WEAKEST) {
      assertThat(heldOut.f1(weak)).as(weak).isGreaterThanOrEqualTo(WEAKEST_HELD_OUT_FLOOR);
    }
    assertThat(Math.abs(tuning.f1() - heldOut.f1())).isLessThan(MAX_GAP);
  }

  private static LabelQuality measure(TopicDetector detector, List<RealCorpus.Labeled> docs) {
    return LabelQuality.measure(docs,
        d -> detector.detect(AnalyzedText.of(d.title(), d.text())), RealCorpus.Labeled::topics);
  }
}
