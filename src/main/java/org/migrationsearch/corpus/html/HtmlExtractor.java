package org.migrationsearch.corpus.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.migrationsearch.corpus.DeclaredFields;
import org.migrationsearch.corpus.Texts;

/**
 * Reads an HTML page into its metadata and main text, leaving out navigation, headers, footers,
 * sidebars, comments and widgets.
 *
 * <p>Holds no state: one instance can serve any number of threads. Each call parses its own
 * tree, and the tree is mutated only within that call.
 */
final class HtmlExtractor {

  private static final Pattern LANGUAGE = Pattern.compile("^\\s*([A-Za-z]{2})(?:[-_][A-Za-z0-9]+)*\\s*$");

  ExtractedPage extract(String html, String baseUri) {
    Document doc = Jsoup.parse(html == null ? "" : html, baseUri == null ? "" : baseUri);
    // Metadata first: the cleaning below deletes <meta>, <link> and <script> elements.
    MetaTags meta = MetaTags.of(doc);
    JsonLd jsonLd = JsonLd.of(doc);
    String title = TitleFinder.find(doc, meta, jsonLd);
    String date = DateFinder.find(doc, meta, jsonLd);
    String url = canonicalUrl(doc, meta);
    String language = language(doc, meta);
    // The site's name as the page states it; the article's structured publisher when it has none.
    String siteName = DeclaredFields.firstNonBlank(meta.first("og:site_name", "application-name"), jsonLd.publisherName());
    return new ExtractedPage(title, date, url, language, mainText(doc), siteName == null || siteName.isBlank() ? null : siteName.strip());
  }

  private static String mainText(Document doc) {
    Element content = mainContent(doc);
    return content == null ? "" : BlockTextRenderer.render(content);
  }

  /** The page's main content, the same element whose text is indexed, as markup; null without a body. */
  static Element mainContent(String html) {
    return mainContent(Jsoup.parse(html == null ? "" : html));
  }

  private static Element mainContent(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    BoilerplateRemover.clean(doc);
    TextStats stats = TextStats.measure(body);
    Element content = MainContentFinder.find(body, stats);
    ContentPruner.prune(content, stats);
    return content;
  }

  private static String canonicalUrl(Document doc, MetaTags meta) {
    String og = meta.first("og:url");
    if (og != null && og.matches("(?i)https?://\\S+")) {
      return og;
    }
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null) {
      String href = canonical.absUrl("href");
      return href.isEmpty() ? Texts.squeeze(canonical.attr("href")) : href;
    }
    return og;
  }

  private static String language(Document doc, MetaTags meta) {
    Element html = doc.selectFirst("html");
    String[] declared = {
      html == null ? null : html.attr("lang"),
      html == null ? null : html.attr("xml:lang"),
      meta.first("content-language", "og:locale", "dc.language", "language")
    };
    for (String value : declared) {
      if (value == null) {
        continue;
      }
      Matcher m = LANGUAGE.matcher(value);
      if (m.matches()) {
        return m.group(1).toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }
}
