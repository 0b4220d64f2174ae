package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.FixtureCorpus.Doc;
import org.migrationsearch.testing.RunningServer;

/** Concept expansion, spelling correction and a deterministic order, through the HTTP API. */
class RankingSemanticsTest {

  @TempDir static Path dir;
  static RunningServer server;

  static Doc doc(String path, String title, String date, String text) {
    return new Doc(path + ".json", title, date, "report", "en", List.of("US"), List.of("asylum"), "Agency", text);
  }

  @BeforeAll
  static void start() throws Exception {
    server = RunningServer.over(dir, List.of(
        doc("a/mpp", "Protocols report", "2020-01-01",
            "The Migrant Protection Protocols returned asylum seekers to wait across the border."),
        doc("a/remain", "Remain in Mexico ends", "2022-08-08",
            "The administration ended the policy known as Remain in Mexico."),
        doc("a/trafficking", "Prevention month", "2023-01-10",
            "January is national human trafficking prevention month."),
        doc("b/twin-2", "Identical twins", "2019-05-05", "Resettlement quotas for the coming year."),
        doc("b/twin-1", "Identical twins", "2021-05-05", "Resettlement quotas for the coming year.")), null);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static JsonNode search(String... params) {
    RunningServer.Answer a = server.get("/api/search", params);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a.json();
  }

  private static List<String> expanded(JsonNode r) {
    List<String> out = new ArrayList<>();
    r.path("expanded").forEach(v -> out.add(v.asText()));
    return out;
  }

  @Test
  void aProgrammeNicknameAlsoFindsItsOfficialNameRankedBelowTheWordsTyped() {
    JsonNode r = search("q", "Remain in Mexico");
    assertThat(RunningServer.ids(r.get("hits"))).containsExactly("a/remain", "a/mpp");
    assertThat(expanded(r)).contains("Migrant Protection Protocols");
    JsonNode off = search("q", "Remain in Mexico", "expand", "false");
    assertThat(RunningServer.ids(off.get("hits"))).containsExactly("a/remain");
    assertThat(off.has("expanded")).isFalse();
  }

  @Test
  void aMisspeltWordIsCorrectedWhenTheCorrectionFindsEveryWord() {
    JsonNode r = search("q", "human trafficing prevention");
    assertThat(r.get("corrected_from").asText()).isEqualTo("human trafficing prevention");
    assertThat(r.get("query").asText()).isEqualTo("human trafficking prevention");
    assertThat(RunningServer.ids(r.get("hits"))).startsWith("a/trafficking");
    assertThat(r.get("hits").get(0).has("missing")).isFalse();
  }

  @Test
  void knownWordsAreLeftAlone() {
    JsonNode r = search("q", "trafficking prevention");
    assertThat(r.has("suggestion")).isFalse();
    assertThat(r.has("corrected_from")).isFalse();
  }

  @Test
  void equalScoresAreOrderedByIdAndAnEmptyQueryByDateNewestFirst() {
    assertThat(RunningServer.ids(search("q", "resettlement quotas").get("hits"))).containsExactly("b/twin-1", "b/twin-2");
    assertThat(RunningServer.ids(search("q", "").get("hits")))
        .containsExactly("a/trafficking", "a/remain", "b/twin-1", "a/mpp", "b/twin-2");
  }
}
