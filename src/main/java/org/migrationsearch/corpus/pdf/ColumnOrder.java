package org.migrationsearch.corpus.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * Puts the glyphs of a two-column page into reading order: lines that run across the page above
 * the columns (title, authors), then the whole left column, then the right one. Sorting by
 * position alone reads straight across both columns, mixing their lines.
 *
 * <p>A column gap is a vertical band near the middle of the page that almost no line crosses
 * while many lines have text on both sides of it. Lines that do cross it keep their place in
 * the left-hand flow, so a full-width heading between two blocks of columns is not lost.
 */
final class ColumnOrder {

  private static final int BINS = 100;
  /** At most this share of the lines may cross the gap (a first page with title, authors and
   * affiliations across the page has many). */
  private static final double MAX_CROSSING = 0.35;
  /** Each side needs text on at least this share of the lines. */
  private static final double MIN_SIDE = 0.25;
  private static final int MIN_LINES = 8;

  private ColumnOrder() {}

  /** One line of glyphs sharing a baseline, left to right. */
  record Line(float y, float height, List<TextPosition> glyphs) {
    float left() {
      return glyphs.get(0).getXDirAdj();
    }

    float right() {
      TextPosition last = glyphs.get(glyphs.size() - 1);
      return last.getXDirAdj() + last.getWidthDirAdj();
    }

    float fontSize() {
      float sum = 0;
      for (TextPosition t : glyphs) {
        sum += t.getHeightDir();
      }
      return sum / glyphs.size();
    }

    String text() {
      StringBuilder sb = new StringBuilder();
      float end = Float.NaN;
      for (TextPosition t : glyphs) {
        if (!Float.isNaN(end) && t.getXDirAdj() - end > t.getWidthOfSpace() * 0.5f && sb.length() > 0
            && sb.charAt(sb.length() - 1) != ' ') {
          sb.append(' ');
        }
        sb.append(t.getUnicode());
        end = t.getXDirAdj() + t.getWidthDirAdj();
      }
      return sb.toString().strip();
    }
  }

  /** Groups glyphs into lines, top to bottom, each left to right. */
  static List<Line> lines(List<TextPosition> glyphs) {
    List<TextPosition> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
    List<Line> lines = new ArrayList<>();
    List<TextPosition> current = new ArrayList<>();
    float y = Float.NaN;
    float height = 0;
    for (TextPosition t : sorted) {
      float tolerance = Math.max(1f, Math.min(height, t.getHeightDir()) * 0.5f);
      if (!current.isEmpty() && Math.abs(t.getYDirAdj() - y) > tolerance) {
        lines.add(newLine(y, height, current));
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        y = t.getYDirAdj();
        height = t.getHeightDir();
      }
      current.add(t);
    }
    if (!current.isEmpty()) {
      lines.add(newLine(y, height, current));
    }
    return lines;
  }

  private static Line newLine(float y, float height, List<TextPosition> glyphs) {
    glyphs.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
    return new Line(y, height, glyphs);
  }

