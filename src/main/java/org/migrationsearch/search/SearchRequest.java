package org.migrationsearch.search;

import org.migrationsearch.search.facets.FacetFilter;
import java.time.LocalDate;
import java.util.Map;

/**
 * One search, as the API and the CLI both express it.
 *
 * @param query the user's query; empty matches every document
 * @param filters by facet dimension (country, topic, type, language, source)
 * @param from first day, inclusive, or null
 * @param to last day, inclusive, or null
 * @param page 1-based
 * @param expand whether concept names and translations from the thesaurus are searched too
 */
public record SearchRequest(
    String query,
    QuerySyntax syntax,
    Map<String, FacetFilter> filters,
    LocalDate from,
    LocalDate to,
    SortOrder sort,
    int page,
    int size,
    boolean highlight,
    boolean expand) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 100;
  /** Deeper pages cost more than they give; export streams whole result sets instead. */
  public static final int MAX_DEPTH = 10_000;

  public SearchRequest {
    query = query == null ? "" : query;
    filters = Map.copyOf(filters);
  }

  public SearchRequest(String query, QuerySyntax syntax, Map<String, FacetFilter> filters, LocalDate from,
      LocalDate to, SortOrder sort, int page, int size, boolean highlight) {
    this(query, syntax, filters, from, to, sort, page, size, highlight, true);
  }

  public static SearchRequest all() {
    return new SearchRequest("", QuerySyntax.LUCENE, Map.of(), null, null, SortOrder.RELEVANCE, 1, DEFAULT_SIZE, true);
  }

  public FacetFilter filter(String dim) {
    return filters.get(dim);
  }

  public SearchRequest withQuery(String text) {
    return new SearchRequest(text, syntax, filters, from, to, sort, page, size, highlight, expand);
  }
}
