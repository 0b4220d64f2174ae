package org.migrationsearch.enrich;

import java.util.Arrays;

/**
 * Where sentences end in a text, so evidence can be counted per sentence. Deliberately rough: a
 * sentence ends at '.', '!', '?' or ';' followed by white space, and at every line break.
 * "U.S. policy" is split too, which only makes spread slightly easier to reach in such texts.
 */
final class SentenceBreaks {

  private final int[] offsets;

  private SentenceBreaks(int[] offsets) {
    this.offsets = offsets;
  }

  static SentenceBreaks of(String text) {
    int[] found = new int[Math.max(8, text.length() / 80)];
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end =
          c == '\n'
              || ((c == '.' || c == '!' || c == '?' || c == ';')
                  && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
      if (end) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i;
      }
    }
    return new SentenceBreaks(Arrays.copyOf(found, count));
  }

  /** Index of the sentence holding the character at {@code offset}. */
  int sentenceAt(int offset) {
    int pos = Arrays.binarySearch(offsets, offset);
    return pos >= 0 ? pos : -pos - 1;
  }

  /** The sentence of {@code text} (the text this was built from) that holds {@code offset}. */
  String sentence(String text, int offset) {
    int index = sentenceAt(offset);
    int from = index == 0 ? 0 : offsets[index - 1] + 1;
    int to = index < offsets.length ? offsets[index] : text.length();
    return text.substring(from, to);
  }
}
