package org.migrationsearch.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.migrationsearch.corpus.Texts;
import org.migrationsearch.enrich.ResourceLines;

/**
 * The bilingual word list that lets one query search both languages: the Spanish fields hear an
 * English query word together with its Spanish equivalents, and the English fields the reverse.
 * Read from {@code thesaurus.tsv}.
 */
public final class Thesaurus {

  /** How much a translation weighs against the word typed. */
  public static final float TRANSLATION_WEIGHT = TranslationBoostFilter.TRANSLATION_WEIGHT;

  private final Map<String, Set<String>> englishToSpanish;
  private final Map<String, Set<String>> spanishToEnglish;

  Thesaurus(Map<String, Set<String>> englishToSpanish, Map<String, Set<String>> spanishToEnglish) {
    this.englishToSpanish = englishToSpanish;
    this.spanishToEnglish = spanishToEnglish;
  }

  public static Thesaurus bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final Thesaurus BUNDLED = load("/org/migrationsearch/index/thesaurus.tsv");
  }

  static Thesaurus load(String resource) {
    Map<String, Set<String>> en = new LinkedHashMap<>();
    Map<String, Set<String>> es = new LinkedHashMap<>();
    try (BufferedReader r = ResourceLines.reader(Thesaurus.class, resource)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] sides = line.split("\t");
        if (sides.length != 2) {
          throw new IllegalStateException(resource + " line " + n + ": expected English words, a tab, Spanish words");
        }
        List<String> english = words(sides[0], resource, n);
        List<String> spanish = words(sides[1], resource, n);
        for (String e : english) {
          en.computeIfAbsent(e, k -> new LinkedHashSet<>()).addAll(spanish);
        }
        for (String s : spanish) {
          es.computeIfAbsent(s, k -> new LinkedHashSet<>()).addAll(english);
          // Users often type Spanish without accents; the folded form maps the same way.
          es.computeIfAbsent(Texts.fold(s), k -> new LinkedHashSet<>()).addAll(english);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Thesaurus(en, es);
  }

  private static List<String> words(String side, String resource, int line) {
    List<String> out = new ArrayList<>();
    for (String w : side.split(",")) {
      String word = w.strip().toLowerCase(Locale.ROOT);
      if (word.isEmpty() || word.contains(" ")) {
        throw new IllegalStateException(resource + " line " + line + ": '" + w.strip() + "' is not a single word");
      }
      out.add(word);
    }
    return out;
  }

  public Set<String> spanishFor(String englishWord) {
    return englishToSpanish.getOrDefault(englishWord.toLowerCase(Locale.ROOT), Set.of());
  }

  public Set<String> englishFor(String spanishWord) {
    return spanishToEnglish.getOrDefault(spanishWord.toLowerCase(Locale.ROOT), Set.of());
  }

  /**
   * Each word with the words it brings into the fields of {@code languageKey} ({@code en} or
   * {@code es}); the same pairs as the synonym maps, for engines that read a synonym file.
   */
  public Map<String, Set<String>> translationsInto(String languageKey) {
    return switch (languageKey) {
      case "en" -> java.util.Collections.unmodifiableMap(spanishToEnglish);
      case "es" -> java.util.Collections.unmodifiableMap(englishToSpanish);
      default -> Map.of();
    };
  }

  /** Synonyms for the Spanish fields: English words bring in their Spanish equivalents. */
  SynonymMap intoSpanish() {
    return build(englishToSpanish);
  }

  /** Synonyms for the English fields: Spanish words bring in their English equivalents. */
  SynonymMap intoEnglish() {
    return build(spanishToEnglish);
  }

  private static SynonymMap build(Map<String, Set<String>> map) {
    SynonymMap.Builder b = new SynonymMap.Builder(true);
    map.forEach((from, tos) -> tos.forEach(to -> {
      if (!to.equals(from)) {
        b.add(new CharsRef(from), new CharsRef(to), true);
      }
    }));
    try {
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
