package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.FixtureCorpus;
import org.migrationsearch.testing.RunningServer;
import org.migrationsearch.testing.RunningServer.Answer;

/** {@code POST /api/admin/reindex}: the token rules, then the new documents become searchable. */
class AdminReindexTest {

  static final String TOKEN = "s3cret-token";

  @TempDir Path dir;

  @Test
  void refusesMissingOrWrongTokensAndRebuildsWithTheRightOne() throws Exception {
    try (RunningServer server = RunningServer.over(dir, FixtureCorpus.policyDocuments(), TOKEN)) {
      String oldBuild = server.get("/api/stats").json().get("build_id").asText();
      for (String auth : new String[] {null, "Bearer wrong", "Bearer " + TOKEN + "x", "Basic " + TOKEN, TOKEN, "Bearer "}) {
        Answer a = server.post("/api/admin/reindex", auth);
        assertThat(a.status()).as(String.valueOf(auth)).isEqualTo(401);
        assertThat(a.json().get("error").asText()).isEqualTo("unauthorized");
      }
      assertThat(server.get("/api/search", "q", "quokka").json().get("total").asInt()).isZero();

      FixtureCorpus.write(server.corpus, new FixtureCorpus.Doc("au/quokka-visa-2025.json", "Quokka visa programme",
          "2025-02-01", "regulation", "en", List.of("AU"), List.of("visas"), "Home Affairs",
          "A new visa stream for quokka researchers."));
      Answer started = server.post("/api/admin/reindex", "Bearer " + TOKEN);
      assertThat(started.status()).isEqualTo(202);
      assertThat(started.json().get("state").asText()).isEqualTo("running");
      server.reindex.awaitIdle();

      JsonNode r = server.get("/api/search", "q", "quokka").json();
      assertThat(RunningServer.ids(r.get("hits"))).containsExactly("au/quokka-visa-2025");
      JsonNode stats = server.get("/api/stats").json();
      assertThat(stats.get("documents").asInt()).isEqualTo(8);
      assertThat(stats.get("build_id").asText()).isNotEqualTo(oldBuild);
      assertThat(stats.get("reindex").get("state").asText()).isEqualTo("idle");
      assertThat(stats.get("reindex").get("last").get("state").asText()).isEqualTo("succeeded");
      assertThat(stats.get("reindex").get("last").get("indexed").asInt()).isEqualTo(8);
      assertThat(server.get("/api/health").json().get("documents").asInt()).isEqualTo(8);
    }
  }
}
