package org.migrationsearch.enrich.topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.migrationsearch.enrich.TextTokenizer;
import org.migrationsearch.enrich.Token;

/**
 * The topic taxonomy: the fixed slugs, their labels and cues, loaded once from {@code
 * topics.tsv}. Immutable, so one instance serves every thread.
 */
public final class Topics {

  private static final String RESOURCE = "/org/migrationsearch/enrich/topic/topics.tsv";

  /** Loaded on first use by the holder idiom, so the file is read once per class loader. */
  private static final class Standard {
    static final Topics INSTANCE = new Topics(TopicTaxonomyReader.readResource(RESOURCE));
  }

  private final Map<String, Topic> bySlug;

  Topics(List<Topic> topics) {
    Map<String, Topic> map = new LinkedHashMap<>();
    for (Topic t : topics) {
      if (map.put(t.slug(), t) != null) {
        throw new IllegalArgumentException("duplicate topic slug " + t.slug());
      }
    }
    this.bySlug = map;
  }

  /** The taxonomy shipped with the application. */
  public static Topics standard() {
    return Standard.INSTANCE;
  }

  /** Slugs in taxonomy order. */
  public List<String> slugs() {
    return List.copyOf(bySlug.keySet());
  }

  List<Topic> all() {
    return List.copyOf(bySlug.values());
  }

  public boolean isSlug(String value) {
    return value != null && bySlug.containsKey(value);
  }

  public Topic topic(String slug) {
    Topic t = bySlug.get(slug);
    if (t == null) {
      throw new IllegalArgumentException("unknown topic slug: " + slug);
    }
    return t;
  }

  /** English label for facets, e.g. "Border enforcement". */
  public String label(String slug) {
    return topic(slug).labelEn();
  }

  public String labelEs(String slug) {
    return topic(slug).labelEs();
  }

  /**
   * Maps a declared topic value to its slug: case, accents, spaces and underscores are ignored,
   * and English or Spanish labels are accepted ("Border Enforcement", "border_enforcement" and
   * "Control fronterizo" all give "border-enforcement"). Empty when nothing matches.
   */
  public Optional<String> normalize(String declared) {
    if (declared == null) {
      return Optional.empty();
    }
    String key = slugify(declared);
    if (bySlug.containsKey(key)) {
      return Optional.of(key);
    }
    for (Topic t : bySlug.values()) {
      if (slugify(t.labelEn()).equals(key) || slugify(t.labelEs()).equals(key)) {
        return Optional.of(t.slug());
      }
    }
    return Optional.empty();
  }

  /** Normalizes each declared value, dropping unknown ones and duplicates, keeping order. */
  public List<String> normalizeAll(List<String> declared) {
    List<String> out = new ArrayList<>();
    for (String d : declared) {
      normalize(d).filter(s -> !out.contains(s)).ifPresent(out::add);
    }
    return out;
  }

  /** Folded words joined by hyphens: the shape of a slug. */
  private static String slugify(String value) {
    List<String> words = new ArrayList<>();
    for (Token t : TextTokenizer.tokenize(value.toLowerCase(Locale.ROOT))) {
      words.add(t.norm());
    }
    return String.join("-", words);
  }
}
