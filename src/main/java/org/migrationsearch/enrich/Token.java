package org.migrationsearch.enrich;

/**
 * A word of a text as the detectors see it: its folded form for matching, where it stands in the
 * text, and its number in the {@link Vocabulary} when some detector looks for it. The word as
 * written is read from the text only when asked for, as few tokens ever are; so is the folded
 * form of a word in ASCII that no detector looks for, which only a few guards read.
 */
public final class Token {

  /** Null for an ASCII word outside the vocabulary: its folded form is it lower-cased. */
  private final String norm;
  private final String text;
  private final int start;
  private final int end;
  /** The vocabulary number, or -1 - the size of the vocabulary that did not hold the word. */
  private final int word;

  Token(String norm, String text, int start, int end, int word) {
    this.norm = norm;
    this.text = text;
    this.start = start;
    this.end = end;
    this.word = word;
  }

  /** Lower-cased, accent-folded form used for matching. */
  public String norm() {
    return norm != null ? norm : TextTokenizer.lowerCaseAscii(text, start, end);
  }

  /** Whether the folded form is all digits: a number, whichever digits write it. */
  public boolean isDigits() {
    String digits = norm != null ? norm : text;
    int from = norm != null ? 0 : start;
    int to = norm != null ? norm.length() : end;
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(digits.charAt(i))) {
        return false;
      }
    }
    return to > from;
  }

  /** The word exactly as written, for case-sensitive guards ("US" vs "us"). */
  public String surface() {
    return text.substring(start, end);
  }

  /** Whether the word is written exactly as {@code written}, without copying it out of the text. */
  public boolean isWritten(String written) {
    return written.length() == end - start && text.startsWith(written, start);
  }

  /** Length of the word as written. */
  public int length() {
    return end - start;
  }

  /** Character offset of the first char in the source text. */
  public int start() {
    return start;
  }

  /** Character offset after the last char. */
  public int end() {
    return end;
  }

  /** The number as kept: the vocabulary's, or -1 - the size of the vocabulary that lacked it. */
  int encodedWord() {
    return word;
  }

  public boolean isCapitalized() {
    return end > start && Character.isUpperCase(text.charAt(start));
  }

  public boolean isAllUpperCase() {
    boolean letter = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  @Override
  public String toString() {
    return norm + "@" + start;
  }
}
