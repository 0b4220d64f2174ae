package org.migrationsearch.corpus;

import org.jsoup.Jsoup;

/** Placeholder until the readability-style extractor lands. */
public final class HtmlExtractor {
  public ExtractedPage extract(String html, String baseUri) {
    var doc = Jsoup.parse(html, baseUri);
    doc.select("script, style, nav, header, footer, aside").remove();
    return new ExtractedPage(doc.title(), null, null, null, doc.body() == null ? "" : doc.body().wholeText());
  }
}
