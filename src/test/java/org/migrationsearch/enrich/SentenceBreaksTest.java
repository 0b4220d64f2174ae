package org.migrationsearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

  @Test
  void sentencesEndAtMarksBeforeSpaceAndAtLineBreaks() {
    String text = "U.S. policy changed. Is it new? Yes; it is\nA new line.";
    SentenceBreaks breaks = SentenceBreaks.of(text);
    assertThat(breaks.sentence(text, 0)).isEqualTo("U.S.");
    assertThat(breaks.sentence(text, 5)).isEqualTo(" policy changed.");
    assertThat(breaks.sentence(text, text.indexOf("new?"))).isEqualTo(" Is it new?");
    assertThat(breaks.sentence(text, text.indexOf("it is"))).isEqualTo(" it is\n");
    assertThat(breaks.sentence(text, text.length() - 1)).isEqualTo("A new line.");
  }

  /** Reading around an offset gives the sentence that all of the text's breaks give, at every offset. */
  @Test
  void theSentenceAroundAnOffsetIsTheOneOfAllTheBreaks() {
    String[] pieces = {"word", "U.S.", "a.b", ".", "!", "?", ";", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u2003",
        "2024.", "end.", "x;y", "", "¿qué?"};
    Random random = new Random(12);
    int checked = 0;
    for (int doc = 0; doc < 2000; doc++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0, n = random.nextInt(30); i < n; i++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      SentenceBreaks breaks = SentenceBreaks.of(text);
      for (int offset = 0; offset < text.length(); offset++) {
        assertThat(SentenceBreaks.sentenceAround(text, offset)).as("%s at %d", text, offset)
            .isEqualTo(breaks.sentence(text, offset));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10_000);
  }
}
