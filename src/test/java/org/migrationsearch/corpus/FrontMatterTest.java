package org.migrationsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

  @Test
  void parsesKeysListsAndQuotes() throws Exception {
    FrontMatter fm = FrontMatter.parse("---\nTitle: \"A: B\"\ncountries: [MX, 'GT', US]\ntopics: asylum, refugees\n---\nBody\n");
    assertThat(fm.values()).containsEntry("title", "A: B");
    assertThat(FrontMatter.list(fm.values().get("countries"))).containsExactly("MX", "GT", "US");
    assertThat(FrontMatter.list(fm.values().get("topics"))).containsExactly("asylum", "refugees");
    assertThat(fm.body()).isEqualTo("Body\n");
  }

  @Test
  void noBlockLeavesTheTextWhole() throws Exception {
    FrontMatter fm = FrontMatter.parse("# Title\n\ntext --- with dashes");
    assertThat(fm.values()).isEmpty();
    assertThat(fm.body()).isEqualTo("# Title\n\ntext --- with dashes");
  }

  @Test
  void emptyListIsEmpty() {
    assertThat(FrontMatter.list("[]")).isEmpty();
    assertThat(FrontMatter.list(null)).isEmpty();
  }
}
