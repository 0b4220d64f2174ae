package org.migrationsearch.enrich;

import java.util.Arrays;

/**
 * Where sentences end in a text, so evidence can be counted per sentence. Deliberately rough: a
 * sentence ends at '.', '!', '?' or ';' followed by white space, and at every line break.
 * "U.S. policy" is split too, which only makes spread slightly easier to reach in such texts.
 */
public final class SentenceBreaks {

  private final int[] offsets;

  private SentenceBreaks(int[] offsets) {
    this.offsets = offsets;
  }

  public static SentenceBreaks of(String text) {
    int[] found = new int[Math.max(8, text.length() / 80)];
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (endsSentence(text, i)) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i;
      }
    }
    return new SentenceBreaks(Arrays.copyOf(found, count));
  }

  /** Whether the char at {@code i} ends a sentence by the rule above. */
  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    return c == '\n'
        || ((c == '.' || c == '!' || c == '?' || c == ';')
            && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
  }

  /**
   * The sentence of {@code text} that holds {@code offset}: the chars that {@link #sentenceAt}
   * puts in the same sentence, its final mark included. Found by reading from the offset to the
   * breaks on either side, for a detector that needs one or two sentences of a long text and not
   * all of its breaks.
   */
  public static String sentenceAround(String text, int offset) {
    int start = Math.min(offset, text.length());
    while (start > 0 && !endsSentence(text, start - 1)) {
      start--;
    }
    int end = offset;
    while (end < text.length() && !endsSentence(text, end)) {
      end++;
    }
    return text.substring(start, Math.min(end + 1, text.length()));
  }

  /** Index of the sentence holding the character at {@code offset}. */
  public int sentenceAt(int offset) {
    int pos = Arrays.binarySearch(offsets, offset);
    return pos >= 0 ? pos : -pos - 1;
  }
}
