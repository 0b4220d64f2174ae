package org.migrationsearch.corpus.html;

import java.util.Set;

/** How HTML elements lay out text: which start a new block and which flow inside a line. */
final class HtmlTags {

  private static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn",
          "em", "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp",
          "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
          "#root");

  private HtmlTags() {}

  static boolean isInline(String tag) {
    return INLINE.contains(tag);
  }

  static boolean isBlock(String tag) {
    return !INLINE.contains(tag) && !tag.equals("br");
  }

  static boolean isHeading(String tag) {
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
  }
}
