package org.migrationsearch.corpus.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.migrationsearch.corpus.Texts;

/**
 * Picks the article title. Structured data and social-media tags are written for sharing the
 * article itself, so they are trusted first; {@code <title>} often carries the site name, and
 * the first {@code <h1>} is the last resort because many sites use it for their logo.
 */
final class TitleFinder {

  private static final String[] META_KEYS = {
    "og:title", "twitter:title", "dc.title", "dcterms.title", "citation_title", "parsely-title",
    "sailthru.title"
  };

  /**
   * Separators that, in the titles measured, almost always set off a site or section name. A
   * plain " - " is left alone: it separates parts of genuine titles just as often.
   */
  private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+(?:\\||·|»|::)\\s+");

  private TitleFinder() {}

  static String find(Document doc, MetaTags meta, JsonLd jsonLd) {
    String headline = jsonLd.first("headline");
    if (headline != null) {
      return headline;
    }
    String fromMeta = meta.first(META_KEYS);
    if (fromMeta != null) {
      return fromMeta;
    }
    Element h1 = doc.selectFirst("h1");
    String heading = h1 == null ? null : Texts.squeeze(h1.text());
    Element titleTag = doc.selectFirst("head > title, title");
    String title = titleTag == null ? "" : Texts.squeeze(titleTag.text());
    if (title.isEmpty()) {
      return Texts.isBlank(heading) ? null : heading;
    }
    return withoutSiteName(title, heading);
  }

  /**
   * Drops trailing " | Site" parts only when what is left is the page's own heading, so a title
   * that merely contains a bar is not cut.
   */
  static String withoutSiteName(String title, String heading) {
    if (Texts.isBlank(heading)) {
      return title;
    }
    String wanted = Texts.comparable(heading);
    Matcher m = SITE_SEPARATOR.matcher(title);
    while (m.find()) {
      String head = title.substring(0, m.start());
      if (Texts.comparable(head).equals(wanted)) {
        return head;
      }
    }
    return title;
  }
}
