package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.FixtureCorpus.Doc;
import org.migrationsearch.testing.RunningServer;

/** Documents with the query's words close together rank above those with the words far apart. */
class ProximityBoostTest {

  @TempDir Path dir;

  static String words(int n) {
    String[] filler = {"policy", "government", "people", "programme", "region", "support", "services", "review"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(filler[i % filler.length]).append(' ');
    }
    return sb.toString();
  }

  static Doc doc(String name, String text) {
    return new Doc("p/" + name + ".json", "Note " + name, "2024-01-01", "report", "en", List.of("US"),
        List.of("border-enforcement"), "Agency", text);
  }

  @Test
  void adjacentWordsRankAboveWordsFarApart() throws Exception {
    // "far" is one word shorter, so on term statistics alone (BM25) it would rank first.
    List<Doc> docs = List.of(
        doc("adjacent", words(20) + "border security " + words(20)),
        doc("far", "border " + words(19) + "security " + words(20)),
        doc("near", words(10) + "border " + words(4) + "security " + words(25)),
        doc("unrelated", words(40)));
    try (RunningServer server = RunningServer.over(dir, docs, null)) {
      assertThat(RunningServer.ids(server.get("/api/search", "q", "border security")))
          .containsExactly("p/adjacent", "p/near", "p/far");
      assertThat(RunningServer.ids(server.get("/api/search", "q", "security border")))
          .startsWith("p/adjacent", "p/near");
      // The boost never changes what matches.
      assertThat(RunningServer.ids(server.get("/api/search", "q", "border -security"))).isEmpty();
      assertThat(RunningServer.ids(server.get("/api/search", "q", "border OR programme"))).hasSize(4);
    }
  }
}
