package org.migrationsearch.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * A break iterator that walks the text once, forwards, with the JDK's iterator and then answers
 * {@code following} and {@code preceding} by binary search. The highlighter asks for the sentence
 * around every match; the JDK's own {@code following} scans back and forth from each offset, and
 * for a document with many matches that was most of the time of a search.
 */
final class PrecomputedBreakIterator extends BreakIterator {

  private final BreakIterator base;
  private final boolean refine;
  private String text = "";
  private int[] bounds = {0};
  private int count = 1;
  private int index;

  PrecomputedBreakIterator(BreakIterator base) {
    this(base, false);
  }

  private PrecomputedBreakIterator(BreakIterator base, boolean refine) {
    this.base = base;
    this.refine = refine;
  }

  /** Sentences for snippets: the JDK's, corrected for abbreviations and the text's line structure. */
  static PrecomputedBreakIterator snippetSentences() {
    return new PrecomputedBreakIterator(BreakIterator.getSentenceInstance(java.util.Locale.ROOT), true);
  }

  @Override
  public void setText(String newText) {
    text = newText;
    base.setText(newText);
    int[] b = new int[16];
    int n = 0;
    for (int p = base.first(); p != DONE; p = base.next()) {
      if (n == b.length) {
        b = Arrays.copyOf(b, n * 2);
      }
      b[n++] = p;
    }
    if (n == 0 || b[n - 1] != newText.length()) {
      b = Arrays.copyOf(b, n + 1);
      b[n++] = newText.length();
    }
    if (refine) {
      b = SentenceBoundaries.refine(newText, Arrays.copyOf(b, n));
      n = b.length;
    }
    bounds = b;
    count = n;
    index = 0;
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

  @Override
  public int first() {
    index = 0;
    return bounds[0];
  }

  @Override
  public int last() {
    index = count - 1;
    return bounds[index];
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
    if (index >= count - 1) {
      return DONE;
    }
    return bounds[++index];
  }

  @Override
  public int previous() {
    if (index <= 0) {
      return DONE;
    }
    return bounds[--index];
  }

  @Override
  public int following(int offset) {
    int i = Arrays.binarySearch(bounds, 0, count, offset);
    int first = i >= 0 ? i + 1 : -i - 1; // first boundary strictly after offset
    if (first >= count) {
      index = count - 1;
      return DONE;
    }
    index = first;
    return bounds[index];
  }

  @Override
  public int preceding(int offset) {
    int i = Arrays.binarySearch(bounds, 0, count, offset);
    int last = (i >= 0 ? i : -i - 1) - 1; // last boundary strictly before offset
    if (last < 0) {
      index = 0;
      return DONE;
    }
    index = last;
    return bounds[index];
  }

  @Override
  public int current() {
    return bounds[index];
  }
}
