package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationsearch.testing.RunningServer.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.FixtureCorpus;
import org.migrationsearch.testing.RunningServer;
import org.migrationsearch.testing.RunningServer.Answer;

/** {@code /api/search} and the read-only endpoints, through HTTP against a real server. */
class SearchApiEndToEndTest {

  @TempDir static Path dir;
  static RunningServer server;

  @BeforeAll
  static void start() throws Exception {
    server = RunningServer.over(dir, FixtureCorpus.policyDocuments(), null);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static Answer search(String... params) {
    Answer a = server.get("/api/search", params);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a;
  }

  @Test
  void emptyQueryMatchesEveryDocumentWithTheContractShape() {
    JsonNode r = search().json();
    assertThat(r.get("total").asInt()).isEqualTo(7);
    assertThat(r.get("page").asInt()).isEqualTo(1);
    assertThat(r.get("size").asInt()).isEqualTo(10);
    assertThat(r.has("took_ms")).isTrue();
    JsonNode hit = r.get("hits").get(0);
    for (String field : List.of("id", "title", "date", "type", "source", "url", "language", "countries", "topics",
        "score", "snippets")) {
      assertThat(hit.has(field)).as(field).isTrue();
    }
    assertThat(r.get("facets").fieldNames()).toIterable()
        .containsExactly("country", "topic", "type", "language", "source", "year");
  }

  @Test
  void queryFindsMatchingDocumentsWithMarkedSnippets() {
    JsonNode r = search("q", "asylum").json();
    assertThat(ids(r.get("hits"))).containsExactlyInAnyOrder("eu/asylum-trends-2021", "us/asylum-processing-2024");
    assertThat(r.get("hits").get(0).get("snippets").get(0).asText()).contains("<mark>");
  }

  @Test
  void plainWordsRankDocumentsWithEveryWordFirstAndSayWhenRelaxed() {
    JsonNode relaxed = search("q", "asylum parole").json();
    // One document has both words: too few, so those with one of them follow, and the answer says so.
    assertThat(ids(relaxed.get("hits"))).startsWith("us/asylum-processing-2024").contains("eu/asylum-trends-2021");
    assertThat(relaxed.get("relaxed").asBoolean()).isTrue();
    assertThat(relaxed.get("hits").get(0).has("missing")).isFalse();
    assertThat(relaxed.get("hits").get(1).get("missing").get(0).asText()).isEqualTo("parole");
  }

  @Test
  void explicitAndKeepsItsExactMeaning() {
    JsonNode strict = search("q", "asylum AND parole").json();
    assertThat(ids(strict.get("hits"))).containsExactly("us/asylum-processing-2024");
    assertThat(strict.has("relaxed")).isFalse();
  }

  @Test
  void accentsAndCaseDoNotMatter() {
    assertThat(ids(search("q", "migracion"))).contains("mx/migracion-segura-2023");
    assertThat(ids(search("q", "MIGRACIÓN"))).contains("mx/migracion-segura-2023");
  }

  @Test
  void titleFieldSearchesTitlesOnly() {
    // "asylum" is in the text of no other document, but "security" is in the text of root-causes too.
    assertThat(ids(search("q", "security"))).contains("us/border-security-2024", "gt/root-causes-2022");
    assertThat(ids(search("q", "title:security"))).containsExactly("us/border-security-2024");
  }

  @Test
  void phraseNeedsTheWordsInOrder() {
    assertThat(ids(search("q", "\"border security\""))).containsExactly("us/border-security-2024");
    assertThat(ids(search("q", "\"security border\""))).isEmpty();
    assertThat(ids(search("q", "\"governments border\"~5"))).containsExactly("us/border-security-2024");
  }

  @Test
  void wildcardsExpand() {
    assertThat(ids(search("q", "readmi*"))).containsExactly("eu/returns-2019");
    assertThat(ids(search("q", "as?lum"))).containsExactlyInAnyOrder("eu/asylum-trends-2021",
        "us/asylum-processing-2024");
  }

  @Test
  void simpleSyntaxNeverFailsOnPastedText() {
    Answer a = search("q", "asylum AND (", "syntax", "simple");
    assertThat(ids(a)).contains("eu/asylum-trends-2021");
  }

  @Test
  void anyFilterKeepsDocumentsWithOneOfTheValues() {
    assertThat(ids(search("country", "CA", "country", "DE")))
        .containsExactlyInAnyOrder("ca/temporary-workers-2020", "eu/asylum-trends-2021");
    assertThat(ids(search("topic", "asylum"))).containsExactlyInAnyOrder("eu/asylum-trends-2021",
        "us/asylum-processing-2024");
    assertThat(ids(search("type", "treaty"))).containsExactly("eu/returns-2019");
    assertThat(ids(search("language", "es"))).containsExactly("mx/migracion-segura-2023");
    assertThat(ids(search("source", "Council, EU"))).containsExactly("eu/returns-2019");
  }

  @Test
  void matchAllFilterNeedsEveryValue() {
    assertThat(ids(search("country", "US", "country", "MX", "country_match", "all")))
        .containsExactly("us/border-security-2024");
    assertThat(ids(search("country", "US", "country", "MX"))).hasSize(4);
  }

  @Test
  void notFilterDropsDocuments() {
    assertThat(ids(search("not_country", "US"))).containsExactlyInAnyOrder("mx/migracion-segura-2023",
        "eu/asylum-trends-2021", "ca/temporary-workers-2020", "eu/returns-2019");
    assertThat(ids(search("topic", "asylum", "not_type", "report"))).containsExactly("us/asylum-processing-2024");
  }

  @Test
  void dateRangeIsInclusive() {
    assertThat(ids(search("from", "2022-07-29", "to", "2024-01-15"))).containsExactlyInAnyOrder(
        "gt/root-causes-2022", "mx/migracion-segura-2023", "us/asylum-processing-2024");
  }

  @Test
  void sortByDate() {
    assertThat(ids(search("sort", "newest", "size", "3"))).containsExactly(
        "us/border-security-2024", "us/asylum-processing-2024", "mx/migracion-segura-2023");
    assertThat(ids(search("sort", "oldest", "size", "2"))).containsExactly("eu/returns-2019",
        "ca/temporary-workers-2020");
    JsonNode r = search("q", "asylum", "sort", "oldest").json();
    assertThat(ids(r.get("hits"))).containsExactly("eu/asylum-trends-2021", "us/asylum-processing-2024");
    assertThat(r.get("hits").get(0).get("score").asDouble()).isPositive();
  }

  @Test
  void pagesSplitTheRankingWithoutGapsOrRepeats() {
    List<String> all = ids(search("sort", "newest", "size", "7"));
    List<String> paged = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      JsonNode r = search("sort", "newest", "size", "3", "page", Integer.toString(page)).json();
      assertThat(r.get("total").asInt()).isEqualTo(7);
      assertThat(r.get("page").asInt()).isEqualTo(page);
      paged.addAll(ids(r.get("hits")));
    }
    assertThat(paged).isEqualTo(all);
    assertThat(ids(search("page", "4", "size", "3"))).isEmpty();
  }

