package org.migrationsearch.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title for a text that declares none (a plain-text file, a page or PDF without a title tag):
 * the first line when it reads like a title, else the first sentence, cut at a word boundary.
 * Public so that every reader (text, HTML, PDF) names untitled documents the same way.
 */
public final class TextTitles {

  /** A line longer than this is a paragraph, not a title. */
  static final int MAX_TITLE_LINE = 150;
  /** A title cut from a sentence stops at a word within this many characters. */
  static final int MAX_CUT_TITLE = 120;
  private static final String ELLIPSIS = "\u2026";

  /**
   * A news dateline opening a text: "(WASHINGTON) —", "MEXICO CITY (AP) —", "WASHINGTON, Jan. 10,
   * 2024 —", "Ciudad de México, 12 de marzo de 2023.-". It names a place and a time, not the text.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*(?:\\(\\s*[\\p{Lu}][\\p{Lu}\\p{L} .,'-]{1,40}\\)|[\\p{Lu}][\\p{Lu} .'-]{1,40}(?:,\\s*[\\p{Lu}][\\p{L}. ]{1,20})?"
          + "(?:\\s*\\([\\p{L} ]{2,20}\\))?)(?:,\\s*[^\u2014\u2013\\n]{3,40}?)?\\s*(?:\u2014|\u2013|--|-)\\s*");
  /** The end of the first sentence: a full stop, question or exclamation mark before a space. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<![A-Z]\\.[A-Z]|\\b[A-Z]|\\bMr|\\bMs|\\bDr|\\bSt)[.!?](?=\\s|$)");

  private TextTitles() {}

  /** The title of an untitled text, or null when the text has no words. */
  public static String fromText(String text) {
    if (text == null) {
      return null;
    }
    for (String raw : text.split("\\R")) {
      String line = Texts.squeeze(raw);
      if (line.isEmpty() || isDatelineOnly(line)) {
        continue;
      }
      if (readsLikeATitle(line)) {
        return line;
      }
      return firstSentence(withoutDateline(line));
    }
    return null;
  }

  /** Short, and not ending with a full stop the way a sentence does. */
  static boolean readsLikeATitle(String line) {
    return line.length() <= MAX_TITLE_LINE && !line.endsWith(".") && !DATELINE.matcher(line).lookingAt();
  }

  private static boolean isDatelineOnly(String line) {
    Matcher m = DATELINE.matcher(line);
    return m.lookingAt() && m.end() == line.length();
  }

  private static String withoutDateline(String line) {
    Matcher m = DATELINE.matcher(line);
    return m.lookingAt() ? line.substring(m.end()) : line;
  }

  /** The first sentence; when longer than {@link #MAX_CUT_TITLE}, cut at a word with an ellipsis. */
  static String firstSentence(String line) {
    Matcher end = SENTENCE_END.matcher(line);
    String sentence = end.find() ? line.substring(0, end.start() + 1) : line;
    if (sentence.length() <= MAX_CUT_TITLE) {
      return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
    int cut = sentence.lastIndexOf(' ', MAX_CUT_TITLE);
    String head = (cut > 0 ? sentence.substring(0, cut) : sentence.substring(0, MAX_CUT_TITLE));
    return head.replaceAll("[\\s,;:\u2014\u2013-]+$", "") + ELLIPSIS;
  }
}
