package org.migrationsearch.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops the dots inside abbreviations, so "U.S." and "US", "EE.UU." and "EEUU" are one word.
 * Lucene's standard tokenizer keeps "u.s" whole; without this, a search for "US asylum" misses
 * every text that writes "U.S. asylum". Numbers ("3.5") keep their dots.
 */
final class AcronymFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  AcronymFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    boolean dot = false;
    boolean letter = false;
    for (int i = 0; i < length; i++) {
      dot |= buffer[i] == '.';
      letter |= Character.isLetter(buffer[i]);
    }
    if (dot && letter) {
      int w = 0;
      for (int r = 0; r < length; r++) {
        if (buffer[r] != '.') {
          buffer[w++] = buffer[r];
        }
      }
      term.setLength(w);
    }
    return true;
  }
}
