package org.migrationsearch.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicEvidenceTest {

  /** Evidence of cues weighing 2 each, given as {word, sentence} pairs in text order. */
  private static TopicEvidence evidence(int[]... cues) {
    TopicEvidence e = new TopicEvidence(300, 1.0);
    for (int[] cue : cues) {
      e.add(cue[0], cue[1], 2.0);
    }
    return e;
  }

  @Test
  void cuesFarApartInOneSentenceAreTwoPlaces() {
    assertThat(evidence(new int[] {3, 0}, new int[] {3 + TopicEvidence.PLACE_SPAN, 0}).places()).isEqualTo(2);
  }

  @Test
  void cuesCloseTogetherInOneSentenceAreOnePlace() {
    assertThat(evidence(new int[] {3, 0}, new int[] {2 + TopicEvidence.PLACE_SPAN, 0}).places()).isEqualTo(1);
  }

  @Test
  void eachSentenceIsAPlaceOfItsOwn() {
    TopicEvidence e = evidence(new int[] {3, 0}, new int[] {5, 1});
    assertThat(e.places()).isEqualTo(2);
    assertThat(e.total()).isEqualTo(4.0);
  }
}
