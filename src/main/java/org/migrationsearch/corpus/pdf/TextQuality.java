package org.migrationsearch.corpus.pdf;

import java.util.List;

/**
 * Recognises text that came out of fonts without a Unicode mapping: replacement characters,
 * private-use code points and control characters instead of letters, or runs of Latin letters
 * that do not look like words of any language (glyph numbers read as letters).
 */
final class TextQuality {

  /** Below this many letters a document has no usable text layer (a stray page number or mark). */
  static final int MIN_LETTERS = 3;
  private static final int MIN_UNMAPPED_TO_JUDGE = 20;
  private static final double MAX_UNMAPPED = 0.2;
  private static final double MAX_VOWELLESS_WORDS = 0.5;
  private static final int MIN_WORDS_TO_JUDGE = 30;

  private TextQuality() {}

  enum Verdict { GOOD, EMPTY, GARBLED }

  static Verdict judge(List<String> pages) {
    long letters = 0;
    long unmapped = 0;
    long visible = 0;
    long latinWords = 0;
    long vowelless = 0;
    for (String page : pages) {
      int wordLength = 0;
      boolean wordHasVowel = false;
      for (int i = 0; i < page.length(); i++) {
        char c = page.charAt(i);
        if (Character.isWhitespace(c)) {
          if (wordLength >= 4) {
            latinWords++;
            vowelless += wordHasVowel ? 0 : 1;
          }
          wordLength = 0;
          wordHasVowel = false;
          continue;
        }
        visible++;
        if (Character.isLetter(c)) {
          letters++;
        }
        if (c == '\uFFFD' || Character.getType(c) == Character.PRIVATE_USE || Character.isISOControl(c)) {
          unmapped++;
        }
        if (c < 0x80 && Character.isLetter(c)) {
          wordLength++;
          wordHasVowel |= "aeiouyAEIOUY".indexOf(c) >= 0;
        } else if (c >= 0x80 && Character.isLetter(c)) {
          // Accented letters and other scripts: the vowel test only applies to plain Latin words.
          wordLength = Integer.MIN_VALUE / 2;
        }
      }
      if (wordLength >= 4) {
        latinWords++;
        vowelless += wordHasVowel ? 0 : 1;
      }
    }
    if (letters < MIN_LETTERS) {
      return unmapped >= MIN_UNMAPPED_TO_JUDGE ? Verdict.GARBLED : Verdict.EMPTY;
    }
    if (unmapped > visible * MAX_UNMAPPED) {
      return Verdict.GARBLED;
    }
    if (latinWords >= MIN_WORDS_TO_JUDGE && vowelless > latinWords * MAX_VOWELLESS_WORDS) {
      return Verdict.GARBLED;
    }
    return Verdict.GOOD;
  }
}
