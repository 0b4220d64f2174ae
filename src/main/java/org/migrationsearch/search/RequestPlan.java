package org.migrationsearch.search;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.migrationsearch.index.IndexSchema;
import org.migrationsearch.search.facets.FacetCounter;
import org.migrationsearch.search.plan.QueryLimits;
import org.migrationsearch.search.plan.QueryPlan;
import org.migrationsearch.search.plan.QueryPlanner;
import org.migrationsearch.search.plan.Ranking;
import org.migrationsearch.search.facets.FilterQueries;

/**
 * One request compiled once, when it arrives: its query plan, its filters and dates, the order of
 * its hits, the kind of search place it needs and its deadline. A page of results, an export, a
 * spelling correction's second try and the warm-up all run this record, so they cannot disagree
 * on what a request means; the feeds and the evaluation reach it through {@code search}.
 *
 * @param request what was asked
 * @param query the words parsed and planned (strict, relaxed, proximity, highlighting)
 * @param deadline the request's budget, counted from its arrival
 */
record RequestPlan(SearchRequest request, QueryPlan query, Deadline deadline) {

  static RequestPlan of(SearchRequest request, Duration budget) {
    return of(request, new Deadline(budget));
  }

  static RequestPlan of(SearchRequest request, Deadline deadline) {
    return new RequestPlan(request, plan(request, request.query()), deadline);
  }

  private static QueryPlan plan(SearchRequest request, String text) {
    return QueryPlanner.bundled().plan(text, request.syntax(), request.expand());
  }

  /** The same request with other words (a spelling correction), on the same deadline. */
  RequestPlan withQuery(String text) {
    SearchRequest retry = request.withQuery(text);
    return new RequestPlan(retry, plan(retry, text), deadline);
  }

  /** How many documents match every word within this request's filters. */
  int allWordsCount(IndexSearcher searcher) throws IOException {
    return searcher.count(filtered(query.strict()));
  }

  /** Fuzzy, wildcard and regular-expression words expand into many terms and queue apart. */
  SearchLimiter.Kind kind() {
    return QueryLimits.expandsTerms(query.strict()) ? SearchLimiter.Kind.EXPENSIVE : SearchLimiter.Kind.PLAIN;
  }

  /** The query with the request's filters and date range, as drill-down for the facet counts. */
  DrillDownQuery filtered(Query q) {
    return FacetCounter.drillDown(FilterQueries.withDateRange(q, request.from(), request.to()), request.filters());
  }

  /**
   * What the hits must match: every word, or, when fewer than a handful of documents (within the
   * filters) have them all, about half of them, or any one when even that finds nothing.
   */
  Query matchQuery(IndexSearcher searcher) throws IOException {
    if (!query.relaxable() || searcher.count(filtered(query.strict())) >= Ranking.MIN_ALL_WORDS_HITS) {
      return query.strict();
    }
    Query most = query.relaxed(query.relaxedMinimum());
    return searcher.count(filtered(most)) > 0 ? most : query.relaxed(1);
  }

  /** Relevance order with words gets a proximity rescoring of its top window. */
  boolean rescores() {
    return request.sort() == SortOrder.RELEVANCE && query.proximity() != null;
  }

  /** Scores are needed for the order (relevance with words), not only shown. */
  boolean ranksByScore() {
    return request.sort() == SortOrder.RELEVANCE && !query.matchAll();
  }

  /** The last hit of the page asked for, counted from the first hit of all. */
  int pageEnd() {
    return request.page() * request.size();
  }

  /** How many top hits a page search collects: the page, or the rescoring window if larger. */
  int window() {
    return rescores() ? Math.max(pageEnd(), Ranking.RESCORE_WINDOW) : pageEnd();
  }

  /**
   * The order of the hits, ties broken by id. Every document scores alike without words, so
   * relevance then means newest first.
   */
  Sort order() {
    return switch (request.sort()) {
      case RELEVANCE -> query.matchAll() ? byDate(true) : Ranking.BY_SCORE_THEN_ID;
      case NEWEST -> byDate(true);
      case OLDEST -> byDate(false);
    };
  }

  /** Collects the top {@code n} hits in this request's order. */
  CollectorManager<?, ? extends TopDocs> collector(int n) {
    return new TopFieldCollectorManager(order(), n, null, Integer.MAX_VALUE, false);
  }

  /** Undated documents come last either way; equal dates and scores are ordered by id. */
  static Sort byDate(boolean newestFirst) {
    SortField date = new SortField(IndexSchema.DATE_DAY, SortField.Type.LONG, newestFirst);
    date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(date, SortField.FIELD_SCORE, Ranking.ID_ORDER);
  }
}