  @Test
  void snippetsForWildcardsPhrasesAndFilteredSearches() {
    JsonNode wildcard = search("q", "readmi*").json().get("hits").get(0);
    assertThat(wildcard.get("snippets").get(0).asText()).contains("<mark>readmission</mark>");
    JsonNode phrase = search("q", "\"border security\"", "country", "MX", "from", "2020-01-01").json().get("hits").get(0);
    assertThat(phrase.get("snippets").get(0).asText()).contains("<mark>border security</mark>");
    JsonNode accented = search("q", "migracion", "language", "es").json().get("hits").get(0);
    assertThat(accented.get("snippets").get(0).asText()).contains("<mark>migración</mark>");
  }

  @Test
  void everyDocumentSearchShowsTheOpeningOfEachTextUnmarked() {
    JsonNode hits = search("sort", "oldest").json().get("hits");
    assertThat(hits.get(0).get("snippets").get(0).asText()).startsWith("The parties agree").doesNotContain("<mark>");
  }

  @Test
  void highlightFalseLeavesSnippetsOut() {
    JsonNode hit = search("q", "asylum", "highlight", "false").json().get("hits").get(0);
    assertThat(hit.get("snippets")).isEmpty();
    assertThat(hit.has("title_snippet")).isFalse();
  }

  @Test
  void snippetsEscapeHtmlAndMarkOnlyMatches() {
    JsonNode hit = search("q", "phase").json().get("hits").get(0);
    assertThat(hit.get("title_snippet").asText()).isEqualTo("Border security cooperation, &quot;<mark>phase</mark> 2&quot;");
  }

