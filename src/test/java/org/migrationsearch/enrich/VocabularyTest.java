package org.migrationsearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void aWordKeepsItsNumberAsTheVocabularyGrows() {
    Vocabulary before = Vocabulary.including(List.of("vocabularytest-alpha", "vocabularytest-beta"));
    int alpha = before.id("vocabularytest-alpha");
    Vocabulary after = Vocabulary.including(List.of("vocabularytest-beta", "vocabularytest-gamma"));
    assertThat(alpha).isNotNegative();
    assertThat(after.id("vocabularytest-alpha")).isEqualTo(alpha);
    assertThat(after.word(alpha)).isEqualTo("vocabularytest-alpha");
    assertThat(after.size()).isEqualTo(before.size() + 1);
    assertThat(before.id("vocabularytest-gamma")).as("an earlier vocabulary is unchanged").isEqualTo(-1);
    assertThat(after.id("vocabularytest-gamma")).isEqualTo(before.size());
  }

  @Test
  void charsAndStringsFindTheSameWords() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      words.add("vocabularytest" + i);
    }
    Vocabulary vocabulary = Vocabulary.including(words);
    for (String word : words) {
      int id = vocabulary.id(word);
      assertThat(vocabulary.word(id)).isEqualTo(word);
      char[] chars = (word + "tail").toCharArray();
      assertThat(vocabulary.id(chars, word.length())).isEqualTo(id);
    }
    assertThat(vocabulary.id("vocabularytest-unknown")).isEqualTo(-1);
    assertThat(vocabulary.id("vocabularytest".toCharArray(), 10)).isEqualTo(-1);
  }

  @Test
  void aTokenReadBeforeAMatcherKnewItsWordIsStillMatched() {
    List<Token> tokens = TextTokenizer.tokenize("an unheard-of vocabularytestword");
    assertThat(wordIn(tokens, 3, Vocabulary.current())).isEqualTo(-1);
    PhraseMatcher<String> matcher = PhraseMatcher.<String>builder().add("vocabularytestword", "found").build();
    assertThat(wordIn(tokens, 3, Vocabulary.current())).isNotNegative();
    assertThat(matcher.findAll(tokens)).extracting(PhraseMatcher.Match::start).containsExactly(3);
  }

  /** The vocabulary number a matcher reads for the token at {@code index}. */
  private static int wordIn(List<Token> tokens, int index, Vocabulary vocabulary) {
    return Tokens.wordIn(Tokens.encodedWords(tokens)[index], tokens, index, vocabulary);
  }
}
