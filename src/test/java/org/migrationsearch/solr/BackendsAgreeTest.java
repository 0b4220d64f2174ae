package org.migrationsearch.solr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.CliRun;
import org.migrationsearch.testing.RunningServer;
import org.migrationsearch.testing.SolrTestServer;

/**
 * The bundled corpus on both backends: pushed to a real two-shard Solr collection and indexed
 * locally, then the same API requests to each. Totals and facet counts must be equal for every
 * request, and for single words and fielded terms the hits and their scores too: same analysis,
 * same BM25, the same field weights and tie and, with exact distributed statistics, the same IDF.
 * The requests avoid what only the local planner does (README: what differs): multi-word concept
 * names, relaxing a query that finds too little, spelling corrections.
 */
@Tag("solr")
class BackendsAgreeTest {

  static final Path BUNDLED = Path.of("corpus");

  @TempDir
  static Path dir;

  static RunningServer local;
  static RunningServer solr;

  @BeforeAll
  static void start() throws Exception {
    String url = SolrTestServer.get().url();
    CliRun push = CliRun.of("push", "--solr", url, "--collection", "compare", "--corpus", BUNDLED.toString());
    assertThat(push.exitCode()).as(push.err()).isZero();
    local = RunningServer.start(BUNDLED, dir.resolve("index"), null, Duration.ofSeconds(20));
    SolrConnection connection = new SolrConnection(url, "compare");
    solr = RunningServer.serving(new SolrSearchBackend(connection, Duration.ofSeconds(20)), connection);
  }

  @AfterAll
  static void stop() throws Exception {
    if (local != null) {
      local.close();
    }
    if (solr != null) {
      solr.close();
    }
  }

  /** Requests as the page sends them: query string after {@code /api/search?}. */
  @ParameterizedTest
  @ValueSource(strings = {
      "q=",
      "q=asylum",
      "q=migracion",
      "q=asilo",
      "q=border%20security",
      "q=%22safe%20mobility%22",
      "q=asylum%20OR%20refugees",
      "q=title:deport*",
      "q=migration&country=MX&country=GT",
      "q=migration&country=MX&country=GT&country_match=all",
      "q=&language=es&topic=refugees",
      "q=&not_country=US",
      "q=border&from=2020-01-01&to=2023-12-31",
      "q=migration&sort=newest",
      "q=the%20and%20of",
  })
  void totalsAndFacetCountsAreTheSame(String query) {
    JsonNode l = ok(local.get("/api/search?" + query + "&size=100"));
    JsonNode s = ok(solr.get("/api/search?" + query + "&size=100"));
    assertThat(s.get("total").asLong()).as("total of " + query).isEqualTo(l.get("total").asLong());
    assertThat(s.get("facets")).as("facets of " + query).isEqualTo(l.get("facets"));
    assertThat(idsAndTypes(s)).as("hits of " + query).containsExactlyInAnyOrderElementsOf(idsAndTypes(l));
  }

  @ParameterizedTest
  @ValueSource(strings = {"asylum", "title:declaration", "detention", "asilo", "text:refugees"})
  void exactQueriesRankTheSameHitsWithTheSameScores(String query) {
    assertSameRanking(query, true);
  }

  /**
   * A quoted phrase ranks the same hits in the same order, but the local engine scores it twice:
   * its proximity boost adds the phrase again, which edismax's phrase boost does not do for quotes.
   */
  @ParameterizedTest
  @ValueSource(strings = {"%22safe%20mobility%22", "%22border%20security%22", "%22los%20angeles%20declaration%22"})
  void phrasesRankTheSameHitsInTheSameOrder(String query) {
    assertSameRanking(query, false);
  }

  private static void assertSameRanking(String query, boolean withScores) {
    JsonNode l = ok(local.get("/api/search?q=" + query + "&size=100&highlight=false"));
    JsonNode s = ok(solr.get("/api/search?q=" + query + "&size=100&highlight=false"));
    assertThat(l.get("total").asLong()).isPositive();
    assertThat(ranked(s, withScores)).as("top hits of " + query).isEqualTo(ranked(l, withScores));
  }

  @Test
  void documentsReadBackTheSame() {
    JsonNode hits = ok(local.get("/api/search?q=&size=100")).get("hits");
    for (int i = 0; i < hits.size(); i += 9) {
      String id = RunningServer.encode(hits.get(i).get("id").asText());
      assertThat(ok(solr.get("/api/documents/" + id))).isEqualTo(ok(local.get("/api/documents/" + id)));
    }
  }

  @Test
  void similarDocumentsAreOtherDocumentsOfTheCollection() {
    String id = "press/2022-06-10-los-angeles-declaration-fact-sheet";
    JsonNode similar = ok(solr.get("/api/documents/" + RunningServer.encode(id) + "/similar"));
    List<String> ids = RunningServer.ids(similar.get("hits"));
    assertThat(ids).isNotEmpty().doesNotContain(id);
    assertThat(solr.get("/api/documents/" + RunningServer.encode("no/such/doc") + "/similar").status()).isEqualTo(404);
  }

