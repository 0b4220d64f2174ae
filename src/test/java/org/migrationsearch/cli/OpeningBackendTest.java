package org.migrationsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.enrich.Enricher;
import org.migrationsearch.index.CorpusIndexer;
import org.migrationsearch.search.IndexAccess;
import org.migrationsearch.search.SearchRequest;
import org.migrationsearch.search.SearchResponse;
import org.migrationsearch.search.SearchService;
import org.migrationsearch.testing.Fixtures;

/**
 * While {@code serve} is still opening its index the HTTP server may already take requests: they
 * wait for the index and get the same answers as later, and a failed opening reaches them as its
 * cause, not as a hang.
 */
class OpeningBackendTest {

  @TempDir Path tmp;

  @Test
  void aRequestBeforeTheIndexIsOpenWaitsAndGetsTheSameAnswer() throws Exception {
    Path corpus = tmp.resolve("c");
    Fixtures.write(corpus, "a.md", "---\ntitle: Asylum at the border\nlanguage: en\n---\nAsylum seekers at the border.");
    Fixtures.write(corpus, "b.md", "---\ntitle: Deportation policy\nlanguage: en\n---\nDeportation policy.");
    new CorpusIndexer(Enricher.standard()).rebuild(corpus, tmp.resolve("i"), false);
    CompletableFuture<SearchService> opening = new CompletableFuture<>();
    AtomicInteger firstSearches = new AtomicInteger();
    OpeningBackend backend = new OpeningBackend(opening, firstSearches::incrementAndGet);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (IndexAccess access = IndexAccess.open(tmp.resolve("i"))) {
      Future<SearchResponse> early = pool.submit(() -> backend.search(SearchRequest.all().withQuery("asylum")));
      Thread.sleep(200);
      assertThat(early).as("waits for the index").isNotDone();
      SearchService service = new SearchService(access, Duration.ofSeconds(10));
      opening.complete(service);
      SearchResponse answer = early.get(30, TimeUnit.SECONDS);
      assertThat(answer.total()).isEqualTo(1);
      assertThat(answer.hits()).isEqualTo(service.search(SearchRequest.all().withQuery("asylum")).hits());
      backend.search(SearchRequest.all().withQuery("deportation"));
      assertThat(firstSearches).as("told of the first search only").hasValue(1);
      assertThat(backend.documentCount()).isEqualTo(2);
      assertThat(backend.document(answer.hits().get(0).id()).title()).isEqualTo("Asylum at the border");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedOpeningReachesTheRequestAsItsCause() {
    CompletableFuture<SearchService> opening = new CompletableFuture<>();
    OpeningBackend backend = new OpeningBackend(opening, () -> {});
    opening.completeExceptionally(new java.io.IOException("index damaged"));
    assertThatThrownBy(() -> backend.search(SearchRequest.all().withQuery("asylum")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("index damaged");
    CompletableFuture<SearchService> failing = new CompletableFuture<>();
    failing.completeExceptionally(new IllegalArgumentException("bad folder"));
    assertThatThrownBy(() -> new OpeningBackend(failing, () -> {}).documentCount())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bad folder");
  }
}
