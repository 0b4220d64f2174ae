package org.migrationsearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTokenizerTest {

  /** The table of chars answers as Unicode's tables do. */
  @Test
  void wordCharsAreLettersDigitsAndMarks() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x20000 ? 1 : 97) {
      assertThat(TextTokenizer.isWordChar(cp)).as("U+%04X", cp)
          .isEqualTo(Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK);
    }
  }

  @Test
  void wordsAreRunsOfLettersAndDigitsFolded() {
    assertThat(TextTokenizer.tokenize("U.S. Guinea-Bissau, Migración 2024 naïve"))
        .extracting(Token::norm).containsExactly("u", "s", "guinea", "bissau", "migracion", "2024", "naive");
  }

  /** Words the vocabulary holds and words it does not are folded alike, and read as written. */
  @Test
  void knownAndUnknownWordsFoldAlike() {
    PhraseMatcher.<String>builder().add("asylum", "a").build();
    List<Token> tokens = TextTokenizer.tokenize("ASYLUM Asylum asylum Asylumz MIGRACIÓN");
    assertThat(tokens).extracting(Token::norm).containsExactly("asylum", "asylum", "asylum", "asylumz", "migracion");
    assertThat(tokens).extracting(Token::surface).containsExactly("ASYLUM", "Asylum", "asylum", "Asylumz", "MIGRACIÓN");
    assertThat(tokens.get(0).norm()).isSameAs(tokens.get(1).norm());
    Vocabulary vocabulary = Vocabulary.current();
    assertThat(wordIn(tokens, 0, vocabulary)).isNotNegative().isEqualTo(wordIn(tokens, 2, vocabulary));
    assertThat(wordIn(tokens, 3, vocabulary)).isEqualTo(-1);
    assertThat(tokens.get(1).isWritten("Asylum")).isTrue();
    assertThat(tokens.get(1).isWritten("asylum")).isFalse();
  }

  @Test
  void numbersAreWordsOfDigitsHoweverWritten() {
    List<Token> tokens = TextTokenizer.tokenize("2024 \uff11\uff12 a1 1\u0301 B2B");
    assertThat(tokens).extracting(Token::isDigits).containsExactly(true, true, false, true, false);
  }

  @Test
  void theTokensOfATextReadAlikeByIndexIteratorAndStream() {
    List<Token> tokens = TextTokenizer.tokenize("Asylum seekers crossed the border in 2024.");
    List<String> byIndex = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      byIndex.add(tokens.get(i).norm());
    }
    List<String> iterated = new ArrayList<>();
    for (Token t : tokens) {
      iterated.add(t.norm());
    }
    List<String> each = new ArrayList<>();
    tokens.forEach(t -> each.add(t.norm()));
    assertThat(byIndex).containsExactly("asylum", "seekers", "crossed", "the", "border", "in", "2024");
    assertThat(iterated).isEqualTo(byIndex).isEqualTo(each).isEqualTo(tokens.stream().map(Token::norm).toList());
    assertThat(tokens.subList(4, 7)).extracting(Token::norm).containsExactly("border", "in", "2024");
    assertThatThrownBy(() -> tokens.get(7)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> tokens.add(tokens.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** The vocabulary number a matcher reads for the token at {@code index}. */
  private static int wordIn(List<Token> tokens, int index, Vocabulary vocabulary) {
    return Tokens.wordIn(Tokens.encodedWords(tokens)[index], tokens, index, vocabulary);
  }
}
