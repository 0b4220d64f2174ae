package org.migrationsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationsearch.testing.CliRun;
import org.migrationsearch.testing.FixtureCorpus;

/** {@code search} in the terminal: every facet's filters, a header that states them, honest paging. */
class SearchCommandTest {

  @TempDir static Path dir;
  static String index;

  @BeforeAll
  static void build() {
    Path corpus = dir.resolve("corpus");
    FixtureCorpus.write(corpus, FixtureCorpus.policyDocuments());
    index = dir.resolve("index").toString();
    assertThat(CliRun.of("index", "--corpus", corpus.toString(), "--index", index).exitCode()).isZero();
  }

  private static CliRun search(String... args) {
    List<String> all = new ArrayList<>(List.of("search", "--index", index));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  private static JsonNode json(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("--json"));
    all.addAll(List.of(args));
    return new ObjectMapper().readTree(search(all.toArray(String[]::new)).out());
  }

  private static long fixtureCount(java.util.function.Predicate<FixtureCorpus.Doc> keep) {
    return FixtureCorpus.policyDocuments().stream().filter(keep).count();
  }

  @Test
  void everyFacetHasNotAndMatchOptions() throws Exception {
    assertThat(json("--not-country", "US").get("total").asLong())
        .isEqualTo(fixtureCount(d -> !d.countries().contains("US")));
    assertThat(json("--country", "MX", "--country", "GT", "--country-match", "all").get("total").asLong())
        .isEqualTo(fixtureCount(d -> d.countries().containsAll(List.of("MX", "GT"))));
    assertThat(json("--topic", "asylum", "--topic", "refugees", "--topic-match", "all", "--not-type", "press-release")
        .get("total").asLong()).isEqualTo(fixtureCount(d -> d.topics().containsAll(List.of("asylum", "refugees"))
            && !d.type().equals("press-release")));
    assertThat(json("--not-language", "es", "--not-source", "DHS").get("total").asLong())
        .isEqualTo(fixtureCount(d -> !d.language().equals("es") && !d.source().equals("DHS")));
    assertThat(search("--country-match", "some").exitCode()).isNotZero();
  }

  @Test
  void headerStatesTheFiltersAndCountsInTheSingular() {
    CliRun run = search("--country", "MX", "--country", "GT", "--country-match", "all", "--not-topic", "visas",
        "--from", "2020-01-01");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String header = run.out().lines().findFirst().orElseThrow();
    assertThat(header).startsWith("1 document with country MX and GT, not topic visas,"
        + " from 2020-01-01");
    assertThat(search("--country", "US").out().lines().findFirst().orElseThrow())
        .startsWith(fixtureCount(d -> d.countries().contains("US")) + " documents with country US");
    assertThat(search("asylum", "--country", "US").out().lines().findFirst().orElseThrow())
        .matches("\\d+ documents? match(es)? \"asylum\" with country US \\(.*");
  }

  @Test
  void pickedAndExcludedValuesAreMarked() {
    String out = search("--country", "MX", "--not-topic", "visas").out();
    String countries = out.lines().filter(l -> l.startsWith("country:")).findFirst().orElseThrow();
    assertThat(countries).contains("*MX (").doesNotContain("*US");
    String topics = out.lines().filter(l -> l.startsWith("topic:")).findFirst().orElseThrow();
    assertThat(topics).contains("-visas (0)");
    assertThat(out).contains("(* selected, - excluded)");
  }

  @Test
  void aPagePastTheLastSaysSoAndNamesTheLastPage() {
    long total = fixtureCount(d -> true);
    long last = (total + 1) / 2;
    String out = search("--size", "2", "--page", "99").out();
    assertThat(out).contains("Page 99 is past the last page, " + last + "; see it with --page " + last);
    assertThat(search("--size", "2", "--page", Long.toString(last)).out()).doesNotContain("past the last page");
  }

  @Test
  void errorPositionsReadTheSameInTheTerminalAndTheJson() throws Exception {
    String query = "asylum AND (border";
    CliRun run = search(query);
    assertThat(run.exitCode()).isNotZero();
    JsonNode error = json(query);
    int position = error.get("position").asInt();
    assertThat(run.err()).contains("(at character " + (position + 1) + ")");
    assertThat(error.get("message").asText()).contains("(at character " + (position + 1) + ")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"index", "search", "serve", "stats"})
  void helpHasNoDoubledBrackets(String command) {
    String help = CliRun.of(command, "--help").out();
    assertThat(help).contains("--index").doesNotContain("[[").doesNotContain("]]");
  }
}
