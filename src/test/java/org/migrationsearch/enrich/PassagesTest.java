package org.migrationsearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassagesTest {

  @Test
  void theWholeSentenceAroundTheCueAbbreviationsIncluded() {
    String text = "Talks ended on Friday. Later, U.S. border agents recorded a record month at the border. Mr. Smith left.";
    assertThat(Passages.around(text, text.indexOf("agents")))
        .isEqualTo("Later, U.S. border agents recorded a record month at the border.");
  }

  @Test
  void aLongSentenceIsCutAroundTheCueAtWords() {
    String text = "Word ".repeat(100) + "asylum " + "word ".repeat(100) + "end.";
    String passage = Passages.around(text, text.indexOf("asylum"));
    assertThat(passage).contains("asylum").startsWith("\u2026").endsWith("\u2026");
    assertThat(passage.length()).isLessThanOrEqualTo(Passages.MAX_CHARS + 2);
    assertThat(passage.substring(1, passage.length() - 1)).doesNotStartWith(" ").matches("[A-Za-z ]+");
  }

  /** The loop answers as the regular expression {@code \\s+} replaced by one space did. */
  @Test
  void whiteSpaceIsThatOfTheRegularExpression() {
    StringBuilder every = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      every.append((char) c).append(c % 5 == 0 ? "  " : "").append(c % 11 == 0 ? "x\r\n\t" : "");
    }
    for (String text : List.of(every.toString(), "", " ", "a", " a \n\n b\u00a0c\u2028d\u0085e ", "\t\f\u000B")) {
      assertThat(Passages.oneLine(text, 0, text.length())).isEqualTo(text.replaceAll("\\s+", " "));
    }
  }
}
