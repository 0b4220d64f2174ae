package org.migrationsearch.corpus;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Deletes what is never main content before anything is scored: code, forms, invisible elements
 * and the containers a page itself labels as navigation, chrome or widgets. Scoring a cleaner
 * tree is both faster and less easily fooled by a long menu or comment thread.
 */
final class BoilerplateRemover {

  private static final String NEVER_CONTENT =
      "script, style, noscript, template, iframe, svg, canvas, object, embed, button, input,"
          + " select, textarea, nav, footer, aside, dialog, menu, link, meta, [hidden],"
          + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary],"
          + " [role=dialog], [role=search], [aria-modal=true]";

  private static final Pattern INVISIBLE =
      Pattern.compile("(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

  /** Containers that structure a page; a misleading class on them must not remove everything. */
  private static final Set<String> PROTECTED = Set.of("html", "body", "article", "main");

  /**
   * Usually chrome, but some sites wrap the whole page in a form or put the article inside a
   * header, so these go only when they are small.
   */
  private static final Set<String> CHROME_TAGS = Set.of("form", "header");

  /** Past this share of the page's text an element labelled as chrome is probably mislabelled. */
  private static final double MOST_OF_PAGE = 0.5;

  private BoilerplateRemover() {}

  static void clean(Document doc) {
    Element body = doc.body();
    doc.select(NEVER_CONTENT).remove();
    for (Element e : doc.select("[style]")) {
      if (INVISIBLE.matcher(e.attr("style")).find()) {
        e.remove();
      }
    }
    if (body == null) {
      return;
    }
    int pageLength = body.text().length();
    for (Element e : body.select("*")) {
      if (PROTECTED.contains(e.normalName()) || !isAttached(e, body)) {
        continue;
      }
      boolean chrome = CHROME_TAGS.contains(e.normalName())
          || (ContentHints.negative(e) && !ContentHints.positive(e));
      if (chrome && e.text().length() < MOST_OF_PAGE * pageLength) {
        e.remove();
      } else if (e.childrenSize() >= 3 && TeaserLists.isTeaserList(e)) {
        // The repeated structure is evidence enough even when the list dwarfs the article.
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
