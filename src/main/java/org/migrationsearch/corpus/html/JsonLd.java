package org.migrationsearch.corpus.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.migrationsearch.corpus.Texts;

/**
 * The schema.org objects a page embeds in {@code <script type="application/ld+json">}. Only
 * objects describing a piece of writing are kept, so that the headline of a site-wide
 * "WebSite" or "Organization" block is not mistaken for the article's.
 */
final class JsonLd {

  // Configured once and never changed afterwards, which makes it safe to share between threads.
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build();

  private static final Pattern CDATA = Pattern.compile("^\\s*(?://|/\\*)?\\s*<!\\[CDATA\\[|(?://|/\\*)?\\s*]]>\\s*(?:\\*/)?\\s*$");

  private final List<JsonNode> articles;

  private JsonLd(List<JsonNode> articles) {
    this.articles = articles;
  }

  static JsonLd of(Document doc) {
    List<JsonNode> articles = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        collectArticles(JSON.readTree(unwrap(script.data())), articles, 0);
      } catch (JsonProcessingException e) {
        // Hand-written JSON-LD is often broken; the page simply has no usable block then.
      }
    }
    return new JsonLd(articles);
  }

  /** Removes the CDATA markers some sites wrap around the JSON for old XHTML parsers. */
  private static String unwrap(String data) {
    return CDATA.matcher(data).replaceAll("");
  }

  /** The first non-blank text value of the field among the article objects, or null. */
  String first(String field) {
    for (JsonNode article : articles) {
      JsonNode v = article.get(field);
      if (v != null && v.isTextual() && !Texts.isBlank(v.asText())) {
        return Texts.squeeze(v.asText());
      }
    }
    return null;
  }

  /** The name of the first article's publisher ({@code "publisher": {"name": ...}}), or null. */
  String publisherName() {
    for (JsonNode article : articles) {
      JsonNode publisher = article.get("publisher");
      JsonNode one = publisher != null && publisher.isArray() && publisher.size() > 0 ? publisher.get(0) : publisher;
      if (one != null && one.isObject() && one.path("name").isTextual() && !Texts.isBlank(one.path("name").asText())) {
        return Texts.squeeze(one.path("name").asText());
      }
      if (one != null && one.isTextual() && !Texts.isBlank(one.asText())) {
        return Texts.squeeze(one.asText());
      }
    }
    return null;
  }

  private static void collectArticles(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 6) {
      return;
    }
    if (node.isArray()) {
      node.forEach(child -> collectArticles(child, out, depth + 1));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (isWriting(node.get("@type"))) {
      out.add(node);
    }
    collectArticles(node.get("@graph"), out, depth + 1);
    collectArticles(node.get("mainEntity"), out, depth + 1);
  }

  private static boolean isWriting(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isWriting(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText().toLowerCase(Locale.ROOT);
    return t.contains("article")
        || t.endsWith("posting")
        || t.equals("report")
        || t.equals("webpage")
        || t.equals("creativework")
        || t.equals("legislation");
  }
}
