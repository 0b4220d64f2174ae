package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.FixtureCorpus;
import org.migrationsearch.testing.GeneratedCorpus;
import org.migrationsearch.testing.RunningServer;
import org.migrationsearch.testing.RunningServer.Answer;

/** {@code /api/export}: every hit, in rank order, as RFC 4180 CSV or a JSON envelope. */
class ExportTest {

  @TempDir static Path dir;
  static RunningServer server;

  @BeforeAll
  static void start() throws Exception {
    // More documents than one export batch (500), so streaming across batches is exercised.
    List<FixtureCorpus.Doc> docs = new ArrayList<>(FixtureCorpus.policyDocuments());
    docs.addAll(GeneratedCorpus.documents(620, 7));
    server = RunningServer.over(dir, docs, null);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  /** Every id of a search, page by page through the API. */
  private static List<String> rankedIds(String... params) {
    List<String> out = new ArrayList<>();
    for (int page = 1; ; page++) {
      List<String> extra = new ArrayList<>(List.of(params));
      extra.addAll(List.of("size", "100", "page", Integer.toString(page), "highlight", "false"));
      Answer a = server.get("/api/search", extra.toArray(String[]::new));
      assertThat(a.status()).as(a.body()).isEqualTo(200);
      List<String> ids = RunningServer.ids(a);
      out.addAll(ids);
      if (ids.size() < 100) {
        return out;
      }
    }
  }

  @Test
  void csvHasEveryHitInRankOrder() {
    for (String sort : List.of("relevance", "newest", "oldest")) {
      Answer a = server.get("/api/export", "format", "csv", "q", "migration", "sort", sort);
      assertThat(a.status()).as(a.body()).isEqualTo(200);
      List<List<String>> rows = Csv.parse(a.body());
      assertThat(rows.get(0)).containsExactly("id", "title", "date", "type", "source", "url", "language",
          "countries", "topics", "score", "query", "parameters", "build_id", "exported_at", "total");
      List<String> exported = rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList();
      assertThat(exported).as(sort).hasSizeGreaterThan(500).isEqualTo(rankedIds("q", "migration", "sort", sort));
    }
  }

  @Test
  void severalWordsExportInTheOrderOfTheSearchPagesBeyondTheRescoredTop() {
    // Plain words: the top hits are rescored for proximity, the rest keep their first-pass order.
    Answer a = server.get("/api/export", "format", "csv", "q", "migration policy government");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    List<List<String>> rows = Csv.parse(a.body());
    List<String> exported = rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList();
    assertThat(exported).hasSizeGreaterThan(100).isEqualTo(rankedIds("q", "migration policy government"));
  }

  @Test
  void csvQuotesCommasQuotesAndNewlinesAndIsUtf8WithBom() {
    Answer a = server.get("/api/export", "format", "csv", "country", "IT", "country", "US", "country", "MX",
        "not_country", "HN", "source", "Council, EU", "source", "State Department", "source", "SRE", "sort", "oldest");
    assertThat(a.header("Content-Type")).startsWith("text/csv").containsIgnoringCase("utf-8");
    byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
    assertThat(a.body()).startsWith("\uFEFF");
    assertThat(bytes.length).isGreaterThan(3);
    String body = a.body();
    assertThat(body).contains("\"Council, EU\"").contains("\"Border security cooperation, \"\"phase 2\"\"\"")
        .contains("\"Returns and readmission\nagreement\"");
    // Every record ends with CRLF.
    assertThat(body).endsWith("\r\n");
    List<List<String>> rows = Csv.parse(body);
    assertThat(rows).hasSize(4);
    assertThat(rows.subList(1, 4)).allSatisfy(r -> assertThat(r).hasSize(15));
    assertThat(rows.get(1)).startsWith("eu/returns-2019", "Returns and readmission\nagreement", "2019-02-02");
    assertThat(rows.get(2).get(1)).isEqualTo("Declaración sobre migración segura");
    assertThat(rows.get(3).get(1)).isEqualTo("Border security cooperation, \"phase 2\"");
    assertThat(rows.get(3).get(7)).isEqualTo("US;MX");
  }

  @Test
  void headersNameTheQueryFiltersAndBuild() {
    Answer a = server.get("/api/export", "format", "csv", "q", "asylum OR migración", "topic", "asylum",
        "not_country", "US", "from", "2020-01-01");
    String build = server.get("/api/stats").json().get("build_id").asText();
    assertThat(a.header("X-Index-Build")).isEqualTo(build);
    assertThat(URLDecoder.decode(a.header("X-Query"), StandardCharsets.UTF_8)).isEqualTo("asylum OR migración");
    String filters = URLDecoder.decode(a.header("X-Filters"), StandardCharsets.UTF_8);
    assertThat(filters).contains("topic=[asylum]").contains("not_country=[US]").contains("from=2020-01-01");
    assertThat(a.header("Content-Disposition")).contains("attachment").contains(build);
  }

  @Test
  void jsonEnvelopeNamesTheSearchAndHoldsEveryHit() {
    Answer a = server.get("/api/export", "format", "json", "q", "migration", "country", "MX", "country_match",
        "all", "not_topic", "visas", "sort", "newest");
    assertThat(a.status()).isEqualTo(200);
    JsonNode e = a.json();
    assertThat(e.get("query").asText()).isEqualTo("migration");
    assertThat(e.get("sort").asText()).isEqualTo("newest");
    assertThat(e.get("filters").get("country").get(0).asText()).isEqualTo("MX");
    assertThat(e.get("filters").get("country_match").asText()).isEqualTo("all");
    assertThat(e.get("filters").get("not_topic").get(0).asText()).isEqualTo("visas");
    assertThat(e.get("build_id").asText()).isEqualTo(server.get("/api/stats").json().get("build_id").asText());
    List<String> expected = rankedIds("q", "migration", "country", "MX", "country_match", "all", "not_topic",
        "visas", "sort", "newest");
    assertThat(e.get("total").asInt()).isEqualTo(expected.size());
    assertThat(RunningServer.ids(e.get("hits"))).isEqualTo(expected);
    assertThat(e.get("hits").get(0).has("snippets")).isFalse();
  }

  @Test
  void everyCsvRowCitesTheSearchWellEnoughToAskForItAgain() {
    Answer a = server.get("/api/export", "format", "csv", "q", "asylum OR migración", "country", "MX",
        "country", "GT", "country_match", "all", "not_topic", "visas", "to", "2023-12-31", "sort", "newest");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    List<List<String>> rows = Csv.parse(a.body());
    List<String> header = rows.get(0);
    List<List<String>> data = rows.subList(1, rows.size());
    assertThat(data).isNotEmpty();
    String build = server.get("/api/stats").json().get("build_id").asText();
    for (List<String> row : data) {
      assertThat(row.get(header.indexOf("query"))).isEqualTo("asylum OR migración");
      assertThat(row.get(header.indexOf("build_id"))).isEqualTo(build);
      assertThat(row.get(header.indexOf("total"))).isEqualTo(Integer.toString(data.size()));
      assertThat(java.time.Instant.parse(row.get(header.indexOf("exported_at")))).isNotNull();
    }
    // The cited parameters, sent back as they are, give the same rows in the same order.
    String parameters = data.get(0).get(header.indexOf("parameters"));
    Answer again = server.get("/api/export?format=json&" + parameters);
    assertThat(again.status()).as(parameters).isEqualTo(200);
    assertThat(RunningServer.ids(again.json().get("hits")))
        .isEqualTo(data.stream().map(r -> r.get(0)).toList());
  }

  @Test
  void equalScoresAreOrderedById() {
    JsonNode hits = server.get("/api/export", "format", "json", "q", "migration").json().get("hits");
    int ties = 0;
    for (int i = 1; i < hits.size(); i++) {
      if (hits.get(i).get("score").floatValue() == hits.get(i - 1).get("score").floatValue()) {
        ties++;
        assertThat(hits.get(i).get("id").asText()).isGreaterThan(hits.get(i - 1).get("id").asText());
      }
    }
    assertThat(ties).as("the generated corpus has equal scores").isPositive();
  }

  @Test
  void unknownFormatIsABadParameter() {
    Answer a = server.get("/api/export", "format", "docx");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("message").asText()).contains("'ris'").contains("'bibtex'").contains("docx");
  }

  /** A strict RFC 4180 reader, so the test checks the format rather than trusting the writer's own code. */
  static final class Csv {
    static List<List<String>> parse(String text) {
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '"' && field.length() == 0) {
          i++;
          while (true) {
            char q = text.charAt(i++);
            if (q == '"') {
              if (i < text.length() && text.charAt(i) == '"') {
                field.append('"');
                i++;
              } else {
                break;
              }
            } else {
              field.append(q);
            }
          }
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
          i++;
        } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
          i += 2;
        } else {
          assertThat(c).as("bare quote or line break outside quotes at " + i).isNotIn('"', '\n', '\r');
          field.append(c);
          i++;
        }
      }
      assertThat(row).as("last record ends with CRLF").isEmpty();
      return rows;
    }
  }
}
