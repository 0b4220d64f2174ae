package org.migrationsearch.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The measures on rankings small enough to work out by hand. */
class MeasuresTest {

  private static final org.assertj.core.data.Offset<Double> CLOSE = within(1e-6);

  @Test
  void threeOfFourRelevantAtRanksOneThreeAndFive() {
    Measures m = Measures.of(List.of("a", "x", "b", "y", "c"), Set.of("a", "b", "c", "d"));
    // DCG = 1/log2(2) + 1/log2(4) + 1/log2(6); ideal DCG has four relevant at ranks 1-4.
    double dcg = 1 + 0.5 + 1 / (Math.log(6) / Math.log(2));
    double ideal = 1 + 1 / (Math.log(3) / Math.log(2)) + 0.5 + 1 / (Math.log(5) / Math.log(2));
    assertThat(m.ndcg10()).isCloseTo(dcg / ideal, CLOSE).isCloseTo(0.736591, within(1e-5));
    assertThat(m.recall10()).isCloseTo(0.75, CLOSE);
    assertThat(m.mrr10()).isCloseTo(1.0, CLOSE);
    // Precision at each relevant hit: 1/1, 2/3, 3/5; the one never found counts as 0.
    assertThat(m.averagePrecision()).isCloseTo((1 + 2.0 / 3 + 3.0 / 5) / 4, CLOSE);
    assertThat(m.recall100()).isCloseTo(0.75, CLOSE);
  }

  @Test
  void aRelevantDocumentAtRankElevenCountsOnlyForRecallAtHundredAndAveragePrecision() {
    List<String> ranking = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ranking.add("n" + i);
    }
    ranking.add("r");
    Measures m = Measures.of(ranking, Set.of("r"));
    assertThat(m.ndcg10()).isZero();
    assertThat(m.recall10()).isZero();
    assertThat(m.mrr10()).isZero();
    assertThat(m.averagePrecision()).isCloseTo(1.0 / 11, CLOSE);
    assertThat(m.recall100()).isCloseTo(1.0, CLOSE);
  }

  @Test
  void idealDcgStopsAtTenEvenWithMoreRelevantDocuments() {
    List<String> ranking = new ArrayList<>();
    Set<String> relevant = new java.util.HashSet<>();
    for (int i = 0; i < 12; i++) {
      ranking.add("r" + i);
      relevant.add("r" + i);
    }
    Measures m = Measures.of(ranking, relevant);
    assertThat(m.ndcg10()).isCloseTo(1.0, CLOSE);
    assertThat(m.recall10()).isCloseTo(10.0 / 12, CLOSE);
    assertThat(m.averagePrecision()).isCloseTo(1.0, CLOSE);
  }

  @Test
  void secondRankGivesHalfReciprocalRank() {
    Measures m = Measures.of(List.of("x", "a"), Set.of("a"));
    assertThat(m.mrr10()).isCloseTo(0.5, CLOSE);
    assertThat(m.ndcg10()).isCloseTo(1 / (Math.log(3) / Math.log(2)), CLOSE);
  }

  @Test
  void meanAveragesEachMeasure() {
    Measures mean = Measures.mean(List.of(new Measures(1, 0, 1, 0.5, 1), new Measures(0, 1, 0, 0.25, 0)));
    assertThat(mean).isEqualTo(new Measures(0.5, 0.5, 0.5, 0.375, 0.5));
  }

  @Test
  void aQueryWithoutRelevantDocumentsIsRefused() {
    assertThatThrownBy(() -> Measures.of(List.of("a"), Set.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
