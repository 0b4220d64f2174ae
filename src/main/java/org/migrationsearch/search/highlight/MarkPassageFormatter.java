package org.migrationsearch.search.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
      out[p] = new Formatted(format(passage, content),
          passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : passage.getStartOffset());
    }
    return out;
  }

  /**
   * One passage. A passage that spans a heading, a list item or a paragraph break keeps only the
   * pieces with matches (or, without matches, the pieces that are not headings), separated by a
   * dash where they meet and an ellipsis where text was left out, so nothing runs together.
   */
  private static String format(Passage passage, String content) {
    List<int[]> pieces = pieces(content, passage.getStartOffset(), passage.getEndOffset());
    List<int[]> kept = new ArrayList<>();
    for (int[] piece : pieces) {
      if (passage.getNumMatches() == 0 ? !SentenceBoundaries.headingLike(content.substring(piece[0], piece[1]))
          : hasMatch(passage, piece)) {
        kept.add(piece);
      }
    }
    if (kept.isEmpty()) {
      kept.add(pieces.get(0));
    }
    StringBuilder sb = new StringBuilder(passage.getLength() + 32);
    if (kept.get(0)[0] > 0) {
      sb.append(ELLIPSIS).append(' ');
    }
    for (int k = 0; k < kept.size(); k++) {
      if (k > 0) {
        sb.append(pieces.indexOf(kept.get(k)) == pieces.indexOf(kept.get(k - 1)) + 1 ? " — " : " " + ELLIPSIS + " ");
      }
      mark(passage, content, kept.get(k)[0], kept.get(k)[1], sb);
    }
    String text = collapseWhitespace(sb.toString());
    if (kept.get(kept.size() - 1)[1] < content.length()) {
      text = text + " " + ELLIPSIS;
    }
    return text;
  }

  /** The passage cut at the structural line breaks inside it, as [start, end) ranges. */
  private static List<int[]> pieces(String content, int start, int end) {
    List<int[]> out = new ArrayList<>();
    int from = start;
    for (int i = content.indexOf('\n', start); i >= 0 && i < end; i = content.indexOf('\n', i + 1)) {
      if (SentenceBoundaries.isHardBreak(content, i)) {
        if (!content.substring(from, i).isBlank()) {
          out.add(new int[] {from, i});
        }
        from = i + 1;
      }
    }
    if (out.isEmpty() || !content.substring(from, end).isBlank()) {
      out.add(new int[] {from, end});
    }
    // A list item's bullet is layout, not words: "- Guatemala's asylum system" reads "Guatemala's…".
    for (int[] piece : out) {
      Matcher bullet = BULLET.matcher(content).region(piece[0], piece[1]);
      if (bullet.lookingAt() && bullet.end() < piece[1]) {
        piece[0] = bullet.end();
      }
    }
    return out;
  }

  private static final Pattern BULLET = Pattern.compile("\\s*[-*•‣–]\\s+");

  private static boolean hasMatch(Passage passage, int[] piece) {
    for (int i = 0; i < passage.getNumMatches(); i++) {
      if (passage.getMatchStarts()[i] < piece[1] && passage.getMatchEnds()[i] > piece[0]) {
        return true;
      }
    }
    return false;
  }

  /** The text from {@code start} to {@code end}, escaped, with the passage's matches in it marked. */
  private static void mark(Passage passage, String content, int start, int end, StringBuilder sb) {
    int pos = start;
    boolean open = false;
    for (int i = 0; i < passage.getNumMatches(); i++) {
      int ms = Math.max(start, passage.getMatchStarts()[i]);
      int me = Math.min(end, passage.getMatchEnds()[i]);
      if (me <= ms) {
        continue;
      }
      if (ms < pos) {
        // Overlapping matches (a term inside a phrase match): extend the open mark instead.
        if (me > pos && open) {
          sb.setLength(sb.length() - "</mark>".length());
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
      open = true;
      pos = me;
    }
    escape(content, pos, end, sb);
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
