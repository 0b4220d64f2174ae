package org.migrationsearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled concept thesaurus: loads, and finds names in query words. */
class ConceptThesaurusTest {

  private final ConceptThesaurus thesaurus = ConceptThesaurus.bundled();

  @Test
  void loadsEveryLineAsAConceptWithSeveralNames() {
    assertThat(thesaurus.size()).isGreaterThanOrEqualTo(60);
  }

  @Test
  void findsAProgrammeNicknameAndOffersItsOfficialNameAndAcronym() {
    List<String> words = ConceptThesaurus.words("Remain in Mexico policy");
    List<ConceptThesaurus.Match> found = thesaurus.find(words);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).start()).isZero();
    assertThat(found.get(0).end()).isEqualTo(3);
    assertThat(found.get(0).alternatives()).contains("Migrant Protection Protocols", "MPP")
        .doesNotContain("Remain in Mexico");
  }

  @Test
  void acronymsExpandToTheirNamesAndBack() {
    assertThat(thesaurus.find(ConceptThesaurus.words("TPS")).get(0).alternatives())
        .contains("Temporary Protected Status");
    assertThat(thesaurus.find(ConceptThesaurus.words("temporary protected status")).get(0).alternatives())
        .contains("TPS");
  }

  @Test
  void namesInOtherLanguagesAndWithoutAccentsMatch() {
    assertThat(thesaurus.find(ConceptThesaurus.words("oficinas de movilidad segura")).get(0).alternatives())
        .contains("Safe Mobility Offices");
    assertThat(thesaurus.find(ConceptThesaurus.words("acuerdo de tercer pais seguro"))).singleElement()
        .satisfies(m -> assertThat(m.alternatives()).contains("safe third country"));
  }

  @Test
  void theLongestNameWinsAndWordsOutsideNamesAreLeftAlone() {
    List<ConceptThesaurus.Match> found = thesaurus.find(ConceptThesaurus.words("new Temporary Protected Status rules"));
    assertThat(found).singleElement().satisfies(m -> {
      assertThat(m.start()).isEqualTo(1);
      assertThat(m.end()).isEqualTo(4);
    });
    assertThat(thesaurus.find(ConceptThesaurus.words("tractor trailer"))).isEmpty();
  }

  @Test
  void aNameOnTwoLinesIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConceptThesaurus.load("/concepts-duplicate.txt"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("already a name on line 1");
  }
}
