package org.migrationsearch.corpus;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Recognises lists of teaser cards ("more stories", news streams): a container whose children
 * are mostly small items that each show a heading or picture and a headline link. Their summaries read like prose,
 * so without this they outweigh a short article.
 */
final class TeaserLists {

  private static final Set<String> ITEM_TAGS = Set.of("li", "div", "article", "section");

  /** Real teasers are short; a longer item is a section of content that happens to link out. */
  private static final int MAX_ITEM_CHARS = 600;

  private static final int MIN_HEADLINE_CHARS = 15;
  private static final int MIN_ITEMS = 3;
  private static final double MIN_ITEM_SHARE = 0.7;

  private TeaserLists() {}

  static boolean isTeaserList(Element container) {
    int items = 0;
    int teasers = 0;
    for (Element child : container.children()) {
      String text = child.text();
      if (text.isEmpty()) {
        continue;
      }
      items++;
      if (ITEM_TAGS.contains(child.normalName()) && isTeaser(child, text)) {
        teasers++;
      }
    }
    return teasers >= MIN_ITEMS && teasers >= MIN_ITEM_SHARE * items;
  }

  private static boolean isTeaser(Element item, String text) {
    if (text.length() > MAX_ITEM_CHARS) {
      return false;
    }
    int linkChars = 0;
    boolean headline = false;
    for (Element a : item.select("a")) {
      int n = a.text().length();
      linkChars += n;
      headline |= n >= MIN_HEADLINE_CHARS;
    }
    // Cards show a heading or a picture; that tells them apart from reference or link lists.
    boolean card = item.selectFirst("h2, h3, h4, h5, h6, img, picture, figure") != null;
    return card && headline && linkChars >= 0.15 * text.length();
  }
}
