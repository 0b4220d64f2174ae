package org.migrationsearch.cli;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.search.export.ExportWriter;
import org.migrationsearch.search.IndexStats;
import org.migrationsearch.search.SearchBackend;
import org.migrationsearch.search.SearchHit;
import org.migrationsearch.search.SearchRequest;
import org.migrationsearch.search.SearchResponse;
import org.migrationsearch.search.SearchService;
import org.migrationsearch.search.facets.FacetValue;

/**
 * The local search service while its index is still opening. {@code serve} opens the index and
 * starts the HTTP server at the same time; the web layer gets this in the service's place, and a
 * request that arrives before the index is open waits for it rather than failing.
 */
final class OpeningBackend implements SearchBackend {

  private final CompletableFuture<SearchService> opening;
  private final Runnable afterFirstSearch;
  private final AtomicBoolean searched = new AtomicBoolean();

  /** @param afterFirstSearch run once, when the first search has its answer (for the start-up times) */
  OpeningBackend(CompletableFuture<SearchService> opening, Runnable afterFirstSearch) {
    this.opening = opening;
    this.afterFirstSearch = afterFirstSearch;
  }

  /**
   * The open service. A failed opening ends {@code serve} before it reports its address, so a
   * request that saw the failure only learns the server is going away; its cause is rethrown.
   */
  SearchService service() {
    try {
      return opening.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("the index could not be opened: " + cause.getMessage(), cause);
    }
  }

  @Override
  public SearchResponse search(SearchRequest request) {
    SearchResponse r = service().search(request);
    if (searched.compareAndSet(false, true)) {
      afterFirstSearch.run();
    }
    return r;
  }

  @Override
  public Map<String, List<FacetValue>> facets() {
    return service().facets();
  }

  @Override
  public Document document(String id) {
    return service().document(id);
  }

  @Override
  public IndexStats stats() {
    return service().stats();
  }

  @Override
  public List<SearchHit> similar(String id, int max) {
    return service().similar(id, max);
  }

  @Override
  public long export(SearchRequest request, ExportWriter writer) throws IOException {
    return service().export(request, writer);
  }

  @Override
  public int documentCount() {
    return service().documentCount();
  }
}
