package org.migrationsearch.corpus.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * Removes leftovers inside the chosen content element: link lists ("read more", tag clouds,
 * related stories) and short blocks with no prose that are mostly links. Decisions use the
 * measurements taken before pruning, which stay valid for every element not yet visited.
 */
final class ContentPruner {

  private static final Set<String> PRUNABLE =
      Set.of("div", "section", "ul", "ol", "dl", "table", "figure", "span", "p", "li");

  /** A block whose text is more than this share links is navigation, whatever its size. */
  private static final double LINK_LIST = 0.6;

  private ContentPruner() {}

  static void prune(Element root, TextStats stats) {
    root.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node == root || !(node instanceof Element e) || !PRUNABLE.contains(e.normalName())) {
              return FilterResult.CONTINUE;
            }
            TextStats.Counts c = stats.of(e);
            boolean linkList = c.chars > 0 && c.linkDensity() > LINK_LIST;
            boolean linkHeavyWithoutProse =
                c.contentChars == 0 && c.linkDensity() > 0.3 && c.chars < 300;
            return linkList || linkHeavyWithoutProse ? FilterResult.REMOVE : FilterResult.CONTINUE;
          }
        });
  }
}
