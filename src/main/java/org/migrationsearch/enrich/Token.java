package org.migrationsearch.enrich;

/**
 * A word of a text as the detectors see it.
 *
 * @param norm lower-cased, accent-folded form used for matching
 * @param surface the word exactly as written, for case-sensitive guards ("US" vs "us")
 * @param start character offset of the first char in the source text
 * @param end character offset after the last char
 */
public record Token(String norm, String surface, int start, int end) {

  public boolean isCapitalized() {
    return !surface.isEmpty() && Character.isUpperCase(surface.charAt(0));
  }

  public boolean isAllUpperCase() {
    boolean letter = false;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }
}
