package org.migrationsearch.corpus.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role suggest about it. Authors name containers after their
 * purpose, which is the cheapest strong signal of boilerplate a page gives.
 */
final class ContentHints {

  // Word-ish boundaries keep "ad" from matching "head" or "download", and "nav" from "canvas".
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "(?:^|[^a-z])(?:nav|navbar|navigation|menu|footer|header|masthead|sidebar|side-bar|aside|"
              + "widget|comment|comments|disqus|share|sharing|social|related|recommend|promo|"
              + "ad|ads|advert|advertisement|sponsor|banner|cookie|consent|gdpr|subscribe|"
              + "subscription|newsletter|signup|paywall|popup|modal|breadcrumb|breadcrumbs|"
              + "pagination|pager|tags|tag-list|byline|author-bio|toolbar|skip|print-only|"
              + "outbrain|taboola|most-popular|trending|login|dialog)(?:$|[^a-z])");

  private static final Pattern POSITIVE =
      Pattern.compile(
          "(?:^|[^a-z])(?:article|articlebody|article-body|content|entry|entry-content|post|"
              + "post-body|post-content|story|story-body|body|text|main|blog|prose|"
              + "page-content|rich-text|section-content)(?:$|[^a-z])");

  private ContentHints() {}

  static String descriptor(Element e) {
    if (!e.hasAttr("class") && !e.hasAttr("id") && !e.hasAttr("role")) {
      return "";
    }
    return (e.className() + " " + e.id() + " " + e.attr("role")).toLowerCase(Locale.ROOT);
  }

  static boolean negative(Element e) {
    String d = descriptor(e);
    return !d.isEmpty() && NEGATIVE.matcher(d).find();
  }

  static boolean positive(Element e) {
    String d = descriptor(e);
    return !d.isEmpty() && POSITIVE.matcher(d).find();
  }

  /** A multiplier for a candidate container's score: the hint tilts, it does not decide. */
  static double weight(Element e) {
    String d = descriptor(e);
    double w = 1.0;
    if (d.isEmpty()) {
      return w;
    }
    if (POSITIVE.matcher(d).find()) {
      w *= 1.25;
    }
    if (NEGATIVE.matcher(d).find()) {
      w *= 0.6;
    }
    return w;
  }
}
