package org.migrationsearch.corpus.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.migrationsearch.corpus.Texts;

/**
 * The {@code <meta>} values of a page keyed by lower-cased name, property or itemprop. Sites
 * spell the same tag with any of these attributes, so all three share one key space; the first
 * non-blank value of a key wins because later duplicates are usually from embedded widgets.
 */
final class MetaTags {

  private final Map<String, String> values;

  private MetaTags(Map<String, String> values) {
    this.values = values;
  }

  static MetaTags of(Document doc) {
    Map<String, String> values = new HashMap<>();
    for (Element meta : doc.select("meta[content]")) {
      String content = Texts.squeeze(meta.attr("content"));
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = meta.attr(attr).trim().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          values.putIfAbsent(key, content);
        }
      }
    }
    return new MetaTags(values);
  }

  /** The first of the keys that the page sets, or null. */
  String first(String... keys) {
    for (String key : keys) {
      String v = values.get(key.toLowerCase(Locale.ROOT));
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
