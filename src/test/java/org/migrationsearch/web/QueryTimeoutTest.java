package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.FixtureCorpus;
import org.migrationsearch.testing.GeneratedCorpus;
import org.migrationsearch.testing.RunningServer;
import org.migrationsearch.testing.RunningServer.Answer;

/**
 * A search that cannot finish within its budget answers {@code 503 timeout}. The budget is one
 * nanosecond, which any search over a few thousand documents overruns at its first check, so the
 * test does not depend on the machine's speed.
 */
class QueryTimeoutTest {

  @TempDir Path dir;

  @Test
  void searchesOverTheirBudgetAre503Timeout() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    FixtureCorpus.write(corpus, GeneratedCorpus.documents(3000, 11));
    try (RunningServer server = RunningServer.start(corpus, dir.resolve("index"), null, Duration.ofNanos(1))) {
      for (String q : new String[] {"migration", "", "migr*", "\"migration policy\"~20"}) {
        Answer a = server.get("/api/search", "q", q);
        assertThat(a.status()).as(q + " " + a.body()).isEqualTo(503);
        assertThat(a.json().get("error").asText()).isEqualTo("timeout");
        assertThat(a.json().get("message").asText()).contains("ms");
      }
      Answer similar = server.get("/api/documents/gen%2Fdoc-0001/similar");
      assertThat(similar.status()).as(similar.body()).isEqualTo(503);
      assertThat(similar.json().get("error").asText()).isEqualTo("timeout");
      // Requests without a search budget still answer.
      assertThat(server.get("/api/health").status()).isEqualTo(200);
      assertThat(server.get("/api/documents/gen%2Fdoc-0001").status()).isEqualTo(200);
    }
  }
}
