package org.migrationsearch.search.plan;

import java.util.HashSet;
import java.util.Set;
import org.migrationsearch.corpus.Texts;
import org.migrationsearch.enrich.ResourceLines;

/** The words of {@code question-words.txt}, folded. */
final class QuestionWords {

  static final Set<String> WORDS = load("/org/migrationsearch/search/question-words.txt");

  private QuestionWords() {}

  static Set<String> load(String resource) {
    Set<String> out = new HashSet<>();
    for (String line : ResourceLines.read(QuestionWords.class, resource)) {
      String w = line.strip();
      if (!w.isEmpty() && !w.startsWith("#")) {
        out.add(Texts.fold(w.toLowerCase(java.util.Locale.ROOT)));
      }
    }
    return Set.copyOf(out);
  }

  static boolean contains(String foldedWord) {
    return WORDS.contains(foldedWord);
  }
}