  @Test
  void facetsOfTheWholeIndex() {
    Answer a = server.get("/api/facets");
    assertThat(a.status()).isEqualTo(200);
    JsonNode country = a.json().get("country");
    assertThat(count(country, "US")).isEqualTo(3);
    assertThat(count(country, "MX")).isEqualTo(2);
    assertThat(country.get(0).get("label").asText()).isEqualTo("United States");
    List<String> years = new ArrayList<>();
    a.json().get("year").forEach(y -> years.add(y.get("value").asText()));
    assertThat(years).containsExactly("2019", "2020", "2021", "2022", "2023", "2024");
    assertThat(count(a.json().get("year"), "2024")).isEqualTo(2);
  }

  @Test
  void searchFacetsAreMultiSelect() {
    JsonNode facets = search("country", "CA").json().get("facets");
    assertThat(count(facets.get("country"), "US")).isEqualTo(3);
    assertThat(selected(facets.get("country"), "CA")).isTrue();
    assertThat(selected(facets.get("country"), "US")).isFalse();
    assertThat(count(facets.get("type"), "regulation")).isEqualTo(1);
    assertThat(count(facets.get("type"), "report")).isZero();
  }

  @Test
  void documentById_withSlashesSentEncoded() {
    Answer a = server.get("/api/documents/" + "us%2Fborder-security-2024");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.json().get("id").asText()).isEqualTo("us/border-security-2024");
    assertThat(a.json().get("text").asText()).contains("operational cell");
    assertThat(a.json().get("countries")).hasSize(2);
  }

  @Test
  void unknownDocumentIs404Json() {
    Answer a = server.get("/api/documents/" + "no%2Fsuch-doc");
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.json().get("error").asText()).isEqualTo("not_found");
    assertThat(server.get("/api/documents/no%2Fsuch-doc/similar").status()).isEqualTo(404);
  }

  @Test
  void similarDocumentsExcludeTheDocumentItself() {
    Answer a = server.get("/api/documents/us%2Fasylum-processing-2024/similar");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    List<String> similar = ids(a.json().get("hits"));
    assertThat(similar).isNotEmpty().hasSizeLessThanOrEqualTo(10).doesNotContain("us/asylum-processing-2024");
    assertThat(similar.get(0)).isEqualTo("eu/asylum-trends-2021");
  }

  @Test
  void healthCountsDocuments() {
    Answer a = server.get("/api/health");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("status").asText()).isEqualTo("ok");
    assertThat(a.json().get("documents").asInt()).isEqualTo(7);
  }

  @Test
  void statsNameTheBuildAndTheReindexState() {
    JsonNode s = server.get("/api/stats").json();
    assertThat(s.get("documents").asInt()).isEqualTo(7);
    assertThat(s.get("build_id").asText()).isNotBlank();
    assertThat(s.get("built_at").asText()).isNotBlank();
    assertThat(s.get("corpus").asText()).isEqualTo(server.corpus.toString());
    assertThat(s.get("reindex").get("state").asText()).isEqualTo("idle");
    assertThat(s.get("reindex").has("last")).isTrue();
  }

  @Test
  void reindexIsForbiddenWhenNoTokenIsConfigured() {
    Answer a = server.post("/api/admin/reindex", "Bearer anything");
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.json().get("error").asText()).isEqualTo("forbidden");
  }

  @Test
  void unknownRouteIs404Json() {
    Answer a = server.get("/api/nothing-here");
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.json().get("error").asText()).isEqualTo("not_found");
  }

  static long count(JsonNode values, String value) {
    for (JsonNode v : values) {
      if (v.get("value").asText().equals(value)) {
        return v.get("count").asLong();
      }
    }
    return 0;
  }

  static boolean selected(JsonNode values, String value) {
    for (JsonNode v : values) {
      if (v.get("value").asText().equals(value)) {
        return v.get("selected").asBoolean();
      }
    }
    throw new AssertionError("no facet value " + value + " in " + values);
  }
}