  @Test
  void statsAndHealthHaveTheLocalShape() {
    JsonNode l = ok(local.get("/api/stats"));
    JsonNode s = ok(solr.get("/api/stats"));
    assertThat(s.get("documents")).isEqualTo(l.get("documents"));
    assertThat(s.get("facets")).isEqualTo(l.get("facets"));
    List<String> localKeys = new ArrayList<>();
    l.fieldNames().forEachRemaining(localKeys::add);
    List<String> solrKeys = new ArrayList<>();
    s.fieldNames().forEachRemaining(solrKeys::add);
    assertThat(solrKeys).isEqualTo(localKeys);
    assertThat(ok(solr.get("/api/health"))).isEqualTo(ok(local.get("/api/health")));
    assertThat(solr.post("/api/admin/reindex", "Bearer x").status()).isEqualTo(409);
  }

  @Test
  void snippetsMarkTheWordsSearchedFor() {
    JsonNode hits = ok(solr.get("/api/search?q=asylum&size=5")).get("hits");
    assertThat(hits.size()).isPositive();
    for (JsonNode h : hits) {
      String all = h.get("snippets").toString() + h.path("title_snippet").asText("");
      assertThat(all.toLowerCase(Locale.ROOT)).contains("<mark>asylum");
    }
  }

  @Test
  void aLargePageHasSnippetsForItsFirstHitsOnlyOnBoth() {
    JsonNode fromSolr = ok(solr.get("/api/search?q=migration&size=40"));
    JsonNode fromLocal = ok(local.get("/api/search?q=migration&size=40"));
    assertThat(fromSolr.get("hits").size()).as("a page larger than the snippet limit").isEqualTo(40);
    assertThat(fromSolr.path("snippets_partial").asBoolean()).isTrue();
    assertThat(fromLocal.path("snippets_partial").asBoolean()).isTrue();
    JsonNode hits = fromSolr.get("hits");
    for (int i = 0; i < hits.size(); i++) {
      String marked = hits.get(i).get("snippets").toString() + hits.get(i).path("title_snippet").asText("");
      if (i < 20) {
        assertThat(marked.toLowerCase(Locale.ROOT)).as("hit %d", i).contains("<mark>migra");
      } else {
        assertThat(hits.get(i).get("snippets").size()).as("hit %d", i).isZero();
        assertThat(hits.get(i).has("title_snippet")).as("hit %d", i).isFalse();
      }
    }
    JsonNode small = ok(solr.get("/api/search?q=migration&size=20"));
    assertThat(small.has("snippets_partial")).as("a page within the limit is whole").isFalse();
  }

  @Test
  void aBadQueryIsTheSame400OnBoth() {
    RunningServer.Answer l = local.get("/api/search", "q", "title:(unclosed");
    RunningServer.Answer s = solr.get("/api/search", "q", "title:(unclosed");
    assertThat(s.status()).isEqualTo(400).isEqualTo(l.status());
    assertThat(s.json()).isEqualTo(l.json());
  }

  @Test
  void exportStreamsEveryHitThroughTheCursor() {
    RunningServer.Answer l = local.get("/api/export", "format", "json", "q", "migration");
    RunningServer.Answer s = solr.get("/api/export", "format", "json", "q", "migration");
    assertThat(s.status()).isEqualTo(200);
    assertThat(idsOfExport(s)).containsExactlyInAnyOrderElementsOf(idsOfExport(l));
    assertThat(idsOfExport(s)).hasSize((int) ok(local.get("/api/search?q=migration")).get("total").asLong());
  }

  private static List<String> idsOfExport(RunningServer.Answer a) {
    JsonNode json = a.json();
    JsonNode hits = json.has("hits") ? json.get("hits") : json;
    return RunningServer.ids(hits);
  }

  private static JsonNode ok(RunningServer.Answer a) {
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a.json();
  }

  private static List<String> idsAndTypes(JsonNode response) {
    List<String> out = new ArrayList<>();
    response.get("hits").forEach(h -> out.add(h.get("id").asText() + " " + h.path("type").asText()
        + " " + h.get("countries")));
    return out;
  }

  /** Hits by score, ties by id: which of two equally scored documents a backend lists first is arbitrary. */
  private static List<String> ranked(JsonNode response, boolean withScores) {
    List<String[]> hits = new ArrayList<>();
    response.get("hits").forEach(h -> hits.add(new String[] {
        String.format(Locale.ROOT, "%.3f", h.get("score").asDouble()), h.get("id").asText()}));
    hits.sort(Comparator.<String[], Double>comparing(h -> -Double.parseDouble(h[0])).thenComparing(h -> h[1]));
    return hits.stream().map(h -> withScores ? h[0] + " " + h[1] : h[1]).toList();
  }
}
