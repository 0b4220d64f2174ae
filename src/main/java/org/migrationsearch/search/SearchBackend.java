package org.migrationsearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.search.facets.FacetValue;
import org.migrationsearch.search.export.ExportWriter;

/**
 * What the web layer and the CLI ask of a search engine: the local index ({@link SearchService})
 * or a Solr collection. Both answer in the same records, so the API's JSON does not depend on
 * which one serves it.
 */
public interface SearchBackend {

  /**
   * Hits of one page that get snippets, on either backend. Highlighting is most of the cost of a
   * large page (100 hits of a fuzzy query spent three quarters of their time on it), while a
   * reader skims the first hits' passages; later hits come without snippets and the answer says
   * {@code snippets_partial}.
   */
  int SNIPPET_HITS = 20;

  SearchResponse search(SearchRequest request);

  /** Facet counts over every document. */
  default Map<String, List<FacetValue>> facets() {
    return search(SearchRequest.builder().page(1, 1).highlight(false).build()).facets();
  }

  /** The stored document, or a {@code NOT_FOUND} {@link SearchException}. */
  Document document(String id);

  IndexStats stats();

  /** Up to {@code max} documents most like this one, never the document itself. */
  List<SearchHit> similar(String id, int max);

  /** Streams every hit of a search in rank order; returns how many were written. */
  long export(SearchRequest request, ExportWriter writer) throws IOException;

  int documentCount();
}
