package org.migrationsearch.corpus.html;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.migrationsearch.corpus.CorpusFileException;
import org.migrationsearch.corpus.DeclaredFields;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.corpus.SkippedFile;
import org.migrationsearch.corpus.TextTitles;

/**
 * Reads {@code .html} and {@code .htm} files through the main-content extractor: the one entry
 * to this package, whose other classes are the extractor's parts.
 *
 * <p>Holds no state: one instance can serve any number of threads.
 */
public final class HtmlFileReader {

  private final HtmlExtractor extractor = new HtmlExtractor();

  public Document read(String id, String path, String content) throws CorpusFileException {
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

  /**
   * The page's main content, the same element whose text is indexed, as markup; null without a
   * body. For showing a page's structure, not for indexing.
   */
  public static Element mainContent(String html) {
    return HtmlExtractor.mainContent(html);
  }

  private static void putIfPresent(Map<String, String> meta, String key, String value) {
    if (value != null && !value.isBlank()) {
      meta.put(key, value);
    }
  }
}
