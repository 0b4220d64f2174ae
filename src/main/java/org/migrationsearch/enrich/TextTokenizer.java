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

  static boolean isWordChar(int cp) {
    if (cp < 128) {
      // Most of the text: the same answer as below, without two look-ups in Unicode's tables.
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }
}
