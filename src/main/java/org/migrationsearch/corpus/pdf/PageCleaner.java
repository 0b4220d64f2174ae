package org.migrationsearch.corpus.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the raw text of a document's pages into searchable text: running headers, footers and
 * page numbers removed, words hyphenated across a line end joined again, and the lines of each
 * paragraph joined into one, so phrases that wrap still match and the page reads as prose.
 */
final class PageCleaner {

  /** Headers and footers live in the first and last few lines of a page. */
  private static final int EDGE_LINES = 3;
  /**
   * A line at the edge that recurs on this share of the pages, or on this many pages, is a
   * running line; the count catches a book's headers that change with each chapter.
   */
  private static final double RUNNING_SHARE = 0.5;
  private static final int RUNNING_PAGES = 5;
  private static final int MIN_PAGES = 3;

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)(?:-\\s*)?(?:(?:page|p\\.|p[áa]gina|seite)\\s*)?(?:\\d{1,4}|[ivxlcdm]{1,7})"
          + "(?:\\s*(?:of|/|de|von)\\s*\\d{1,4})?(?:\\s*-)?");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern HYPHEN_BREAK = Pattern.compile("(\\p{Ll})[-\u00AD]\n(\\p{Ll})");

  private PageCleaner() {}

  static List<String> clean(List<String> rawPages) {
    List<List<String>> pages = new ArrayList<>();
    for (String raw : rawPages) {
      pages.add(new ArrayList<>(List.of(raw.replace("\r", "").split("\n", -1))));
    }
    removeRunningLines(pages);
    List<String> out = new ArrayList<>(pages.size());
    for (List<String> lines : pages) {
      out.add(paragraphs(String.join("\n", lines)));
    }
    return out;
  }

  /**
   * The comparison key of a possible running line. At the very top or bottom of a page numbers
   * are ignored ("Chapter 3 | 41"), since that is where page numbers and running dates go;
   * further in only the exact line counts, so body lines that differ only in a number stay.
   */
  static String runningKey(String line, boolean outermost) {
    String t = SPACES.matcher(line.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return null;
    }
    if (PAGE_NUMBER.matcher(t).matches()) {
      return "#page-number";
    }
    return outermost ? DIGITS.matcher(t).replaceAll("#") : t;
  }

  private static void removeRunningLines(List<List<String>> pages) {
    if (pages.size() < MIN_PAGES) {
      removeBarePageNumbers(pages);
      return;
    }
    // Peel the outermost lines a round at a time: under a proof mark or a footer, the running
    // header with its page number becomes the outermost line in the next round.
    for (int round = 0; round < EDGE_LINES && removeOnce(pages, true); round++) {
      // keep peeling
    }
    removeOnce(pages, false);
  }

  /**
   * Removes the edge lines whose key recurs on enough pages. With {@code outermost}, only the
   * first and last line of each page are looked at, numbers ignored; otherwise the few lines at
   * each edge, compared exactly.
   */
  private static boolean removeOnce(List<List<String>> pages, boolean outermost) {
    Map<String, Integer> pagesWithKey = new HashMap<>();
    for (List<String> lines : pages) {
      Set<String> seen = new HashSet<>();
      for (int i : candidates(lines, outermost)) {
        String key = runningKey(lines.get(i), outermost);
        if (key != null && seen.add(key)) {
          pagesWithKey.merge(key, 1, Integer::sum);
        }
      }
    }
    int needed = Math.max(MIN_PAGES - 1, Math.min(RUNNING_PAGES, (int) Math.ceil(pages.size() * RUNNING_SHARE)));
    boolean removed = false;
    for (List<String> lines : pages) {
      List<Integer> running = new ArrayList<>();
      for (int i : candidates(lines, outermost)) {
        String key = runningKey(lines.get(i), outermost);
        if (key != null && pagesWithKey.getOrDefault(key, 0) >= needed) {
          running.add(i);
        }
      }
      // A page that holds nothing but its "running" lines is that text's only place: keep it.
      if (!running.isEmpty() && running.size() < nonBlankCount(lines)) {
        running.forEach(i -> lines.set(i, ""));
        removed = true;
      }
    }
    return removed;
  }

  private static List<Integer> candidates(List<String> lines, boolean outermost) {
    List<Integer> edges = edgeIndexes(lines);
    if (!outermost || edges.size() <= 2) {
      return edges;
    }
    return List.of(edges.get(0), edges.get(edges.size() - 1));
  }

  /** Short documents have too few pages to see a pattern; a lone number at the edge still goes. */
  private static void removeBarePageNumbers(List<List<String>> pages) {
    if (pages.size() < 2) {
      return;
    }
    for (List<String> lines : pages) {
      for (int i : edgeIndexes(lines)) {
        if ("#page-number".equals(runningKey(lines.get(i), true))) {
          lines.set(i, "");
        }
      }
    }
  }

  private static int nonBlankCount(List<String> lines) {
    int n = 0;
    for (String l : lines) {
      n += l.isBlank() ? 0 : 1;
    }
    return n;
  }

  /** Indexes of the first and last few non-blank lines, each once, in ascending order. */
  private static List<Integer> edgeIndexes(List<String> lines) {
    List<Integer> nonBlank = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        nonBlank.add(i);
      }
    }
    Set<Integer> edges = new java.util.TreeSet<>();
    for (int k = 0; k < nonBlank.size() && k < EDGE_LINES; k++) {
      edges.add(nonBlank.get(k));
      edges.add(nonBlank.get(nonBlank.size() - 1 - k));
    }
    return new ArrayList<>(edges);
  }

  /** Paragraphs one per line, separated by a blank line; wrapped lines joined, hyphens healed. */
  static String paragraphs(String page) {
    String healed = HYPHEN_BREAK.matcher(page).replaceAll("$1$2");
    StringBuilder out = new StringBuilder(healed.length());
    StringBuilder para = new StringBuilder();
    for (String line : healed.split("\n", -1)) {
      String t = line.strip();
      if (t.isEmpty()) {
        flush(para, out);
        continue;
      }
      if (para.length() > 0) {
        para.append(' ');
      }
      para.append(t);
    }
    flush(para, out);
    return out.toString();
  }

  private static void flush(StringBuilder para, StringBuilder out) {
    if (para.length() == 0) {
      return;
    }
    if (out.length() > 0) {
      out.append("\n\n");
    }
    out.append(para);
    para.setLength(0);
  }
}