  /**
   * The glyphs without line numbers in the margin (court filings, typesetters' proofs): a run of
   * one to four digits set apart from its line by a wide gap at the line's start or end, found on
   * most lines of the page. Left in, each number would end up inside a sentence.
   */
  static List<TextPosition> withoutMarginNumbers(List<TextPosition> glyphs) {
    List<Line> lines = lines(glyphs);
    if (lines.size() < MIN_LINES) {
      return glyphs;
    }
    java.util.Set<TextPosition> numbers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    int numbered = 0;
    for (Line l : lines) {
      List<TextPosition> leading = marginRun(l.glyphs(), true);
      List<TextPosition> trailing = marginRun(l.glyphs(), false);
      if (!leading.isEmpty() || !trailing.isEmpty()) {
        numbered++;
        numbers.addAll(leading);
        numbers.addAll(trailing);
      }
    }
    if (numbered < lines.size() * 0.5) {
      return glyphs;
    }
    List<TextPosition> out = new ArrayList<>(glyphs.size());
    for (TextPosition t : glyphs) {
      if (!numbers.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** The digits at one end of a line when a gap of several spaces parts them from the rest. */
  private static List<TextPosition> marginRun(List<TextPosition> line, boolean atStart) {
    int n = line.size();
    int i = 0;
    while (i < n && i < 5) {
      TextPosition t = line.get(atStart ? i : n - 1 - i);
      if (!isDigit(t)) {
        break;
      }
      i++;
    }
    if (i == 0 || i > 4 || i == n) {
      return List.of();
    }
    TextPosition inner = line.get(atStart ? i : n - 1 - i);
    TextPosition edge = line.get(atStart ? i - 1 : n - i);
    float gap = atStart
        ? inner.getXDirAdj() - (edge.getXDirAdj() + edge.getWidthDirAdj())
        : edge.getXDirAdj() - (inner.getXDirAdj() + inner.getWidthDirAdj());
    if (gap < Math.max(edge.getWidthOfSpace(), 1f) * 3f) {
      return List.of();
    }
    return atStart ? line.subList(0, i) : line.subList(n - i, n);
  }

  private static boolean isDigit(TextPosition t) {
    String u = t.getUnicode();
    return u != null && u.length() == 1 && Character.isDigit(u.charAt(0));
  }

  /**
   * The page's glyphs as separate runs in reading order (one run per column and per full-width
   * block), or the input as one run when the page is not set in two columns.
   */
  static List<List<TextPosition>> order(List<TextPosition> glyphs) {
    List<Line> lines = lines(glyphs);
    if (lines.size() < MIN_LINES) {
      return List.of(glyphs);
    }
    float width = 0;
    for (Line l : lines) {
      width = Math.max(width, l.right());
    }
    if (width <= 0) {
      return List.of(glyphs);
    }
    int[] crossing = new int[BINS];
    for (Line l : lines) {
      markCovered(l, width, crossing);
    }
    int gap = bestGap(crossing, lines.size());
    if (gap < 0) {
      return List.of(glyphs);
    }
    float gapX = (gap + 0.5f) * width / BINS;
    int left = 0;
    int right = 0;
    for (Line l : lines) {
      left += l.left() < gapX ? 1 : 0;
      right += l.right() > gapX ? 1 : 0;
    }
    if (left < lines.size() * MIN_SIDE || right < lines.size() * MIN_SIDE) {
      return List.of(glyphs);
    }
    return split(lines, gapX, width);
  }

  /** For each bin, how many lines have ink there (word gaps count as ink, column gaps do not). */
  private static void markCovered(Line l, float width, int[] bins) {
    boolean[] hit = new boolean[BINS];
    TextPosition prev = null;
    for (TextPosition t : l.glyphs()) {
      float from = t.getXDirAdj();
      if (prev != null) {
        float prevEnd = prev.getXDirAdj() + prev.getWidthDirAdj();
        // An ordinary word space joins its neighbours; a gap of several spaces is a gutter.
        if (from - prevEnd < Math.max(prev.getWidthOfSpace(), 1f) * 3f) {
          from = prevEnd;
        }
      }
      float to = t.getXDirAdj() + t.getWidthDirAdj();
      int a = Math.max(0, (int) (from / width * BINS));
      int b = Math.min(BINS - 1, (int) (to / width * BINS));
      for (int i = a; i <= b; i++) {
        hit[i] = true;
      }
      prev = t;
    }
    for (int i = 0; i < BINS; i++) {
      bins[i] += hit[i] ? 1 : 0;
    }
  }

  /** The middle bin of the widest run of rarely crossed bins between 30% and 70% of the width. */
  private static int bestGap(int[] crossing, int lineCount) {
    int best = -1;
    int bestLength = 0;
    int runStart = -1;
    for (int i = 30; i <= 70; i++) {
      boolean open = crossing[i] <= lineCount * MAX_CROSSING;
      if (open && runStart < 0) {
        runStart = i;
      }
      if ((!open || i == 70) && runStart >= 0) {
        int end = open ? i : i - 1;
        if (end - runStart + 1 > bestLength) {
          bestLength = end - runStart + 1;
          best = (runStart + end) / 2;
        }
        runStart = -1;
      }
    }
    return best;
  }

  private static List<List<TextPosition>> split(List<Line> lines, float gapX, float width) {
    List<List<TextPosition>> runs = new ArrayList<>();
    List<TextPosition> top = new ArrayList<>();
    List<TextPosition> left = new ArrayList<>();
    List<TextPosition> right = new ArrayList<>();
    boolean columnsStarted = false;
    for (Line l : lines) {
      boolean crosses = crossesGap(l, gapX, width);
      if (crosses && !columnsStarted) {
        top.addAll(l.glyphs());
        continue;
      }
      columnsStarted = true;
      if (crosses) {
        left.addAll(l.glyphs());
        continue;
      }
      for (TextPosition t : l.glyphs()) {
        (t.getXDirAdj() < gapX ? left : right).add(t);
      }
    }
    for (List<TextPosition> run : List.of(top, left, right)) {
      if (!run.isEmpty()) {
        runs.add(run);
      }
    }
    return runs;
  }

  private static boolean crossesGap(Line l, float gapX, float width) {
    int[] one = new int[BINS];
    markCovered(l, width, one);
    int bin = Math.min(BINS - 1, (int) (gapX / width * BINS));
    return one[bin] > 0;
  }
}
