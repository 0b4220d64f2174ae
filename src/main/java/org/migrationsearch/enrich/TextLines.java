package org.migrationsearch.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The first or last few non-blank lines of a text, stripped, read from that end only: detectors
 * that look for a dateline, a signature or a credit line read a handful of lines, and splitting a
 * long text into all of its lines cost more than every check made on them.
 */
public final class TextLines {

  /** Which characters end a line. */
  public enum Breaks {
    /** The characters of the regex {@code \R}, each on its own. */
    UNICODE,
    /** The terminators of {@link String#lines()}, "\n" and "\r". */
    NEWLINES;

    boolean ends(char c) {
      return c == '\n' || c == '\r'
          || this == UNICODE && (c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029');
    }
  }

  private TextLines() {}

  /**
   * The first {@code max} lines holding more than white space, stripped: the lines a split at
   * {@code breaks} gives, blank ones left out. The empty line between the halves of "\r\n" is
   * blank, so every break character may end a line on its own.
   */
  public static List<String> first(String text, int max, Breaks breaks) {
    List<String> out = new ArrayList<>(max);
    for (int from = 0; out.size() < max && from < text.length(); ) {
      int to = from;
      while (to < text.length() && !breaks.ends(text.charAt(to))) {
        to++;
      }
      addIfNotBlank(text, from, to, out);
      from = to + 1;
    }
    return out;
  }

  /** The last {@code max} of those lines, in text order. */
  public static List<String> last(String text, int max, Breaks breaks) {
    List<String> out = new ArrayList<>(max);
    for (int to = text.length(); out.size() < max && to > 0; ) {
      int from = to;
      while (from > 0 && !breaks.ends(text.charAt(from - 1))) {
        from--;
      }
      addIfNotBlank(text, from, to, out);
      to = from - 1;
    }
    Collections.reverse(out);
    return out;
  }

  private static void addIfNotBlank(String text, int from, int to, List<String> out) {
    String line = text.substring(from, to).strip();
    if (!line.isEmpty()) {
      out.add(line);
    }
  }
}
