package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.FixtureCorpus;
import org.migrationsearch.testing.GeneratedCorpus;
import org.migrationsearch.testing.RunningServer;
import org.migrationsearch.testing.RunningServer.Answer;

/** Searches keep answering, from the old index and then the new one, while a reindex runs. */
class ReindexWhileSearchingTest {

  static final int OLD = 1500;
  static final int ADDED = 40;
  static final String TOKEN = "t0ken";

  @TempDir Path dir;

  @Test
  void noSearchFailsDuringAReindexAndTheNewDocumentsAreFoundAfterwards() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    FixtureCorpus.write(corpus, GeneratedCorpus.documents(OLD, 5));
    try (RunningServer server = RunningServer.start(corpus, dir.resolve("index"), TOKEN, Duration.ofSeconds(30))) {
      for (int i = 0; i < ADDED; i++) {
        FixtureCorpus.write(corpus, new FixtureCorpus.Doc("new/zebra-" + i + ".json", "Zebra crossing " + i,
            "2022-01-0" + (1 + i % 9), "report", "en", List.of("US"), List.of("visas"), "Agency Z",
            "A zebra migration corridor report number " + i + "."));
      }
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger answered = new AtomicInteger();
      AtomicInteger sawNew = new AtomicInteger();
      ExecutorService clients = Executors.newFixedThreadPool(4);
      List<List<String>> searches = List.of(
          List.of("q", "migration", "size", "20"),
          List.of("q", "", "country", "US", "sort", "newest"),
          List.of("q", "migration policy", "topic", "visas", "not_country", "MX"),
          List.of("q", "migr*", "from", "2016-01-01", "to", "2022-12-31", "page", "2"));
      List<Future<?>> running = searches.stream().<Future<?>>map(params -> clients.submit(() -> {
        while (!stop.get()) {
          try {
            Answer a = server.get("/api/search", params.toArray(String[]::new));
            JsonNode r = a.json();
            if (a.status() != 200 || r == null || !r.has("hits") || !r.has("facets")) {
              failures.add(a.status() + " " + a.body());
            } else {
              long total = r.get("total").asLong();
              if (total <= 0 || total > OLD + ADDED || r.get("hits").size() == 0) {
                failures.add("odd answer: total " + total + " for " + params);
              }
              if (r.get("facets").get("country").size() == 0) {
                failures.add("no country facet for " + params);
              }
            }
            answered.incrementAndGet();
          } catch (RuntimeException e) {
            failures.add(e.toString());
          }
        }
      })).toList();

      Thread.sleep(300); // searches under way before the rebuild starts
      assertThat(server.post("/api/admin/reindex", "Bearer " + TOKEN).status()).isEqualTo(202);
      int beforeReindexEnds = answered.get();
      server.reindex.awaitIdle();
      int duringReindex = answered.get() - beforeReindexEnds;
      Thread.sleep(300); // and after it is swapped in
      stop.set(true);
      for (Future<?> f : running) {
        f.get(60, TimeUnit.SECONDS);
      }
      clients.shutdown();

      assertThat(failures).isEmpty();
      assertThat(duringReindex).as("searches answered while the reindex ran").isPositive();
      Answer zebra = server.get("/api/search", "q", "zebra", "size", "100");
      assertThat(zebra.json().get("total").asInt()).isEqualTo(ADDED);
      assertThat(server.get("/api/health").json().get("documents").asInt()).isEqualTo(OLD + ADDED);
      assertThat(server.get("/api/stats").json().get("reindex").get("last").get("state").asText())
          .isEqualTo("succeeded");
    }
  }
}
