package org.migrationsearch.corpus;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Small string helpers shared by the readers, the detectors and the index, among them the
 * project's one accent folding ({@link #fold}, and {@link #foldKeepingOffsets} where positions
 * into the source must hold): the gazetteer, the cue files, the thesaurus and the titles all
 * compare words folded the same way.
 */
public final class Texts {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Texts() {}

  /** Collapses every run of whitespace (including no-break spaces) to one space and trims. */
  public static String squeeze(String s) {
    return s == null ? "" : SPACES.matcher(s).replaceAll(" ").trim();
  }

  /**
   * A comparison key that ignores case, accents, punctuation and quote styles, because a title in
   * {@code <title>} and the same title in {@code <h1>} often differ only in typography. Ligatures
   * and full-width forms are first written as their plain letters (NFKC).
   */
  public static String comparable(String s) {
    String plain = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
    return NON_WORD.matcher(fold(plain)).replaceAll(" ").trim();
  }

  /** Lower case without diacritics: "Migración" becomes "migracion". */
  public static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
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

  /**
   * {@link #fold}, one char for one char, so that an offset into the folded text is one into the
   * source: "Miércoles 12 de febrero" becomes "miercoles 12 de febrero". A char stands for the
   * first char of its decomposition, lower-cased; a combining mark written apart stays.
   */
  public static String foldKeepingOffsets(String text) {
    return foldKeepingOffsets(text, 0, text.length());
  }

  /**
   * {@code text[from, to)} folded as {@link #foldKeepingOffsets(String)} folds it: the head or
   * tail of a long text is read in place rather than copied out of it first.
   */
  public static String foldKeepingOffsets(String text, int from, int to) {
    char[] out = new char[to - from];
    for (int i = 0; i < out.length; i++) {
      out[i] = FOLDED[text.charAt(from + i)];
    }
    return new String(out);
  }

  /** Every char's folded form, computed once: normalising char by char made a Spanish text slow to fold. */
  private static final char[] FOLDED = foldTable();

  private static char[] foldTable() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      table[c] = foldChar((char) c);
    }
    return table;
  }

  /** One char folded by itself, without the table: what the table holds, and what tests compare it with. */
  static char foldChar(char c) {
    if (c < 128) {
      return Character.toLowerCase(c);
    }
    String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    return Character.toLowerCase(base.charAt(0));
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  public static boolean isBlank(String s) {
    return s == null || squeeze(s).isEmpty();
  }
}
