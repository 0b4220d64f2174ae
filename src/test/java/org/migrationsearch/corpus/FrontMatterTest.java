package org.migrationsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void yamlBlockListsAndCommentsWork() throws Exception {
    FrontMatter fm = FrontMatter.parse("---\ntitle: Joint statement  # the short title\ncountries:\n  - US\n  - MX\n"
        + "  - \"GT\"\ntopics:\n- asylum\ndate: 2022-06-10\n---\nBody");
    assertThat(fm.values()).containsEntry("title", "Joint statement").containsEntry("date", "2022-06-10");
    assertThat(FrontMatter.list(fm.values().get("countries"))).containsExactly("US", "MX", "GT");
    assertThat(FrontMatter.list(fm.values().get("topics"))).containsExactly("asylum");
    assertThat(fm.body()).isEqualTo("Body");
  }

  @Test
  void plainKeyValueLinesThatAreNotYamlStillRead() throws Exception {
    FrontMatter fm = FrontMatter.parse("---\ntitle: Migration: a new pact\nsource: EU\n---\ntext");
    assertThat(fm.values()).containsEntry("title", "Migration: a new pact").containsEntry("source", "EU");
  }

  @Test
  void brokenYamlIsAClearErrorWithItsLine() {
    assertThatThrownBy(() -> FrontMatter.parse("---\ntitle: x\ncountries: [US, MX\nnot a key\n---\ntext"))
        .isInstanceOf(CorpusFileException.class).hasMessageContaining("line");
  }

  @Test
  void emptyBlockHasNoValues() throws Exception {
    assertThat(FrontMatter.parse("---\n---\nBody").values()).isEmpty();
  }

  @Test
  void norwayStaysACountryCode() throws Exception {
    FrontMatter fm = FrontMatter.parse("---\ncountries:\n  - NO\n  - ES\nlanguage: no\ndate: 2021\n---\nBody");
    assertThat(FrontMatter.list(fm.values().get("countries"))).containsExactly("NO", "ES");
    assertThat(fm.values()).containsEntry("language", "no").containsEntry("date", "2021");
  }
}
