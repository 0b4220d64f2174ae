package org.migrationsearch.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats each passage on its own as HTML-escaped text in which only {@code <mark>} is markup.
 * Lucene's default formatter escapes nothing and joins passages into one string; the API wants
 * a list and must never pass document text through as HTML.
 */
final class MarkPassageFormatter extends PassageFormatter {

  static final String ELLIPSIS = "\u2026";

  /**
   * One formatted passage and the offset its page is told from: its first match, since a
   * passage that runs over a page break is cited where the words searched for are.
   */
  record Formatted(String text, int anchor) {}

  @Override
  public Object format(Passage[] passages, String content) {
    Formatted[] out = new Formatted[passages.length];
    for (int p = 0; p < passages.length; p++) {
      Passage passage = passages[p];
      StringBuilder sb = new StringBuilder(passage.getLength() + 32);
      int start = passage.getStartOffset();
      int end = passage.getEndOffset();
      if (start > 0) {
        sb.append(ELLIPSIS).append(' ');
      }
      int pos = start;
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int ms = passage.getMatchStarts()[i];
        int me = passage.getMatchEnds()[i];
        if (ms < pos) {
          // Overlapping matches (a term inside a phrase match): extend the open mark instead.
          if (me > pos) {
            int len = sb.length() - "</mark>".length();
            sb.setLength(len);
            escape(content, pos, me, sb);
            sb.append("</mark>");
            pos = me;
          }
          continue;
        }
        escape(content, pos, ms, sb);
        sb.append("<mark>");
        escape(content, ms, me, sb);
        sb.append("</mark>");
        pos = me;
      }
      escape(content, pos, end, sb);
      String text = collapseWhitespace(sb.toString());
      if (end < content.length()) {
        text = text + " " + ELLIPSIS;
      }
      out[p] = new Formatted(text, passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start);
    }
    return out;
  }

  static void escape(String s, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    escape(s, 0, s.length(), sb);
    return sb.toString();
  }

  private static String collapseWhitespace(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
