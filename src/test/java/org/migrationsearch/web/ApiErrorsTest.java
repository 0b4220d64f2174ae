package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationsearch.testing.FixtureCorpus;
import org.migrationsearch.testing.RunningServer;
import org.migrationsearch.testing.RunningServer.Answer;

/** The contract's 400 answers: {@code bad_query} with a position, {@code bad_parameter}. */
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
}
