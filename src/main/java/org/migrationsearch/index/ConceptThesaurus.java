package org.migrationsearch.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.migrationsearch.enrich.ResourceLines;

/**
 * Names that stand for the same migration-policy concept (acronyms and their expansions,
 * programme nicknames and official names, policy synonyms, equivalents in other languages),
 * read from {@code concepts.txt}. Queries are matched against it word by word, so an edit takes
 * effect without reindexing.
 */
public final class ConceptThesaurus {

  /** One concept: its names as written, and each as folded words. */
  record Concept(List<String> names, List<List<String>> words) {}

  /**
   * Where a concept occurs in a query: words {@code start} (inclusive) to {@code end}
   * (exclusive), and the concept's other names, to search as well.
   */
  public record Match(int start, int end, List<String> alternatives) {}

  private final List<Concept> concepts;
  /** Every name's words, keyed by its first word, longest first. */
  private final Map<String, List<Entry>> byFirstWord;

  private record Entry(List<String> words, int concept) {}

  ConceptThesaurus(List<Concept> concepts) {
    this.concepts = List.copyOf(concepts);
    Map<String, List<Entry>> index = new HashMap<>();
    for (int c = 0; c < concepts.size(); c++) {
      for (List<String> words : concepts.get(c).words()) {
        index.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry(words, c));
      }
    }
    index.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.words().size(), a.words().size())));
    this.byFirstWord = index;
  }

  public static ConceptThesaurus bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final ConceptThesaurus BUNDLED = load("/org/migrationsearch/index/concepts.txt");
  }

  static ConceptThesaurus load(String resource) {
    List<Concept> concepts = new ArrayList<>();
    Map<List<String>, Integer> seen = new HashMap<>();
    try (BufferedReader r = ResourceLines.reader(ConceptThesaurus.class, resource)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> names = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        for (String name : line.split("\\|")) {
          String trimmed = name.strip();
          List<String> w = words(trimmed);
          if (w.isEmpty()) {
            throw new IllegalStateException(resource + " line " + n + ": an empty name");
          }
          if (words.contains(w)) {
            continue; // the same words with other accents: one name is enough
          }
          Integer earlier = seen.putIfAbsent(w, n);
          if (earlier != null) {
            throw new IllegalStateException(resource + " line " + n + ": '" + trimmed
                + "' is already a name on line " + earlier);
          }
          names.add(trimmed);
          words.add(w);
        }
        if (names.size() < 2) {
          throw new IllegalStateException(resource + " line " + n + ": a concept needs at least two names");
        }
        concepts.add(new Concept(List.copyOf(names), List.copyOf(words)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ConceptThesaurus(concepts);
  }

  private static final Analyzer SURFACE = LanguageAnalyzers.surface();

  /** Text as folded words, the form in which names and queries are compared. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = SURFACE.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The concepts named in these words, leftmost longest first, not overlapping. */
  public List<Match> find(List<String> words) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Entry hit = null;
      for (Entry e : byFirstWord.getOrDefault(words.get(i), List.of())) {
        int end = i + e.words().size();
        if (end <= words.size() && words.subList(i, end).equals(e.words())) {
          hit = e;
          break;
        }
      }
      if (hit == null) {
        i++;
        continue;
      }
      Concept c = concepts.get(hit.concept());
      List<String> others = new ArrayList<>();
      for (int k = 0; k < c.names().size(); k++) {
        if (!c.words().get(k).equals(hit.words())) {
          others.add(c.names().get(k));
        }
      }
      out.add(new Match(i, i + hit.words().size(), List.copyOf(others)));
      i += hit.words().size();
    }
    return out;
  }

  int size() {
    return concepts.size();
  }
}
