package org.migrationsearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationsearch.testing.LabelQuality;
import org.migrationsearch.testing.RealCorpus;
import org.migrationsearch.testing.RealCorpus.Half;

/**
 * Country detection on the two fixed halves of the labelled real corpus, labels hidden: only
 * title and text reach the detector. The rules were tuned on the first half; the second shows
 * whether they generalise. Skips when ../shared/corpus-real is absent.
 */
class CountryDetectionQualityTest {

  /**
   * Measured 0.910 held out and 0.905 tuning after issue 8 (0.909 and 0.879 before): the floors
   * sit 0.01 below, so that a change which loses a few labels on either half fails here.
   */
  static final double HELD_OUT_FLOOR = 0.90;
  static final double TUNING_FLOOR = 0.895;
  /** Issue 8: the halves within 0.03 of each other, so the rules generalise (measured 0.005). */
  static final double MAX_GAP = 0.03;

  @Test
  void heldOutMicroF1MeetsTheTargetAndMatchesTheTuningHalf() {
    List<RealCorpus.Labeled> all = RealCorpus.load();
    CountryDetector detector = new CountryDetector();
    LabelQuality tuning = measure(detector, Half.TUNING.of(all));
    LabelQuality heldOut = measure(detector, Half.HELD_OUT.of(all));
    System.out.println("country micro-F1, " + Half.TUNING.label() + ": " + tuning.overall());
    System.out.println("country micro-F1, " + Half.HELD_OUT.label() + ": " + heldOut.overall());
    System.out.println("  country errors on the held-out half:");
    heldOut.printErrors(System.out, 1);
    assertThat(heldOut.f1()).isGreaterThanOrEqualTo(HELD_OUT_FLOOR);
    assertThat(tuning.f1()).isGreaterThanOrEqualTo(TUNING_FLOOR);
    assertThat(Math.abs(tuning.f1() - heldOut.f1())).isLessThan(MAX_GAP);
  }

  private static LabelQuality measure(CountryDetector detector, List<RealCorpus.Labeled> docs) {
    return LabelQuality.measure(docs,
        d -> detector.detect(AnalyzedText.of(d.title(), d.text())), RealCorpus.Labeled::countries);
  }
}
