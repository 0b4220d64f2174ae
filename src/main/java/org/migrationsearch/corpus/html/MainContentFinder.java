package org.migrationsearch.corpus.html;

import org.jsoup.nodes.Element;

/**
 * Chooses the element that holds the main content of a cleaned page.
 *
 * <p>Every element is a candidate. Its value is the prose it contains, nudged by its class/id
 * hints and comma count, minus a share of the chrome it contains (short lines, link lists). A
 * tight container around the article wins because going up a level only adds chrome, while
 * going down a level loses prose; that balance replaces tuned per-level decay factors.
 */
final class MainContentFinder {

  /** How much a character of chrome costs relative to what a character of prose earns. */
  private static final double CHROME_COST = 0.5;

  /** Each comma in prose hints at real sentences; worth this many characters. */
  private static final double COMMA_BONUS = 10;

  /** A semantic container is trusted when it holds at least this share of the page's prose. */
  private static final double SEMANTIC_SHARE = 0.6;

  private static final String SEMANTIC =
      "article, main, [role=main], [itemprop=articleBody], [itemprop=text]";

  private MainContentFinder() {}

  static Element find(Element body, TextStats stats) {
    Element best = body;
    double bestScore = score(body, stats);
    for (Element e : body.getAllElements()) {
      // Without prose an element cannot beat the body, so skip the costlier hint matching.
      if (HtmlTags.isInline(e.normalName()) || stats.of(e).contentChars == 0) {
        continue;
      }
      double s = score(e, stats);
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    Element semantic = largestSemantic(body, stats);
    if (semantic != null && preferSemantic(semantic, best, body, stats)) {
      return semantic;
    }
    return best;
  }

  static double score(Element e, TextStats stats) {
    TextStats.Counts c = stats.of(e);
    double prose = c.contentChars + COMMA_BONUS * c.contentCommas;
    return ContentHints.weight(e) * prose - CHROME_COST * c.chromeChars();
  }

  private static Element largestSemantic(Element body, TextStats stats) {
    Element largest = null;
    for (Element e : body.select(SEMANTIC)) {
      if (largest == null || stats.of(e).contentChars > stats.of(largest).contentChars) {
        largest = e;
      }
    }
    return largest;
  }

  /**
   * An {@code <article>} or {@code <main>} that holds most of the prose is the author's own
   * statement of where the content is; only a candidate inside it that already has nearly all of
   * its prose is a better (tighter) choice.
   */
  private static boolean preferSemantic(Element semantic, Element best, Element body, TextStats stats) {
    int pageProse = stats.of(body).contentChars;
    int semanticProse = stats.of(semantic).contentChars;
    if (pageProse == 0 || semanticProse < SEMANTIC_SHARE * pageProse) {
      return false;
    }
    if (best == semantic) {
      return true;
    }
    boolean bestInside = best.parents().contains(semantic);
    return !bestInside || stats.of(best).contentChars < 0.9 * semanticProse;
  }
}
