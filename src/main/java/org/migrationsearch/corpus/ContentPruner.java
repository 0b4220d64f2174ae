package org.migrationsearch.corpus;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes leftovers inside the chosen content element: link lists ("read more", tag clouds,
 * related stories) and blocks with no prose that are mostly links. Decisions use the
 * measurements taken before pruning, which stay valid for every element not yet visited.
 */
final class ContentPruner {

  private static final Set<String> PRUNABLE =
      Set.of("div", "section", "ul", "ol", "dl", "table", "figure", "span", "p", "li");

  /** A block whose text is more than this share links is navigation, whatever its size. */
  private static final double LINK_LIST = 0.6;

  private ContentPruner() {}

  static void prune(Element root, TextStats stats) {
    for (Element e : root.select("*")) {
      if (e == root || !PRUNABLE.contains(e.normalName()) || !isAttached(e, root)) {
        continue;
      }
      TextStats.Counts c = stats.of(e);
      boolean linkList = c.chars > 0 && c.linkDensity() > LINK_LIST;
      boolean linkHeavyWithoutProse = c.contentChars == 0 && c.linkDensity() > 0.3 && c.chars < 300;
      if (linkList || linkHeavyWithoutProse) {
        e.remove();
      }
    }
  }

  private static boolean isAttached(Element e, Element root) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == root) {
        return true;
      }
    }
    return false;
  }
}
