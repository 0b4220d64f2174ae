package org.migrationsearch.corpus.html;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Recognises lists of teaser cards ("more stories", news streams): a container whose children
 * are mostly small items that each show a heading or picture and a headline link. Their
 * summaries read like prose, so without this they outweigh a short article.
 */
final class TeaserLists {

  private static final Set<String> ITEM_TAGS = Set.of("li", "div", "article", "section");

  /** Real teasers are short; a longer item is a section of content that happens to link out. */
  private static final int MAX_ITEM_CHARS = 600;

  private static final int MIN_HEADLINE_CHARS = 15;
  private static final int MIN_ITEMS = 3;
  private static final double MIN_ITEM_SHARE = 0.7;

  private TeaserLists() {}

  static boolean isTeaserList(Element container, TextStats sizes) {
    int items = 0;
    int teasers = 0;
    for (Element child : container.children()) {
      TextStats.Counts c = sizes.of(child);
      if (c.chars == 0) {
        continue;
      }
      items++;
      if (ITEM_TAGS.contains(child.normalName()) && isTeaser(child, c)) {
        teasers++;
      }
    }
    return teasers >= MIN_ITEMS && teasers >= MIN_ITEM_SHARE * items;
  }

  private static boolean isTeaser(Element item, TextStats.Counts c) {
    if (c.chars > MAX_ITEM_CHARS
        || c.linkChars < MIN_HEADLINE_CHARS
        || c.linkChars < 0.15 * c.chars) {
      return false;
    }
    // Cards show a heading or a picture; that tells them apart from reference or link lists.
    return item.selectFirst("h2, h3, h4, h5, h6, img, picture, figure") != null && hasHeadlineLink(item);
  }

  private static boolean hasHeadlineLink(Element item) {
    for (Element a : item.select("a")) {
      if (a.text().length() >= MIN_HEADLINE_CHARS) {
        return true;
      }
    }
    return false;
  }
}
