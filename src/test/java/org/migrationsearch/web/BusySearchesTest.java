package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.search.SearchLimiter;
import org.migrationsearch.search.SearchService;
import org.migrationsearch.testing.FixtureCorpus;
import org.migrationsearch.testing.RunningServer;
import org.migrationsearch.testing.RunningServer.Answer;

/**
 * Past the concurrency cap a search waits at most its time budget for a place, then answers
 * {@code 503 busy}. The test holds the only place itself, so nothing depends on timing races.
 */
class BusySearchesTest {

  @TempDir Path dir;

  @Test
  void searchesBeyondTheCapWaitThenAnswerBusy() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    FixtureCorpus.write(corpus, FixtureCorpus.policyDocuments());
    SearchLimiter limiter = new SearchLimiter(1);
    Duration budget = Duration.ofMillis(400);
    try (RunningServer server = RunningServer.start(corpus, dir.resolve("index"), null,
        access -> new SearchService(access, budget, limiter))) {
      assertThat(server.get("/api/search", "q", "asylum").status()).isEqualTo(200);

      try (SearchLimiter.Permit held = limiter.acquire(Duration.ZERO)) {
        long started = System.nanoTime();
        Answer busy = server.get("/api/search", "q", "asylum");
        long waitedMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(busy.status()).as(busy.body()).isEqualTo(503);
        assertThat(busy.json().get("error").asText()).isEqualTo("busy");
        assertThat(busy.raw().headers().firstValue("Retry-After")).as("tells the client when to come back")
            .contains("1");
        assertThat(waitedMs).as("waited for a place for the budget").isGreaterThanOrEqualTo(budget.toMillis());
        assertThat(server.get("/api/documents/us%2Fasylum-processing-2024/similar").status()).isEqualTo(503);
        // Reading one document is not a search and is not capped.
        assertThat(server.get("/api/documents/us%2Fasylum-processing-2024").status()).isEqualTo(200);
      }

      // A search that finds the place free within its budget is answered.
      CompletableFuture<Answer> queued;
      try (SearchLimiter.Permit held = limiter.acquire(Duration.ZERO)) {
        queued = CompletableFuture.supplyAsync(() -> server.get("/api/search", "q", "asylum"));
        Thread.sleep(50);
      }
      assertThat(queued.get().status()).isEqualTo(200);
      assertThat(server.get("/api/search", "q", "asylum").status()).isEqualTo(200);
    }
  }
}
