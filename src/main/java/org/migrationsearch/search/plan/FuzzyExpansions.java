package org.migrationsearch.search.plan;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;

/**
 * Expands fuzzy words ({@code asylum~2}) into index terms once per index snapshot instead of
 * once per use. Building a word's Levenshtein automata is most of a fuzzy query's cost (a ten-word
 * {@code ~2} query spent about a third of a second on it), and one request expanded each word
 * again for every language field, for the search, and for the highlighter; paging or filtering
 * the same query expanded them all again. The expansion of a word in one field depends only on
 * the index, so it is kept with the index reader and dropped when that reader closes.
 *
 * <p>Bounded: each expansion keeps at most {@link QueryLimits#MAX_FUZZY_EXPANSIONS} terms, and
 * each snapshot keeps the most recently used {@link #MAX_ENTRIES} expansions.
 */
final class FuzzyExpansions extends MultiTermQuery.RewriteMethod {

  static final int MAX_ENTRIES = 4096;

  /** The one instance: fuzzy queries compare their rewrite methods when compared. */
  static final FuzzyExpansions INSTANCE = new FuzzyExpansions();

  private final MultiTermQuery.RewriteMethod expand =
      FuzzyQuery.defaultRewriteMethod(QueryLimits.MAX_FUZZY_EXPANSIONS);
  private final Map<IndexReader.CacheKey, Map<Query, Query>> byReader = new ConcurrentHashMap<>();

  private FuzzyExpansions() {}

  /** A fuzzy query with Lucene's defaults whose expansion is kept with the index snapshot. */
  static FuzzyQuery query(Term term, int maxEdits) {
    return new FuzzyQuery(term, maxEdits, FuzzyQuery.defaultPrefixLength, QueryLimits.MAX_FUZZY_EXPANSIONS,
        FuzzyQuery.defaultTranspositions, INSTANCE);
  }

  @Override
  public Query rewrite(IndexReader reader, MultiTermQuery query) throws IOException {
    Map<Query, Query> cache = cacheFor(reader);
    if (cache == null) {
      return expand.rewrite(reader, query);
    }
    synchronized (cache) {
      Query known = cache.get(query);
      if (known != null) {
        return known;
      }
    }
    // Outside the lock: two requests may both expand a new word, but neither waits for the other.
    Query expanded = expand.rewrite(reader, query);
    synchronized (cache) {
      cache.put(query, expanded);
    }
    return expanded;
  }

  private Map<Query, Query> cacheFor(IndexReader reader) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return null;
    }
    IndexReader.CacheKey key = helper.getKey();
    Map<Query, Query> cache = byReader.get(key);
    if (cache != null) {
      return cache;
    }
    Map<Query, Query> fresh = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Query, Query> eldest) {
        return size() > MAX_ENTRIES;
      }
    };
    Map<Query, Query> raced = byReader.putIfAbsent(key, fresh);
    if (raced != null) {
      return raced;
    }
    // A reindex swaps in a new reader; the old one's expansions go with it.
    helper.addClosedListener(byReader::remove);
    return fresh;
  }
}
