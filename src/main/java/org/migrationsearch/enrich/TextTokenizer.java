package org.migrationsearch.enrich;

import java.util.ArrayList;
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
    List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 6));
    Vocabulary vocabulary = Vocabulary.current();
    char[] folded = new char[32];
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      boolean ascii = true;
      while (i < n) {
        cp = text.codePointAt(i);
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
        lowerCaseAscii(text, start, i, folded);
        id = vocabulary.id(folded, i - start);
        norm = id >= 0 ? vocabulary.word(id) : null;
      } else {
        norm = Texts.fold(text.substring(start, i));
        id = vocabulary.id(norm);
        norm = id >= 0 ? vocabulary.word(id) : norm;
      }
      tokens.add(new Token(norm, text, start, i, id >= 0 ? id : -1 - vocabulary.size()));
    }
    return tokens;
  }

  /** {@code text[start, end)}, all ASCII, lower-cased: its folded form. */
  static String lowerCaseAscii(String text, int start, int end) {
    char[] out = new char[end - start];
    lowerCaseAscii(text, start, end, out);
    return new String(out);
  }

  private static void lowerCaseAscii(String text, int start, int end, char[] out) {
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      out[k - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
  }

  /**
   * The answer of Unicode's tables for every char below the surrogates' range, one bit each:
   * curly quotes and dashes, frequent in these texts, took two look-ups in those tables apiece.
   */
  private static final long[] WORD_CHARS = new long[Character.MIN_SURROGATE / 64];

  static {
    for (int c = 0; c < Character.MIN_SURROGATE; c++) {
      if (isWordCharByTables(c)) {
        WORD_CHARS[c >>> 6] |= 1L << c;
      }
    }
  }

  static boolean isWordChar(int cp) {
    return cp < Character.MIN_SURROGATE ? (WORD_CHARS[cp >>> 6] & 1L << cp) != 0 : isWordCharByTables(cp);
  }

  private static boolean isWordCharByTables(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }
}
