package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationsearch.search.plan.QueryLimits;
import org.migrationsearch.testing.FixtureCorpus;
import org.migrationsearch.testing.RunningServer;
import org.migrationsearch.testing.RunningServer.Answer;

/**
 * The contract's 400 answers: {@code bad_query} with a position, {@code bad_parameter}; the
 * expensive query forms refused up front with a message naming the limit, in both syntaxes.
 */
class ApiErrorsTest {

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

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "asylum AND (|12",
      "\"unclosed|9",
      "asylum AND|10",
      "foo:bar|"})
  void syntaxErrorsAreBadQueryWithThePosition(String q, Integer position) {
    Answer a = server.get("/api/search", "q", q);
    assertThat(a.status()).as(a.body()).isEqualTo(400);
    assertThat(a.json().get("error").asText()).isEqualTo("bad_query");
    assertThat(a.json().get("message").asText()).isNotBlank().doesNotContain("lexical state");
    if (position != null) {
      assertThat(a.json().get("position").asInt()).as(a.body()).isEqualTo(position);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "size|0", "size|101", "size|-1", "size|ten", "page|0", "page|abc", "page|-3", "page|99999999999",
      "from|2024-13-01", "from|yesterday", "to|2024-02-30", "sort|random", "syntax|regex", "highlight|maybe",
      "country_match|every", "topic_match|most"})
  void badParametersAre400(String name, String value) {
    Answer a = server.get("/api/search", name, value);
    assertThat(a.status()).as(a.body()).isEqualTo(400);
    assertThat(a.json().get("error").asText()).isEqualTo("bad_parameter");
    assertThat(a.json().get("message").asText()).contains(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"page=101&size=100", "page=10001&size=1", "page=2001&size=5"})
  void pagesEndAtTenThousandHits(String query) {
    Answer a = server.get("/api/search?" + query);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("error").asText()).isEqualTo("bad_parameter");
    assertThat(server.get("/api/search?page=100&size=100").status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"from=2024-02-01&to=2024-01-31", "from=2025&to=2024"})
  void fromAfterToIsABadParameter(String query) {
    Answer a = server.get("/api/search?" + query);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("error").asText()).isEqualTo("bad_parameter");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/export?format=xml", "/api/export?size=0", "/api/export?q=asylum%20AND%20("})
  void exportRefusesBadRequestsBeforeWritingAnything(String path) {
    Answer a = server.get(path);
    assertThat(a.status()).as(a.body()).isEqualTo(400);
    assertThat(a.json().get("error").asText()).isIn("bad_parameter", "bad_query");
  }

  @org.junit.jupiter.api.Test
  void aWrongMethodIs405Json() {
    Answer post = server.post("/api/search", null);
    assertThat(post.status()).as(post.body()).isEqualTo(405);
    assertThat(post.json().get("error").asText()).isEqualTo("method_not_allowed");
    Answer get = server.get("/api/admin/reindex");
    assertThat(get.status()).as(get.body()).isEqualTo(405);
  }

  // The limits on expensive query forms, and input the servlet layer would misread.

  private static void refused(Answer a, String code, String... words) {
    assertThat(a.status()).as(a.body()).isEqualTo(400);
    assertThat(a.json().get("error").asText()).isEqualTo(code);
    assertThat(a.json().get("message").asText()).contains(words);
  }

  @Test
  void deepNestingIsRefusedInBothSyntaxes() {
    String nested = "(".repeat(3000) + "asylum" + ")".repeat(3000);
    for (String syntax : List.of("lucene", "simple")) {
      refused(server.get("/api/search", "q", nested, "syntax", syntax), "bad_query",
          "3000 levels", "limit is " + QueryLimits.MAX_NESTING_DEPTH);
      refused(server.get("/api/export", "q", nested, "syntax", syntax), "bad_query", "limit is");
    }
    String shallow = "(".repeat(QueryLimits.MAX_NESTING_DEPTH) + "asylum" + ")".repeat(QueryLimits.MAX_NESTING_DEPTH);
    assertThat(server.get("/api/search", "q", shallow).status()).isEqualTo(200);
  }

  @Test
  void regularExpressionsTooComplexToDeterminizeAreRefused() {
    refused(server.get("/api/search", "q", "/a{1000000}/"), "bad_query", "too complex", "10000");
    refused(server.get("/api/search", "q", "/(a|b)*a(a|b){40}/"), "bad_query", "too complex");
  }

  @Test
  void fuzzyWordsPerQueryAreLimited() {
    String many = IntStream.range(0, QueryLimits.MAX_FUZZY_TERMS + 1).mapToObj(i -> "word" + i + "~2")
        .collect(Collectors.joining(" OR "));
    refused(server.get("/api/search", "q", many), "bad_query", "fuzzy", "limit is " + QueryLimits.MAX_FUZZY_TERMS);
    String allowed = IntStream.range(0, QueryLimits.MAX_FUZZY_TERMS).mapToObj(i -> "word" + i + "~2")
        .collect(Collectors.joining(" OR "));
    assertThat(server.get("/api/search", "q", allowed).status()).isEqualTo(200);
  }

  @Test
  void filterValuesPerRequestAreLimited() {
    List<String> params = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      params.add("country");
      params.add("C" + i);
    }
    refused(server.get("/api/search", params.toArray(String[]::new)), "bad_parameter",
        "3000 filter values", "limit is " + QueryLimits.MAX_FILTER_VALUES);
    refused(server.get("/api/export", params.toArray(String[]::new)), "bad_parameter", "filter values");
  }

  @Test
  void overlongQueriesAreRefused() {
    refused(server.get("/api/search", "q", "a".repeat(QueryLimits.MAX_QUERY_CHARS + 1)), "bad_query",
        "characters long", "limit is " + QueryLimits.MAX_QUERY_CHARS);
  }

  @Test
  void brokenPercentEncodingIsABadParameterNotAnEmptyQuery() {
    for (String bad : List.of("q=%zz", "q=asylum%", "q=%C3%28", "country=%G1")) {
      String answer = server.raw("/api/search?" + bad);
      assertThat(answer).as(bad).startsWith("HTTP/1.1 400").contains("\"error\":\"bad_parameter\"");
    }
    assertThat(server.raw("/api/search?q=%zz")).contains("%zz");
    assertThat(server.raw("/api/export?q=%C3%28")).startsWith("HTTP/1.1 400").contains("UTF-8");
    assertThat(server.get("/api/search?q=migraci%C3%B3n").status()).isEqualTo(200);
  }

  @Test
  void nonAsciiDigitsAreNotNumbers() {
    refused(server.get("/api/search", "q", "asylum", "page", "\u0663"), "bad_parameter", "page");
    refused(server.get("/api/search", "q", "asylum", "size", "\uff11\uff10"), "bad_parameter", "size");
  }

  @Test
  void aLoneStarAndStarColonStarMatchEveryDocument() {
    int all = server.get("/api/search", "q", "").json().get("total").asInt();
    assertThat(all).isEqualTo(FixtureCorpus.policyDocuments().size());
    for (String q : List.of("*", "*:*", " *:* ")) {
      for (String syntax : List.of("lucene", "simple")) {
        Answer a = server.get("/api/search", "q", q, "syntax", syntax);
        assertThat(a.status()).as(q + " " + a.body()).isEqualTo(200);
        assertThat(a.json().get("total").asInt()).as(q + " " + syntax).isEqualTo(all);
      }
    }
  }
}
