package org.migrationsearch.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.migrationsearch.corpus.html.HtmlFileReader;
import org.migrationsearch.corpus.text.MarkdownText;

/**
 * A corpus file's text with its structure, as HTML that is safe to show: headings, paragraphs,
 * lists, emphasis, quotes, code and tables from Markdown (read by commonmark, with GitHub tables)
 * and from the main content of HTML pages. Raw HTML inside Markdown is shown as text, and the
 * result passes an allow-list of elements and attributes, so no script, style, image, form or
 * event handler ever reaches the page. Plain text, JSON and other files have no structure here.
 */
public final class StructuredText {

  /** @param format {@code markdown} or {@code html} */
  public record Structure(String format, String html) {}

  private static final Parser MARKDOWN = Parser.builder().extensions(MarkdownText.EXTENSIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(MarkdownText.EXTENSIONS)
      .escapeHtml(true).sanitizeUrls(true).build();
  private static final Safelist ALLOWED = Safelist.none()
      .addTags("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "dl", "dt", "dd",
          "blockquote", "pre", "code", "em", "strong", "b", "i", "u", "s", "sub", "sup", "small", "mark",
          "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "abbr", "cite", "q", "figure",
          "figcaption")
      .addAttributes("a", "href", "title")
      .addAttributes("th", "colspan", "rowspan", "scope")
      .addAttributes("td", "colspan", "rowspan")
      .addAttributes("ol", "start")
      .addProtocols("a", "href", "http", "https", "mailto")
      .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

  private StructuredText() {}

  /** The structure of {@code file}, when its kind has one. */
  public static Optional<Structure> of(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".md") && !name.endsWith(".html") && !name.endsWith(".htm")) {
      return Optional.empty();
    }
    String content;
    try {
      content = TextDecoding.decode(Files.readAllBytes(file));
    } catch (CorpusFileException e) {
      return Optional.empty();
    }
    if (name.endsWith(".md")) {
      return Optional.of(new Structure("markdown", markdown(content)));
    }
    Element main = HtmlFileReader.mainContent(content);
    return main == null ? Optional.empty() : Optional.of(new Structure("html", safe(main.html())));
  }

  /** Markdown (front matter dropped) as safe HTML. */
  public static String markdown(String content) {
    String body;
    try {
      body = FrontMatter.parse(content).body();
    } catch (CorpusFileException e) {
      body = content;
    }
    return safe(RENDERER.render(MARKDOWN.parse(body)));
  }

  static String safe(String html) {
    return Jsoup.clean(html, "", ALLOWED, new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false));
  }
}
