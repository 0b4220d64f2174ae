package org.migrationsearch.enrich.topic;

import java.util.List;
import java.util.function.BiFunction;
import org.migrationsearch.enrich.PhraseMatcher;
import org.migrationsearch.enrich.Token;

/**
 * One thread's most recent matches of one matcher over a title and a body, kept so that a
 * detector asked twice about the same text (to detect, then to explain) reads it once. Texts
 * are told apart by identity: the token lists of an {@link org.migrationsearch.enrich.AnalyzedText}
 * are never modified, and a new text always brings new lists.
 */
final class LastMatches<V> {

  private final Object[] tokens = new Object[2];
  private final Object[] sources = new Object[2];
  @SuppressWarnings("unchecked")
  private final List<PhraseMatcher.Match<V>>[] matches = new List[2];
  private int next;

  /** The matches of {@code tokens}, found by {@code find} unless they were the last or the one before. */
  List<PhraseMatcher.Match<V>> of(List<Token> tokens, String source,
      BiFunction<List<Token>, String, List<PhraseMatcher.Match<V>>> find) {
    for (int i = 0; i < 2; i++) {
      if (this.tokens[i] == tokens && sources[i] == source) {
        return matches[i];
      }
    }
    List<PhraseMatcher.Match<V>> found = List.copyOf(find.apply(tokens, source));
    this.tokens[next] = tokens;
    sources[next] = source;
    matches[next] = found;
    next = 1 - next;
    return found;
  }
}
