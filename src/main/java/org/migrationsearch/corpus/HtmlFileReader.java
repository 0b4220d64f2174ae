package org.migrationsearch.corpus;

import java.util.HashMap;
import java.util.Map;

/** Reads {@code .html} and {@code .htm} files through the main-content extractor. */
final class HtmlFileReader {

  private HtmlFileReader() {}

  static Document read(HtmlExtractor extractor, String id, String path, String content) throws CorpusFileException {
    ExtractedPage page = extractor.extract(content, "");
    String text = page.text() == null ? "" : page.text().strip();
    if (text.isEmpty()) {
      throw new CorpusFileException(SkippedFile.Kind.NO_TEXT, "no readable text in the page");
    }
    Map<String, String> meta = new HashMap<>();
    putIfPresent(meta, "title", page.title());
    putIfPresent(meta, "date", page.date());
    putIfPresent(meta, "url", page.url());
    putIfPresent(meta, "language", page.language());
    putIfPresent(meta, "source", page.siteName());
    String title = page.title() != null && !page.title().isBlank() ? page.title() : TextTitles.fromText(text);
    return DeclaredFields.fromStrings(id, path, meta, title, text);
  }

  private static void putIfPresent(Map<String, String> meta, String key, String value) {
    if (value != null && !value.isBlank()) {
      meta.put(key, value);
    }
  }
}
