package org.migrationsearch.corpus.html;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * Deletes what is never main content before anything is scored: code, forms, invisible elements,
 * the containers a page itself labels as navigation, chrome or widgets, and lists of teaser
 * cards. Scoring a cleaner tree is both faster and less easily fooled by a long menu or comment
 * thread.
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
    doc.select(NEVER_CONTENT).remove();
    for (Element e : doc.select("[style]")) {
      if (INVISIBLE.matcher(e.attr("style")).find()) {
        e.remove();
      }
    }
    Element body = doc.body();
    if (body != null) {
      // Sizes measured once before removal: good enough to judge, and linear instead of
      // re-reading every subtree's text.
      TextStats sizes = TextStats.measure(body);
      body.filter(new ChromeFilter(sizes, sizes.of(body).chars));
    }
  }

  private static final class ChromeFilter implements NodeFilter {
    private final TextStats sizes;
    private final int pageChars;

    ChromeFilter(TextStats sizes, int pageChars) {
      this.sizes = sizes;
      this.pageChars = pageChars;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (!(node instanceof Element e) || PROTECTED.contains(e.normalName())) {
        return FilterResult.CONTINUE;
      }
      boolean chrome =
          CHROME_TAGS.contains(e.normalName())
              || (ContentHints.negative(e) && !ContentHints.positive(e));
      if (chrome && sizes.of(e).chars < MOST_OF_PAGE * pageChars) {
        return FilterResult.REMOVE;
      }
      // The repeated structure of a teaser list is evidence enough even when it dwarfs the article.
      if (e.childrenSize() >= 3 && TeaserLists.isTeaserList(e, sizes)) {
        return FilterResult.REMOVE;
      }
      return FilterResult.CONTINUE;
    }
  }
}
