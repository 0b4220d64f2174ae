package org.migrationsearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

  @Test
  void sentencesEndAtMarksBeforeSpaceAndAtLineBreaks() {
    String text = "U.S. policy changed. Is it new? Yes; it is\nA new line.";
    assertThat(SentenceBreaks.sentenceAround(text, 0)).isEqualTo("U.S.");
    assertThat(SentenceBreaks.sentenceAround(text, 5)).isEqualTo(" policy changed.");
    assertThat(SentenceBreaks.sentenceAround(text, text.indexOf("new?"))).isEqualTo(" Is it new?");
    assertThat(SentenceBreaks.sentenceAround(text, text.indexOf("it is"))).isEqualTo(" it is\n");
    assertThat(SentenceBreaks.sentenceAround(text, text.length() - 1)).isEqualTo("A new line.");
    SentenceBreaks breaks = SentenceBreaks.of(text);
    assertThat(breaks.sentenceAt(0)).isEqualTo(breaks.sentenceAt(3)).isLessThan(breaks.sentenceAt(5));
  }

  /**
   * Reading around an offset gives the chars that all of the text's breaks put in the offset's
   * sentence, at every offset.
   */
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
        int index = breaks.sentenceAt(offset);
        int start = offset;
        while (start > 0 && breaks.sentenceAt(start - 1) == index) {
          start--;
        }
        int end = offset + 1;
        while (end < text.length() && breaks.sentenceAt(end) == index) {
          end++;
        }
        assertThat(SentenceBreaks.sentenceAround(text, offset)).as("%s at %d", text, offset)
            .isEqualTo(text.substring(start, end));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10_000);
  }
}
