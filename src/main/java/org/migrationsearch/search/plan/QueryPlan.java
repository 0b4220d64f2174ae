package org.migrationsearch.search.plan;

import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * What a query's text means to the ranking, worked out once per request: the query that every
 * word must match, how to relax it when that finds too little, the proximity boosts applied to
 * the top hits, and what to tell the user (expansions, words to check for spelling).
 *
 * @param strict every word (or concept) required; for explicit syntax, the query as written
 * @param groups the words (or concepts) of a plain-words query, each with what matches it;
 *     empty for explicit syntax, where nothing is relaxed
 * @param proximity phrase and word-pair boosts for rescoring the top hits, or null
 * @param expanded the concept names and translations searched besides the words typed
 * @param words the content words typed, for spelling suggestions
 */
public record QueryPlan(Query strict, List<WordGroup> groups, Query proximity, List<String> expanded,
    List<String> words) {

  /** One word, or one concept named by several words, and the query that finds it. */
  public record WordGroup(String label, Query query) {}

  /**
   * Weight of containing every word, added to each relaxed match that does: it is larger than any
   * difference between BM25 scores in practice, so those documents rank first.
   */
  static final float ALL_WORDS_BONUS = 100f;

  public QueryPlan {
    groups = List.copyOf(groups);
    expanded = List.copyOf(expanded);
    words = List.copyOf(words);
  }

  public boolean matchAll() {
    return strict instanceof MatchAllDocsQuery;
  }

  /** Whether a relaxed query exists: plain words, at least two of them. */
  public boolean relaxable() {
    return groups.size() >= 2;
  }

  /**
   * Documents with at least {@code minimumWords} of the words, those with every word first.
   */
  public Query relaxed(int minimumWords) {
    BooleanQuery.Builder some = new BooleanQuery.Builder();
    groups.forEach(g -> some.add(g.query(), BooleanClause.Occur.SHOULD));
    some.setMinimumNumberShouldMatch(Math.max(1, Math.min(minimumWords, groups.size())));
    return new BooleanQuery.Builder()
        .add(some.build(), BooleanClause.Occur.MUST)
        .add(new BoostQuery(new ConstantScoreQuery(strict), ALL_WORDS_BONUS), BooleanClause.Occur.SHOULD)
        .build();
  }

  /** The usual minimum when relaxing: about half the words, at least one. */
  public int relaxedMinimum() {
    return Math.max(1, (int) Math.ceil(groups.size() * QueryPlanner.RELAXED_FRACTION));
  }

  /** What the snippets mark: any of the words. */
  public Query highlight() {
    if (!relaxable()) {
      return strict;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    groups.forEach(g -> any.add(g.query(), BooleanClause.Occur.SHOULD));
    return any.build();
  }
}
