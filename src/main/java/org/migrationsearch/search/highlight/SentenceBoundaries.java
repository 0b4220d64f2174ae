package org.migrationsearch.search.highlight;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.migrationsearch.enrich.ResourceLines;

/**
 * Corrects the JDK's sentence boundaries for snippets. The JDK ends a sentence after "U.S." or
 * "Dr." whenever a capital follows, and never at a line break, so a heading ran into the sentence
 * under it ("Adoption The European Commission…"). Here a boundary after a known abbreviation or
 * dotted initials is dropped, and the text's structure adds boundaries: a blank line, a heading-like
 * line, the end of a line that ends a sentence, and the start of a list item.
 */
final class SentenceBoundaries {

  /** A line at most this long without closing punctuation reads as a heading, not as wrapped prose. */
  static final int HEADING_MAX = 60;

  private static final Set<String> ABBREVIATIONS = ResourceLines.read(SentenceBoundaries.class, "abbreviations.txt")
      .stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  private static final Pattern INITIALS = Pattern.compile("(\\p{L}{1,2}\\.){2,}|\\p{Lu}\\.");
  private static final Pattern OPENING = Pattern.compile("^[(\\[\"'“‘¿¡]+");
  private static final Pattern LIST_ITEM = Pattern.compile("([-*•‣–]|\\d{1,3}[.)])\\s.*|#.*");

  private SentenceBoundaries() {}

  /**
   * The boundaries the text's line structure adds in (from, to]: the first non-blank character
   * after each hard line break. The JDK's boundaries are corrected one by one with
   * {@link #afterAbbreviation}.
   */
  static int[] lineBreaks(String text, int from, int to) {
    // A break just before the window, followed by blanks, can land its boundary inside it.
    int scan = from;
    while (scan > 0 && Character.isWhitespace(text.charAt(scan - 1))) {
      scan--;
    }
    int[] out = new int[4];
    int n = 0;
    for (int i = scan; i < to; i++) {
      if (text.charAt(i) == '\n' && isHardBreak(text, i)) {
        int next = i + 1;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        if (next > from && next <= to && next < text.length()) {
          if (n == out.length) {
            out = java.util.Arrays.copyOf(out, n * 2);
          }
          out[n++] = next;
        }
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** Whether the JDK boundary at {@code b} follows an abbreviation on the same line. */
  static boolean afterAbbreviation(String text, int b) {
    int end = b;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      if (text.charAt(end - 1) == '\n') {
        return false;
      }
      end--;
    }
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    String token = text.substring(start, end);
    // Opening brackets and quotes are not part of the word: "(Dr." is "Dr.".
    token = OPENING.matcher(token).replaceFirst("");
    if (!token.endsWith(".")) {
      return false;
    }
    return ABBREVIATIONS.contains(token.toLowerCase(Locale.ROOT)) || INITIALS.matcher(token).matches();
  }

  /**
   * Whether the line break at {@code newline} is part of the text's structure rather than a line
   * wrapped inside a paragraph.
   */
  static boolean isHardBreak(String text, int newline) {
    int lineStart = text.lastIndexOf('\n', newline - 1) + 1;
    String line = text.substring(lineStart, newline).strip();
    int nextEnd = text.indexOf('\n', newline + 1);
    String next = text.substring(newline + 1, nextEnd < 0 ? text.length() : nextEnd).strip();
    if (line.isEmpty() || next.isEmpty() || LIST_ITEM.matcher(next).matches()) {
      return true;
    }
    char last = line.charAt(line.length() - 1);
    if (".!?:;…".indexOf(last) >= 0) {
      return true;
    }
    // A short line is a heading unless the next line carries on its sentence in lower case.
    return line.length() <= HEADING_MAX && last != ',' && !Character.isLowerCase(next.charAt(0));
  }

  /** Whether a piece of text reads as a heading: short, and not closed like a sentence. */
  static boolean headingLike(String piece) {
    String s = piece.strip();
    return !s.isEmpty() && s.length() <= HEADING_MAX && ".!?…".indexOf(s.charAt(s.length() - 1)) < 0;
  }
}
