package org.migrationsearch.corpus;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small string helpers shared by the HTML reader ({@code corpus.html}) and {@link TextTitles}. */
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
   * {@code <title>} and the same title in {@code <h1>} often differ only in typography.
   */
  public static String comparable(String s) {
    String decomposed = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
    return NON_WORD.matcher(decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT))
        .replaceAll(" ")
        .trim();
  }

  public static boolean isBlank(String s) {
    return s == null || squeeze(s).isEmpty();
  }
}
