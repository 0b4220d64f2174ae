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
      tokens.add(new Token(Texts.fold(surface), surface, start, i));
    }
    return tokens;
  }

  static boolean isWordChar(int cp) {
    if (cp < 128) {
      // Most of the text: the same answer as below, without two look-ups in Unicode's tables.
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }
}
