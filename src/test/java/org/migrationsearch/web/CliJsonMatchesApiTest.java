package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationsearch.cli.Main;
import org.migrationsearch.testing.FixtureCorpus;
import org.migrationsearch.testing.GeneratedCorpus;
import org.migrationsearch.testing.RunningServer;
import org.migrationsearch.testing.RunningServer.Answer;

/** {@code search --json} prints exactly the body of {@code GET /api/search}, apart from took_ms. */
class CliJsonMatchesApiTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static RunningServer server;

  @BeforeAll
  static void start() throws Exception {
    List<FixtureCorpus.Doc> docs = new ArrayList<>(FixtureCorpus.policyDocuments());
    docs.addAll(GeneratedCorpus.documents(60, 3));
    server = RunningServer.over(dir, docs, null);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  /** Each case: CLI arguments after the query words, and the same search as API parameters. */
  @ParameterizedTest
  @ValueSource(strings = {
      "q=migration",
      "q=asylum OR migración|--country=US|--country=DE|country=US|country=DE",
      "q=migration|--topic=asylum|--type=report|--from=2016-01-01|--to=2020-12-31|topic=asylum|type=report|from=2016-01-01|to=2020-12-31",
      "q=migration|--sort=newest|--page=2|--size=5|sort=newest|page=2|size=5",
      "q=|--language=es|--source=SRE|language=es|source=SRE",
      "q=\"border security\"|--syntax=simple|syntax=simple"})
  void sameJsonAsTheApi(String spec) throws Exception {
    List<String> cli = new ArrayList<>(List.of("search", "--index", server.index.toString(), "--json"));
    List<String> api = new ArrayList<>();
    for (String part : spec.split("\\|")) {
      if (part.startsWith("--")) {
        cli.add(part);
      } else {
        String[] kv = part.split("=", 2);
        api.addAll(List.of(kv[0], kv[1]));
        if (kv[0].equals("q") && !kv[1].isEmpty()) {
          cli.add("--");
          cli.add(kv[1]);
        }
      }
    }
    // The query goes last, after "--", so words starting with a dash stay words.
    if (cli.contains("--")) {
      int at = cli.indexOf("--");
      List<String> query = new ArrayList<>(cli.subList(at, at + 2));
      cli.subList(at, at + 2).clear();
      cli.addAll(query);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), cli.toArray(String[]::new));
    assertThat(status).as(err.toString()).isZero();

    Answer a = server.get("/api/search", api.toArray(String[]::new));
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    JsonNode fromCli = withoutTook(JSON.readTree(out.toString()));
    JsonNode fromApi = withoutTook(a.json());
    assertThat(fromApi.get("total").asInt()).as("a search that finds something").isPositive();
    assertThat(fromCli).isEqualTo(fromApi);
  }

  private static JsonNode withoutTook(JsonNode n) {
    assertThat(n.has("took_ms")).isTrue();
    ((ObjectNode) n).remove("took_ms");
    return n;
  }
}
