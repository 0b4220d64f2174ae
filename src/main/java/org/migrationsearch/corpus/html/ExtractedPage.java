package org.migrationsearch.corpus.html;

/**
 * What an HTML page says about itself and its main text. Any field the page does not state is
 * null; {@code text} is empty rather than null when no content was found.
 *
 * @param title the article title, without a trailing site name where that can be told apart
 * @param date publication date as {@code yyyy-mm-dd}
 * @param url the canonical address the page declares
 * @param language ISO 639-1 code from {@code <html lang>}
 * @param text main content; blocks separated by a blank line
 * @param siteName the publishing site's name ({@code og:site_name}), a good default source
 */
record ExtractedPage(String title, String date, String url, String language, String text, String siteName) {

  public ExtractedPage {
    text = text == null ? "" : text;
  }
}
