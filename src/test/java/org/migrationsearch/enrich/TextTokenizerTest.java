package org.migrationsearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTokenizerTest {

  /** The ASCII shortcut answers as Unicode's tables do. */
  @Test
  void asciiWordCharsAreLettersAndDigits() {
    for (int cp = 0; cp < 128; cp++) {
      assertThat(TextTokenizer.isWordChar(cp)).as("U+%04X", cp)
          .isEqualTo(Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK);
    }
  }

  @Test
  void wordsAreRunsOfLettersAndDigitsFolded() {
    assertThat(TextTokenizer.tokenize("U.S. Guinea-Bissau, Migración 2024 naïve"))
        .extracting(Token::norm).containsExactly("u", "s", "guinea", "bissau", "migracion", "2024", "naive");
  }
}
