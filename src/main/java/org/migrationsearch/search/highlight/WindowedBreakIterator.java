package org.migrationsearch.search.highlight;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * A sentence iterator that finds boundaries a window of text at a time, only in the windows the
 * highlighter asks about, and then answers from them by binary search. Walking a whole 100-page
 * report for every hit of every search, to mark the few sentences with matches, was the largest
 * single cost of highlighting; the JDK's own {@code following} scans back and forth from each
 * offset instead, which was slower still for a document with many matches.
 */
final class WindowedBreakIterator extends BreakIterator {

  /** Characters per window: a few passages, so a match far into a report costs one window. */
  static final int WINDOW = 1024;

  private static final int[] NONE = new int[0];

  private final BreakIterator base;
  private final boolean refine;
  private String text = "";
  /** Window k holds the boundaries b with k * WINDOW < b <= (k + 1) * WINDOW, or null until asked. */
  private int[][] windows = new int[0][];
  private int current;
  /** The window a walk of {@code base} can go on into, and the boundary it stopped at. */
  private int resumeWindow = -1;
  private int resumeAt;

  WindowedBreakIterator(BreakIterator base) {
    this(base, false);
  }

  private WindowedBreakIterator(BreakIterator base, boolean refine) {
    this.base = base;
    this.refine = refine;
  }

  /** Sentences for snippets: the JDK's, corrected for abbreviations and the text's line structure. */
  static WindowedBreakIterator snippetSentences() {
    return new WindowedBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT), true);
  }

  @Override
  public void setText(String newText) {
    text = newText;
    windows = new int[(newText.length() + WINDOW - 1) / WINDOW][];
    current = 0;
    resumeWindow = -1;
  }

  @Override
  public void setText(CharacterIterator it) {
    StringBuilder sb = new StringBuilder(Math.max(0, it.getEndIndex() - it.getBeginIndex()));
    for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
      sb.append(c);
    }
    setText(sb.toString());
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  private int[] window(int k) {
    int[] w = windows[k];
    if (w == null) {
      w = compute(k);
      windows[k] = w;
    }
    return w;
  }

  private int[] compute(int k) {
    int lo = k * WINDOW;
    int hi = Math.min(lo + WINDOW, text.length());
    int[] b = new int[8];
    int n = 0;
    // Matches come in text order, so the window asked for is often the one after the last: the
    // walk goes on from where it stopped. Otherwise the text is set again, because the JDK's
    // following() walks on from the last boundary it found when that lies before the offset, most
    // of the text for a window far into it; set afresh, it backs up to a safe point near the
    // offset. Either way the boundaries are those of one walk from the start.
    int p;
    if (k == resumeWindow) {
      p = resumeAt;
    } else {
      base.setText(text);
      p = base.following(lo);
    }
    for (; p != DONE && p <= hi; p = base.next()) {
      if (refine && p < text.length() && SentenceBoundaries.afterAbbreviation(text, p)) {
        continue;
      }
      if (n == b.length) {
        b = Arrays.copyOf(b, n * 2);
      }
      b[n++] = p;
    }
    resumeWindow = k + 1;
    resumeAt = p;
    if (hi == text.length() && (n == 0 || b[n - 1] != hi)) {
      b = Arrays.copyOf(b, n + 1);
      b[n++] = hi;
    }
    if (refine) {
      int[] breaks = SentenceBoundaries.lineBreaks(text, lo, hi);
      if (breaks.length > 0) {
        b = Arrays.copyOf(b, n + breaks.length);
        System.arraycopy(breaks, 0, b, n, breaks.length);
        Arrays.sort(b);
        n = distinct(b);
      }
    }
    return n == 0 ? NONE : Arrays.copyOf(b, n);
  }

  /** Drops repeats from sorted {@code b} in place; returns how many values are left. */
  private static int distinct(int[] b) {
    int n = 0;
    for (int i = 0; i < b.length; i++) {
      if (n == 0 || b[n - 1] != b[i]) {
        b[n++] = b[i];
      }
    }
    return n;
  }

  @Override
  public int first() {
    current = 0;
    return 0;
  }

  @Override
  public int last() {
    current = text.length();
    return current;
  }

  @Override
  public int next(int n) {
    int result = current();
    for (int i = 0; i < Math.abs(n) && result != DONE; i++) {
      result = n > 0 ? next() : previous();
    }
    return result;
  }

  @Override
  public int next() {
    return current >= text.length() ? DONE : following(current);
  }

  @Override
  public int previous() {
    return current <= 0 ? DONE : preceding(current);
  }

  @Override
  public int following(int offset) {
    if (offset < 0) {
      current = 0;
      return 0;
    }
    if (offset >= text.length()) {
      current = text.length();
      return DONE;
    }
    // The last window ends at the text's length, a boundary, so this always finds one.
    for (int k = offset / WINDOW; ; k++) {
      int[] w = window(k);
      int i = Arrays.binarySearch(w, offset);
      int first = i >= 0 ? i + 1 : -i - 1;
      if (first < w.length) {
        current = w[first];
        return current;
      }
    }
  }

  @Override
  public int preceding(int offset) {
    if (offset <= 0) {
      current = 0;
      return DONE;
    }
    if (offset > text.length()) {
      current = text.length();
      return current;
    }
    for (int k = offset == 1 ? -1 : (offset - 2) / WINDOW; k >= 0; k--) {
      int[] w = window(k);
      int i = Arrays.binarySearch(w, offset);
      int last = (i >= 0 ? i : -i - 1) - 1;
      if (last >= 0) {
        current = w[last];
        return current;
      }
    }
    current = 0;
    return 0;
  }

  @Override
  public int current() {
    return current;
  }
}
