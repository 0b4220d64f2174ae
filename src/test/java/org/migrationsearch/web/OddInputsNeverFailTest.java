package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationsearch.testing.FixtureCorpus;
import org.migrationsearch.testing.RunningServer;
import org.migrationsearch.testing.RunningServer.Answer;

/**
 * Whatever a client sends, the answer is a result or a JSON error: never a 500, never a stack
 * trace. Each odd query goes to every endpoint that takes one, in both syntaxes.
 */
class OddInputsNeverFailTest {

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

  static Stream<String> oddQueries() {
    List<String> qs = new ArrayList<>(List.of("", " ", "the of and", "el de la", "*", "?", "*sylum", "?sylum",
        "title:", "text:", "foo:bar", "title:*", "*:*", "asylum~", "asylum~0.5", "\"border security\"~", "~",
        "AND", "OR NOT", "NOT asylum", "-asylum", "+", "-", "!", "(", ")", "[a TO z]", "{* TO *}", "/regex/", "/[/",
        "asylum^", "asylum^abc", "\\", "\"", "'", "&&", "||", "a:b:c", "title:(asylum OR", "移民", "مهاجرة",
        "émigration ñandú", "😀 refugees", "\u0000", "asylum\u0000parole", "%00", "<script>alert(1)</script>",
        "a*b*c*d*e*f*g*", "**", "??????", "a".repeat(5000), "asylum ".repeat(3000), "a* ".repeat(2000),
        "title:a* OR text:b* OR c*"));
    return qs.stream();
  }

  @ParameterizedTest
  @MethodSource("oddQueries")
  void searchAnswersWithAResultOrAJsonError(String q) {
    for (String syntax : List.of("lucene", "simple")) {
      check(server.get("/api/search", "q", q, "syntax", syntax));
      check(server.get("/api/export", "q", q, "syntax", syntax, "format", "json"));
    }
  }

  @ParameterizedTest
  @MethodSource("oddQueries")
  void oddFilterValuesAndIdsAreHandled(String value) {
    if (value.length() > 200) {
      return; // ids and filter values that long say nothing new and make URLs unwieldy
    }
    check(server.get("/api/search", "country", value, "not_topic", value, "source", value));
    check(server.get("/api/search", "from", value));
    check(server.get("/api/search", "page", value, "size", value));
    check(server.get("/api/documents/" + RunningServer.encode(value)));
    check(server.get("/api/documents/" + RunningServer.encode(value) + "/similar"));
  }

  @ParameterizedTest
  @MethodSource("rawPaths")
  void rawOddUrls(String path) {
    check(server.get(path));
  }

  static Stream<String> rawPaths() {
    return Stream.of("/api/search?q=%00", "/api/search?q=%25", "/api/search?q=%25ZZ", "/api/search?q=a&q=b",
        "/api/search?page=1&page=2", "/api/search?size=", "/api/search?country=", "/api/documents/%00",
        "/api/documents/..%2F..%2Fetc%2Fpasswd", "/api/documents/%2F", "/api/documents/a%2F", "/api/export?format=",
        "/api/search?from=2024-01-01T00:00", "/api/search?to=99999-01-01", "/api/search?from=0000",
        "/api/search?sort=", "/api/search?highlight=", "/api/nothing", "/api/documents/", "/api/documents",
        "/api/search?q=" + "a".repeat(70_000));
  }

  private static void check(Answer a) {
    // 414 only for a URL longer than the server takes at all (64 KB), still as a JSON error.
    assertThat(a.status()).as(a.body()).isIn(200, 400, 404, 414);
    assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(a.json()).as("JSON body: " + a.status() + " " + a.raw().headers().map() + " " + a.body()).isNotNull();
    if (a.status() == 200) {
      assertThat(a.json().has("hits") || a.json().has("id")).as(a.body()).isTrue();
    } else {
      assertThat(a.json().get("error").asText()).isNotBlank();
      assertThat(a.json().get("message").asText()).isNotBlank();
    }
  }
}
