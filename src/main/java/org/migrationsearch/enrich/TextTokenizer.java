package org.migrationsearch.enrich;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words for detection: runs of letters and digits; everything else separates.
 * "U.S." becomes [u, s] and "Guinea-Bissau" becomes [guinea, bissau], so phrases written the
 * same way in the resource files match by the same rule.
 */
public final class TextTokenizer {

  private TextTokenizer() {}

  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 6));
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n) {
        cp = text.codePointAt(i);
        if (!isWordChar(cp)) {
          break;
        }
        i += Character.charCount(cp);
      }
      String surface = text.substring(start, i);
      tokens.add(new Token(fold(surface), surface, start, i));
    }
    return tokens;
  }

  /** Lower case without diacritics: "Migración" becomes "migracion". */
  public static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (isAscii(lower)) {
      return lower;
    }
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString();
  }

  static boolean isWordChar(int cp) {
    if (cp < 128) {
      // Most of the text: the same answer as below, without two look-ups in Unicode's tables.
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }
}
