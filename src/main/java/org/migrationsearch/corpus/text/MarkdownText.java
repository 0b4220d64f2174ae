package org.migrationsearch.corpus.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces Markdown to the plain text a reader sees, so that snippets show words rather than
 * asterisks and link targets. Paragraph breaks are kept.
 */
final class MarkdownText {

  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
  private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]+(.*?)[ \\t]*#*[ \\t]*$");
  private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_)(\\S(?:.*?\\S)?)\\1");
  private static final Pattern CODE = Pattern.compile("`([^`]*)`");
  private static final Pattern QUOTE = Pattern.compile("(?m)^[ \\t]{0,3}>[ \\t]?");
  private static final Pattern BULLET = Pattern.compile("(?m)^[ \\t]*[*+-][ \\t]+");
  private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*([-*_])([ \\t]*\\1){2,}[ \\t]*$");

  private MarkdownText() {}

  static String toPlainText(String markdown) {
    String s = RULE.matcher(markdown).replaceAll("");
    s = IMAGE.matcher(s).replaceAll("$1");
    s = LINK.matcher(s).replaceAll("$1");
    s = HEADING.matcher(s).replaceAll("$1");
    s = CODE.matcher(s).replaceAll("$1");
    s = QUOTE.matcher(s).replaceAll("");
    s = BULLET.matcher(s).replaceAll("- ");
    Matcher m = EMPHASIS.matcher(s);
    s = m.replaceAll(r -> Matcher.quoteReplacement(r.group(2)));
    return s;
  }

  /** The text of the first level-one heading ({@code # Title}), or null. */
  static String firstHeading(String markdown) {
    for (String line : markdown.split("\r?\n")) {
      String t = line.strip();
      if (t.startsWith("# ")) {
        return t.substring(2).strip().replaceAll("\\s*#+$", "");
      }
    }
    return null;
  }
}
