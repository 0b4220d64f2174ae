package org.migrationsearch.enrich;

import java.util.Arrays;
import java.util.List;
import org.migrationsearch.corpus.Texts;

/**
 * Splits text into words for detection: runs of letters and digits; everything else separates.
 * "U.S." becomes [u, s] and "Guinea-Bissau" becomes [guinea, bissau], so phrases written the
 * same way in the resource files match by the same rule.
 */
public final class TextTokenizer {

  private TextTokenizer() {}

  public static List<Token> tokenize(String text) {
    int capacity = Math.max(16, text.length() / 6);
    Token[] tokens = new Token[capacity];
    int[] words = new int[capacity];
    int count = 0;
    Vocabulary vocabulary = Vocabulary.current();
    char[] folded = new char[32];
    // Read from a copy: most texts hold a curly quote or a dash, which makes them strings of
    // two-byte chars, and String.charAt on those checked its index char by char.
    char[] chars = text.toCharArray();
    int n = chars.length;
    int i = 0;
    while (i < n) {
      int cp = Character.codePointAt(chars, i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      boolean ascii = true;
      while (i < n) {
        cp = Character.codePointAt(chars, i);
        if (!isWordChar(cp)) {
          break;
        }
        ascii &= cp < 128;
        i += Character.charCount(cp);
      }
      String norm;
      int id;
      if (ascii) {
        // Folding ASCII is lower-casing it: done in place, and a word the vocabulary holds is
        // found without making a string of it.
        if (folded.length < i - start) {
          folded = new char[2 * (i - start)];
        }
        for (int k = start; k < i; k++) {
          folded[k - start] = lowerCaseAscii(chars[k]);
        }
        id = vocabulary.id(folded, i - start);
        norm = id >= 0 ? vocabulary.word(id) : null;
      } else {
        norm = Texts.fold(text.substring(start, i));
        id = vocabulary.id(norm);
        norm = id >= 0 ? vocabulary.word(id) : norm;
      }
      if (count == tokens.length) {
        tokens = Arrays.copyOf(tokens, count * 2);
        words = Arrays.copyOf(words, count * 2);
      }
      int word = id >= 0 ? id : -1 - vocabulary.size();
      tokens[count] = new Token(norm, text, start, i, word);
      words[count++] = word;
    }
    return new Tokens(tokens, words, count);
  }

  /** {@code text[start, end)}, all ASCII, lower-cased: its folded form. */
  static String lowerCaseAscii(String text, int start, int end) {
    char[] out = new char[end - start];
    lowerCaseAscii(text, start, end, out);
    return new String(out);
  }

  private static void lowerCaseAscii(String text, int start, int end, char[] out) {
    for (int k = start; k < end; k++) {
      out[k - start] = lowerCaseAscii(text.charAt(k));
    }
  }

  private static char lowerCaseAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * The answer of Unicode's tables for every char of the Basic Multilingual Plane, one bit each
   * (8 KB): curly quotes and dashes, frequent in these texts, took two look-ups in those tables
   * apiece, and so did every char above the surrogates' range (variation selectors, replacement
   * chars, full-width forms). A lone surrogate is no word char, as the tables say.
   */
  private static final long[] WORD_CHARS = new long[(Character.MAX_VALUE + 1) / 64];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (isWordCharByTables(c)) {
        WORD_CHARS[c >>> 6] |= 1L << c;
      }
    }
  }

  static boolean isWordChar(int cp) {
    return cp <= Character.MAX_VALUE ? (WORD_CHARS[cp >>> 6] & 1L << cp) != 0 : isWordCharByTables(cp);
  }

  private static boolean isWordCharByTables(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }
}
