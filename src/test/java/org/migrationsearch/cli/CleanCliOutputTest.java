package org.migrationsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.CliRun;
import org.migrationsearch.testing.Fixtures;

/**
 * The terminal shows document text, never obeys it; and {@code search --json} answers every
 * failure with the API's JSON error body, never a stack trace.
 */
class CleanCliOutputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void controlAndEscapeCharactersInDocumentsNeverReachTheTerminal() {
    Path corpus = tmp.resolve("c");
    Fixtures.write(corpus, "evil.json", "{\"title\": \"Asylum \\u001b]0;pwned\\u0007report \\u001b[2J\\u202e\","
        + " \"source\": \"Agency\\r\\nX\", \"text\": \"Asylum seekers \\u001b[31mred\\u001b[0m and \\u0008\\u0008 more.\"}");
    Path index = tmp.resolve("i");
    assertThat(CliRun.of("index", "--corpus", corpus.toString(), "--index", index.toString()).exitCode()).isZero();

    CliRun run = CliRun.of("search", "--index", index.toString(), "asylum");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("]0;pwned").contains("[Asylum] seekers");
    assertThat(run.out().chars().filter(c -> c == 0x1b || c == 0x07 || c == 0x08 || c == 0x202e)).isEmpty();
  }

  @Test
  void jsonErrorsLookLikeTheApisWhateverFails() throws Exception {
    Path missing = tmp.resolve("no-index");
    CliRun noIndex = CliRun.of("search", "--index", missing.toString(), "--json", "asylum");
    assertThat(noIndex.exitCode()).isEqualTo(1);
    JsonNode body = JSON.readTree(noIndex.out());
    assertThat(body.get("error").asText()).isEqualTo("not_found");
    assertThat(body.get("message").asText()).contains("no index");

    CliRun badOption = CliRun.of("search", "--index", missing.toString(), "--json", "--size", "ten");
    assertThat(badOption.exitCode()).isEqualTo(2); // picocli's status for a command line it refuses
    assertThat(JSON.readTree(badOption.out()).get("error").asText()).isEqualTo("bad_parameter");

    Path corpus = tmp.resolve("c");
    Fixtures.write(corpus, "a.md", "---\ntitle: A\n---\nAsylum seekers.");
    Path index = tmp.resolve("i");
    CliRun.of("index", "--corpus", corpus.toString(), "--index", index.toString());
    CliRun deep = CliRun.of("search", "--index", index.toString(), "--json", "(".repeat(3000) + "a" + ")".repeat(3000));
    assertThat(deep.exitCode()).isEqualTo(1);
    assertThat(JSON.readTree(deep.out()).get("error").asText()).isEqualTo("bad_query");
    for (CliRun r : new CliRun[] {noIndex, badOption, deep}) {
      assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }
}
