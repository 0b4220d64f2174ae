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

  /** Every document, first page, relevance order, with snippets: the page's start. */
  public static SearchRequest all() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A request with the API's defaults for whatever is not set. */
  public static final class Builder {
    private String query = "";
    private QuerySyntax syntax = QuerySyntax.LUCENE;
    private Map<String, FacetFilter> filters = Map.of();
    private LocalDate from;
    private LocalDate to;
    private SortOrder sort = SortOrder.RELEVANCE;
    private int page = 1;
    private int size = DEFAULT_SIZE;
    private boolean highlight = true;
    private boolean expand = true;

    private Builder() {}

    public Builder query(String value) {
      query = value;
      return this;
    }

    public Builder syntax(QuerySyntax value) {
      syntax = value;
      return this;
    }

    public Builder filters(Map<String, FacetFilter> value) {
      filters = value;
      return this;
    }

    /** Days, inclusive; null leaves that end open. */
    public Builder dates(LocalDate first, LocalDate last) {
      from = first;
      to = last;
      return this;
    }

    public Builder sort(SortOrder value) {
      sort = value;
      return this;
    }

    public Builder page(int number, int hitsPerPage) {
      page = number;
      size = hitsPerPage;
      return this;
    }

    public Builder highlight(boolean value) {
      highlight = value;
      return this;
    }

    public Builder expand(boolean value) {
      expand = value;
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(query, syntax, filters, from, to, sort, page, size, highlight, expand);
    }
  }

  public FacetFilter filter(String dim) {
    return filters.get(dim);
  }

  public SearchRequest withQuery(String text) {
    return new SearchRequest(text, syntax, filters, from, to, sort, page, size, highlight, expand);
  }
}
