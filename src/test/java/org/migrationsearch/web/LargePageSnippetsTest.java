package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.CliRun;
import org.migrationsearch.testing.FixtureCorpus;
import org.migrationsearch.testing.GeneratedCorpus;
import org.migrationsearch.testing.RunningServer;

/**
 * A large page gets snippets for its first 20 hits only, which is most of what highlighting a
 * page of 100 costs; the later hits come without and the answer says {@code snippets_partial},
 * in the API and in {@code search --json} alike.
 */
class LargePageSnippetsTest {

  @TempDir static Path dir;
  static RunningServer server;

  @BeforeAll
  static void start() throws Exception {
    server = RunningServer.over(dir, GeneratedCorpus.richDocuments(40, 60, 3), null);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void hitsPastTheTwentiethOfAPageComeWithoutSnippetsAndTheAnswerSaysSo() {
    JsonNode page = server.get("/api/search", "q", "asylum~1", "size", "30").json();
    assertThat(page.get("hits")).hasSize(30);
    assertThat(snippetCounts(page).subList(0, 20)).allSatisfy(n -> assertThat(n).isPositive());
    assertThat(snippetCounts(page).subList(20, 30)).containsOnly(0);
    assertThat(page.get("snippets_partial").asBoolean()).isTrue();
  }

  @Test
  void aPageOfTwentyOrFewerHasEverySnippetAndNoMark() {
    JsonNode page = server.get("/api/search", "q", "asylum~1", "size", "20").json();
    assertThat(snippetCounts(page)).hasSize(20).allSatisfy(n -> assertThat(n).isPositive());
    assertThat(page.has("snippets_partial")).isFalse();
    JsonNode unhighlighted = server.get("/api/search", "q", "asylum", "size", "30", "highlight", "false").json();
    assertThat(unhighlighted.has("snippets_partial")).as("no snippets were asked for").isFalse();
  }

  @Test
  void theCommandLineAnswersTheSame() throws Exception {
    CliRun run = CliRun.search(dir.resolve("index"), "--json", "--size", "30", "asylum~1");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode page = new ObjectMapper().readTree(run.out());
    assertThat(snippetCounts(page).subList(20, 30)).containsOnly(0);
    assertThat(page.get("snippets_partial").asBoolean()).isTrue();
  }

  private static List<Integer> snippetCounts(JsonNode page) {
    List<Integer> out = new ArrayList<>();
    page.get("hits").forEach(h -> out.add(h.get("snippets").size()));
    return out;
  }
}
