package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.FixtureCorpus;
import org.migrationsearch.testing.GeneratedCorpus;
import org.migrationsearch.testing.RunningServer;
import org.migrationsearch.testing.RunningServer.Answer;

/**
 * Eight clients sending the heaviest query the limits allow (100 hits, 30 fuzzy words with two
 * edits) must not lock out a ninth asking for {@code asylum}: expensive queries hold only half
 * the search places, and every request, snippets included, ends at its budget and frees its place.
 */
class StarvationTest {

  static final Duration BUDGET = Duration.ofMillis(1500);
  /** Scheduling on a shared two-core machine; far below what an unbounded request takes. */
  static final long MARGIN_MS = 2000;

  @TempDir Path dir;

  static String heavyQuery() {
    return IntStream.range(0, 30).mapToObj(i -> List.of("asylum", "basure", "timola", "kirepo", "sunela",
        "mosuda", "verogra", "lutemi", "nopola", "grasyum").get(i % 10) + (i < 10 ? "" : i) + "~2")
        .collect(Collectors.joining(" OR "));
  }

  @Test
  void aLightQueryIsAnsweredWithinItsBudgetWhileHeavyOnesRun() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    FixtureCorpus.write(corpus, GeneratedCorpus.richDocuments(1500, 300, 5));
    try (RunningServer server = RunningServer.start(corpus, dir.resolve("index"), null, BUDGET)) {
      assertThat(server.get("/api/search", "q", "asylum").status()).isEqualTo(200); // warm, as a served index is
      AtomicBoolean stop = new AtomicBoolean();
      ConcurrentLinkedQueue<String> heavyOutcomes = new ConcurrentLinkedQueue<>();
      ExecutorService heavy = Executors.newFixedThreadPool(8);
      for (int c = 0; c < 8; c++) {
        heavy.execute(() -> {
          while (!stop.get()) {
            long t0 = System.nanoTime();
            Answer a = server.get("/api/search", "q", heavyQuery(), "size", "100");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            heavyOutcomes.add(a.status() + " " + ms + "ms"
                + (a.json() != null && a.json().has("snippets_partial") ? " partial" : ""));
          }
        });
      }
      List<Long> lightMs = new ArrayList<>();
      try {
        Thread.sleep(1000);
        for (int i = 0; i < 6; i++) {
          long t0 = System.nanoTime();
          Answer light = server.get("/api/search", "q", "asylum");
          long ms = (System.nanoTime() - t0) / 1_000_000;
          assertThat(light.status()).as("light query %d after %d ms: %s; heavy so far %s", i, ms, light.body(),
              heavyOutcomes).isEqualTo(200);
          lightMs.add(ms);
          Thread.sleep(300);
        }
      } finally {
        stop.set(true);
        heavy.shutdown();
        assertThat(heavy.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(lightMs).as("light queries, heavy: " + heavyOutcomes)
          .allSatisfy(ms -> assertThat(ms).isLessThanOrEqualTo(BUDGET.toMillis() + MARGIN_MS));
      assertThat(heavyOutcomes).isNotEmpty().allSatisfy(o -> assertThat(o).matches("(200|503) \\d+ms( partial)?"));
      assertThat(server.get("/api/health").status()).isEqualTo(200);
    }
  }
}
