package org.migrationsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.CliRun;
import org.migrationsearch.testing.FixtureCorpus;

/** {@code eval} measures the rankings that {@code search} returns, filters included. */
class EvalCommandTest {

  @TempDir
  static Path tmp;

  static Path index;

  @BeforeAll
  static void build() {
    Path corpus = tmp.resolve("corpus");
    FixtureCorpus.write(corpus, FixtureCorpus.policyDocuments());
    index = tmp.resolve("index");
    assertThat(CliRun.of("index", "--corpus", corpus.toString(), "--index", index.toString()).exitCode()).isZero();
  }

  private static Path queries(String... lines) throws Exception {
    Path file = Files.createTempFile(tmp, "queries", ".tsv");
    StringBuilder sb = new StringBuilder("query_id\tquery_text\tcountry_filter\ttopic_filter\trelevant_ids\tnotes\n");
    for (String l : lines) {
      sb.append(l).append('\n');
    }
    Files.writeString(file, sb.toString());
    return file;
  }

  @Test
  void printsEveryMeasureAndWritesATrecRunThatHonoursTheFilters() throws Exception {
    Path file = queries(
        "q1\tasylum\tUS\t\tus/asylum-processing-2024\tonly the US asylum document passes the filter",
        "q2\ttemporary foreign workers\t\t\tca/temporary-workers-2020\t");
    Path run = tmp.resolve("run.trec");
    CliRun r = CliRun.of("eval", "--index", index.toString(), "--queries", file.toString(),
        "--run", run.toString(), "--per-query");
    assertThat(r.exitCode()).as(r.err()).isZero();
    for (String measure : List.of("nDCG@10", "recall@10", "MRR@10", "MAP", "recall@100")) {
      assertThat(r.out()).containsPattern("(?m)^" + measure + " +\\d\\.\\d{3}$");
    }
    assertThat(r.out()).containsPattern("(?m)^q1\t1\\.000\t1\\.000\t1\\.000\t");
    List<String> lines = Files.readAllLines(run);
    assertThat(lines).isNotEmpty().allMatch(l -> l.matches("q[12] Q0 \\S+ \\d+ -?\\d+\\.\\d+ migration-search"));
    // The filter keeps the European asylum report out of q1's ranking.
    assertThat(lines.stream().filter(l -> l.startsWith("q1 "))).noneMatch(l -> l.contains("eu/asylum-trends-2021"));
    assertThat(lines.stream().filter(l -> l.startsWith("q2 ")).findFirst()).hasValueSatisfying(
        l -> assertThat(l).startsWith("q2 Q0 ca/temporary-workers-2020 1 "));
  }

  @Test
  void noExpandMeasuresTheWordsTypedAlone() throws Exception {
    Path file = queries("q1\tasilo\t\t\tus/asylum-processing-2024\tSpanish word, English document");
    CliRun expanded = CliRun.of("eval", "--index", index.toString(), "--queries", file.toString());
    CliRun typed = CliRun.of("eval", "--index", index.toString(), "--queries", file.toString(), "--no-expand");
    assertThat(expanded.out()).containsPattern("(?m)^recall@10 +1\\.000$");
    assertThat(typed.out()).containsPattern("(?m)^recall@10 +0\\.000$");
  }

  @Test
  void aMissingOrMalformedFileIsAClearError() throws Exception {
    CliRun missing = CliRun.of("eval", "--index", index.toString(), "--queries", tmp.resolve("nope.tsv").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("no judged queries at");
    CliRun bad = CliRun.of("eval", "--index", index.toString(), "--queries", queries("q1\tasylum").toString());
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("line 2").contains("tab-separated");
  }
}
