package org.migrationsearch.cli;

/**
 * Text from documents and file names on its way to a terminal. Control characters there are
 * commands, not text: an {@code ESC ] 0 ; ... BEL} in a title would retitle the window, and a
 * newline in a file name would forge a second {@code skipped} line.
 */
final class TerminalText {

  private TerminalText() {}

  /** Control and escape characters removed; tabs and line breaks become spaces. */
  static String strip(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (c == '\t' || c == '\n' || c == '\r') {
        out.append(' ');
      } else if (!isControl(c)) {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  /** Control characters written as visible escapes ({@code \n}, {@code \u001b}), backslashes doubled. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (isControl(c)) {
            out.append(String.format("\\u%04x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  /** C0, DEL, C1, and the bidirectional overrides that can make a line read backwards. */
  private static boolean isControl(int c) {
    return Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }
}
