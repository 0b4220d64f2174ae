package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationsearch.search.SearchService;
import org.migrationsearch.testing.FixtureCorpus;
import org.migrationsearch.testing.RunningServer;

/**
 * The result cache of {@code serve}, through HTTP: a repeated search gets the same answer, and a
 * reindex that changes the documents changes the answer, with the cache on and off alike.
 */
class ResultCacheTest {

  static final String TOKEN = "cache-test-token";

  @TempDir Path dir;

  private RunningServer start(int cacheEntries) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    FixtureCorpus.write(corpus, FixtureCorpus.policyDocuments());
    return RunningServer.start(corpus, dir.resolve("index"), TOKEN,
        access -> new SearchService(access, Duration.ofSeconds(10), cacheEntries));
  }

  /** The answer without its timing, which is the only part allowed to differ. */
  private static JsonNode answer(RunningServer server, String... params) {
    JsonNode json = server.get("/api/search", params).json();
    assertThat(json.has("took_ms")).isTrue();
    return ((ObjectNode) json.deepCopy()).without("took_ms");
  }

  @ParameterizedTest(name = "result cache of {0} answers")
  @ValueSource(ints = {0, 1, 100})
  void repeatedSearchesAgreeAndAReindexIsSeenAtOnce(int cacheEntries) throws Exception {
    try (RunningServer server = start(cacheEntries)) {
      String[] asylum = {"q", "asylum", "sort", "relevance"};
      String[] filtered = {"q", "border", "country", "US"};
      JsonNode first = answer(server, asylum);
      assertThat(first.get("total").asInt()).isEqualTo(2);
      JsonNode border = answer(server, filtered);
      // Asked again, after another search has had its turn (which a one-entry cache evicts by).
      assertThat(answer(server, asylum)).isEqualTo(first);
      assertThat(answer(server, filtered)).isEqualTo(border);
      assertThat(answer(server, asylum)).isEqualTo(first);
      // Another page of the same search is another answer.
      assertThat(answer(server, "q", "asylum", "size", "1", "page", "2").get("hits").get(0).get("id").asText())
          .isEqualTo(first.get("hits").get(1).get("id").asText());

      FixtureCorpus.write(server.corpus, new FixtureCorpus.Doc("au/asylum-quokka-2025.json", "Asylum for quokkas",
          "2025-02-01", "regulation", "en", List.of("AU"), List.of("asylum"), "Home Affairs",
          "Asylum claims by quokka researchers are heard within a week."));
      assertThat(server.post("/api/admin/reindex", "Bearer " + TOKEN).status()).isEqualTo(202);
      server.reindex.awaitIdle();

      JsonNode after = answer(server, asylum);
      assertThat(after.get("total").asInt()).isEqualTo(3);
      assertThat(RunningServer.ids(after.get("hits"))).contains("au/asylum-quokka-2025");
      assertThat(answer(server, asylum)).isEqualTo(after);
      // The same hits, but not the old answer: the new document's year is on the timeline and
      // every score moved with the collection's statistics.
      JsonNode borderAfter = answer(server, filtered);
      assertThat(RunningServer.ids(borderAfter.get("hits"))).isEqualTo(RunningServer.ids(border.get("hits")));
      assertThat(borderAfter).isNotEqualTo(border);
      assertThat(borderAfter.get("facets").get("year").toString()).contains("2025");
      assertThat(answer(server, filtered)).isEqualTo(borderAfter);
    }
  }
}
