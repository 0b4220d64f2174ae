package org.migrationsearch.enrich.date;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a folded text where a reported date can be, so the date patterns run over those
 * alone instead of trying a match at every word of the text.
 *
 * <p>Every date pattern of {@link DateDetector}'s text scan holds a year, four ASCII digits
 * standing at the start of a run of digits (after white space or a word boundary), and reaches
 * at most {@link #CHUNKS_BEFORE} words of non-white-space before it ("10 de enero de 2024" has
 * four) and {@link #CHARS_AFTER} characters after it ("2024-01-10"). White space here is exactly
 * the regex {@code \s}, so a run of it between two words is one gap whatever its length.
 *
 * <p>Each run of four digits or more gives a window from the start of the word that many words
 * back to that many characters past the run; overlapping or touching windows are merged. A match
 * of the whole text then lies inside one region, and a search in that region (with transparent
 * bounds, so that {@code \b} and look-behinds see the text around it) finds the same matches in
 * the same order as a search of the whole text: a region only ever rules out matches, and no
 * match can start in a region and end outside it.
 */
final class YearRegions {

  /** Words before the year: day, "de", month, "del" in the longest Spanish form; one spare. */
  static final int CHUNKS_BEFORE = 5;
  /** Characters after the year: "-01-10" is six; two spare. */
  static final int CHARS_AFTER = 8;

  private YearRegions() {}

  /** Start and end offsets of the regions, in pairs, in text order; empty when no year is written. */
  static int[] of(String text) {
    int[] out = new int[8];
    int count = 0;
    int n = text.length();
    // Four digits in a row always cover a multiple of four, so only those offsets are read
    // until one holds a digit; its run is then read out both ways. A run shorter than four may
    // be missed, and is skipped anyway.
    for (int probe = 0; probe < n; probe += 4) {
      if (!isDigit(text.charAt(probe))) {
        continue;
      }
      int runStart = probe;
      while (runStart > 0 && isDigit(text.charAt(runStart - 1))) {
        runStart--;
      }
      int i = probe + 1;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      probe = (i + 3) / 4 * 4 - 4;
      if (i - runStart < 4) {
        continue;
      }
      int from = wordsBack(text, runStart);
      int to = Math.min(n, i + CHARS_AFTER);
      if (count > 0 && from <= out[count - 1]) {
        out[count - 1] = Math.max(out[count - 1], to);
      } else {
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = from;
        out[count++] = to;
      }
    }
    return Arrays.copyOf(out, count);
  }

  /**
   * One pattern's matches in the regions, in text order; the matcher's regions see the text
   * around them, as a search of the whole text would.
   */
  static final class Search {
    private final Matcher matcher;
    private final int[] regions;
    private int next;

    Search(Pattern pattern, String text, int[] regions) {
      this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      this.regions = regions;
    }

    /** Moves to the next match, region after region; false when there is none left. */
    boolean find() {
      while (true) {
        if (next > 0 && matcher.find()) {
          return true;
        }
        if (next >= regions.length) {
          return false;
        }
        matcher.region(regions[next], regions[next + 1]);
        next += 2;
      }
    }

    /** The current match's groups and offsets. */
    Matcher matcher() {
      return matcher;
    }
  }

  private static int wordsBack(String text, int at) {
    int s = at;
    for (int k = 0; k < CHUNKS_BEFORE; k++) {
      while (s > 0 && isRegexSpace(text.charAt(s - 1))) {
        s--;
      }
      while (s > 0 && !isRegexSpace(text.charAt(s - 1))) {
        s--;
      }
    }
    return s;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The characters of {@code \s} without the UNICODE_CHARACTER_CLASS flag. */
  static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
