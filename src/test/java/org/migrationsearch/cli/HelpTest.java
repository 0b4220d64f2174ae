package org.migrationsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationsearch.testing.CliRun;

class HelpTest {

  @ParameterizedTest
  @ValueSource(strings = {"index", "search", "serve", "stats"})
  void everyCommandHasHelp(String command) {
    CliRun run = CliRun.of(command, "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage:").contains(command);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--index", "--help"})
  void optionsAreDocumented(String option) {
    assertThat(CliRun.of("search", "--help").out()).contains(option);
  }
}
