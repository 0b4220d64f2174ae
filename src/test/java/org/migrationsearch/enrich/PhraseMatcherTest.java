package org.migrationsearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

  private final PhraseMatcher<String> matcher = PhraseMatcher.<String>builder()
      .add("Guinea", "GN")
      .add("Guinea-Bissau", "GW")
      .add("Papua New Guinea", "PG")
      .add("U.S.", "US")
      .add("México", "MX")
      .build();

  private List<String> found(String text) {
    return matcher.findAll(TextTokenizer.tokenize(text)).stream().flatMap(m -> m.values().stream()).toList();
  }

  @Test
  void longestPhraseWinsAndIsNotReadAgainInside() {
    assertThat(found("Papua New Guinea and Guinea-Bissau, not Guinea")).containsExactly("PG", "GW", "GN");
  }

  @Test
  void punctuationCaseAndAccentsAreFolded() {
    assertThat(found("the u.s. and MEXICO")).containsExactly("US", "MX");
  }

  @Test
  void matchesGiveTokenPositions() {
    var m = matcher.findAll(TextTokenizer.tokenize("Aid to Papua New Guinea")).get(0);
    assertThat(m.start()).isEqualTo(2);
    assertThat(m.end()).isEqualTo(5);
    assertThat(matcher.size()).isEqualTo(5);
  }

  @Test
  void tokenizerKeepsOffsetsAndSurfaceForms() {
    List<Token> tokens = TextTokenizer.tokenize("Migración, EE.UU.");
    assertThat(tokens).extracting(Token::norm).containsExactly("migracion", "ee", "uu");
    assertThat(tokens.get(0).surface()).isEqualTo("Migración");
    assertThat(tokens.get(0).start()).isZero();
    assertThat(tokens.get(0).end()).isEqualTo(9);
    assertThat(tokens.get(1).isAllUpperCase()).isTrue();
  }

  @Test
  void matchesStopAtTheLastTokenOfTheList() {
    // A tokenizer's arrays have room past the last token, where unused slots read as the word
    // numbered 0; a matcher of that word must still find nothing in a text without it.
    String wordZero = Vocabulary.current().word(0);
    PhraseMatcher<String> zero = PhraseMatcher.<String>builder().add(wordZero, "zero").build();
    List<Token> tokens = TextTokenizer.tokenize("qqxv wwzk");
    assertThat(tokens).hasSize(2);
    assertThat(zero.findAll(tokens)).isEmpty();
    assertThat(zero.findAll(TextTokenizer.tokenize("qqxv " + wordZero))).extracting(PhraseMatcher.Match::start)
        .containsExactly(1);
  }
}
