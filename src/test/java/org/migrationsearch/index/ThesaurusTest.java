package org.migrationsearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThesaurusTest {

  private final Thesaurus thesaurus = Thesaurus.bundled();

  @Test
  void mapsBothWays() {
    assertThat(thesaurus.spanishFor("asylum")).containsExactly("asilo");
    assertThat(thesaurus.englishFor("asilo")).containsExactly("asylum");
    assertThat(thesaurus.spanishFor("deportations")).contains("deportaciones");
    assertThat(thesaurus.englishFor("deportaciones")).contains("deportation", "deportations");
  }

  @Test
  void spanishWithoutAccentsMapsLikeWithAccents() {
    assertThat(thesaurus.englishFor("migracion")).isEqualTo(thesaurus.englishFor("migración")).contains("migration");
  }

  @Test
  void unknownWordsHaveNoEquivalent() {
    assertThat(thesaurus.spanishFor("tractor")).isEmpty();
  }
}
