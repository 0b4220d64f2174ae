package org.migrationsearch.enrich;

/**
 * The passage shown to explain a label: the sentence around a cue, on one line and cut to a
 * readable length at word boundaries. Unlike {@link SentenceBreaks}, which may split "U.S." for
 * counting, a shown sentence must read whole, so the dots of abbreviations do not end it.
 */
public final class Passages {

  /** Longer sentences are cut around the cue to about this many characters. */
  static final int MAX_CHARS = 280;
  private static final String ELLIPSIS = "\u2026";

  private Passages() {}

  public static String around(String text, int offset) {
    int from = offset;
    while (from > 0 && !endsSentence(text, from - 1)) {
      from--;
    }
    int to = offset;
    while (to < text.length() && !endsSentence(text, to)) {
      to++;
    }
    to = Math.min(text.length(), to + 1);
    String prefix = "";
    String suffix = "";
    if (to - from > MAX_CHARS) {
      int start = Math.max(from, offset - MAX_CHARS / 3);
      int end = Math.min(to, start + MAX_CHARS);
      if (start > from) {
        int space = text.indexOf(' ', start);
        start = space < 0 || space >= offset ? start : space + 1;
        prefix = ELLIPSIS;
      }
      if (end < to) {
        int space = text.lastIndexOf(' ', end);
        end = space > offset ? space : end;
        suffix = ELLIPSIS;
      }
      from = start;
      to = end;
    }
    return prefix + oneLine(text, from, to).strip() + suffix;
  }

  /**
   * {@code text[from, to)} with every run of white space ({@code \\s}: space, tab, line breaks,
   * form feed) as one space; a loop, since the regular expression was most of a passage's cost.
   */
  static String oneLine(String text, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        space = true;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return (space ? out.append(' ') : out).toString();
  }

  /** A line break, or '.', '!', '?' before white space that does not close "U.S." or "Mr.". */
  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return true;
    }
    if ((c != '.' && c != '!' && c != '?') || (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1)))) {
      return false;
    }
    if (c != '.') {
      return true;
    }
    int w = i;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    int wordLength = i - w;
    boolean initial = wordLength == 1 && Character.isUpperCase(text.charAt(w));
    boolean title = wordLength <= 3 && wordLength > 0 && Character.isUpperCase(text.charAt(w))
        && (text.startsWith("Mr", w) || text.startsWith("Ms", w) || text.startsWith("Dr", w) || text.startsWith("St", w));
    return !initial && !title;
  }
}
