package org.migrationsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.CliRun;

/** {@code search} in the terminal says what the page says about corrections, relaxing and expansions. */
class SearchNotesCliTest {

  @TempDir static Path tmp;

  @BeforeAll
  static void index() {
    assertThat(CliRun.of("index", "--corpus", "corpus", "--index", tmp.resolve("index").toString()).exitCode()).isZero();
  }

  private static CliRun search(String... args) {
    CliRun r = CliRun.search(tmp.resolve("index"), args);
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r;
  }

  @Test
  void correctionsRelaxedMatchesAndExpansionsAreNamed() {
    assertThat(search("Rohinga", "refugees").out())
        .contains("No document has every word of \"Rohinga refugees\"; showing results for \"rohingya refugees\"");
    assertThat(search("Pylos", "shipwreck", "tractor", "trailer").out())
        .contains("Few or no documents contain all the words").contains("    missing: ");
    assertThat(search("Remain", "in", "Mexico").out()).contains("Also searched: ").contains("Migrant Protection Protocols");
    assertThat(search("--no-expand", "Remain", "in", "Mexico").out()).doesNotContain("Also searched");
  }
}
