package org.migrationsearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.corpus.LabelReason;

/** Every country and topic comes with why it was assigned. */
class LabelReasonsTest {

  private static final String TEXT = "The White House announced new measures on Tuesday. The White House said "
      + "the United States will expand refugee resettlement for Afghan refugees who worked with U.S. forces. "
      + "Refugee admissions will rise in the coming year, and resettlement agencies will receive more funding. "
      + "Asylum seekers at the border will have their asylum claims heard faster.";

  @Test
  void detectedLabelsCarryTheirCueAndSentence() {
    Document d = Enricher.standard().enrich(new Document("x", "x.txt", "Expanding refugee resettlement", null, null,
        null, null, null, List.of(), List.of(), TEXT));
    assertThat(d.labelReasons().countries()).extracting(LabelReason::value).isEqualTo(d.countries());
    assertThat(d.labelReasons().topics()).extracting(LabelReason::value).isEqualTo(d.topics());
    LabelReason us = d.labelReasons().countries().stream().filter(r -> r.value().equals("US")).findFirst().orElseThrow();
    assertThat(us.origin()).isEqualTo("detected");
    assertThat(us.cue()).isEqualTo("issuer");
    assertThat(us.evidence()).contains("White House");
    LabelReason af = d.labelReasons().countries().stream().filter(r -> r.value().equals("AF")).findFirst().orElseThrow();
    assertThat(af.cue()).isEqualTo("passage");
    assertThat(af.evidence()).contains("Afghan refugees").doesNotContain("Tuesday");
    LabelReason refugees = d.labelReasons().topics().stream().filter(r -> r.value().equals("refugees")).findFirst().orElseThrow();
    assertThat(refugees.evidence()).isNotBlank();
  }

  @Test
  void declaredLabelsSaySo() {
    Document d = Enricher.standard().enrich(new Document("x", "x.txt", "A note", null, null, null, null, null,
        List.of("Mexico"), List.of("asylum"), TEXT));
    assertThat(d.labelReasons().countries()).containsExactly(LabelReason.declared("MX"));
    assertThat(d.labelReasons().topics()).containsExactly(LabelReason.declared("asylum"));
  }
}
