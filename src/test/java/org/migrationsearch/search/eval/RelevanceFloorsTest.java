package org.migrationsearch.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.search.IndexAccess;
import org.migrationsearch.search.SearchService;
import org.migrationsearch.testing.CliRun;
import org.migrationsearch.testing.RealCorpus;

/**
 * The ranking measured on judged queries, as {@code eval} measures it: our own set over the
 * bundled corpus, and the shared development set over the real corpus when it is present. Each
 * fails when a figure drops more than {@link #TOLERANCE} below the floor reached when it was
 * written. Both halves of each set (odd and even query numbers) are printed: the odd half of the
 * shared set was used for tuning, its even half was not; our own set was judged after the
 * ranking was tuned and was not tuned on at all.
 */
class RelevanceFloorsTest {

  static final double TOLERANCE = 0.02;

  // Reached on the bundled corpus with queries-corpus.tsv.
  static final double OWN_NDCG10 = 0.94;
  static final double OWN_RECALL10 = 0.95;
  // Reached on ../shared/corpus-real with ../shared/relevance/queries-dev.tsv.
  static final double DEV_NDCG10 = 0.81;
  static final double DEV_RECALL10 = 0.83;

  @TempDir Path tmp;

  private Evaluation.Report evaluate(Path corpus, Path queries, String name) throws Exception {
    Path index = tmp.resolve("index-" + name);
    CliRun indexed = CliRun.of("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertThat(indexed.exitCode()).as(indexed.err()).isZero();
    List<JudgedQuery> judged = Evaluation.read(queries);
    try (IndexAccess access = IndexAccess.open(index)) {
      Evaluation.Report report = Evaluation.run(new SearchService(access, Duration.ofSeconds(30)), judged);
      StringWriter out = new StringWriter();
      PrintWriter w = new PrintWriter(out);
      w.println("== " + name + ": all queries");
      report.print(w, false);
      w.println("== " + name + ": odd half");
      report.only(q -> number(q) % 2 == 1).print(w, false);
      w.println("== " + name + ": even half");
      report.only(q -> number(q) % 2 == 0).print(w, false);
      w.flush();
      System.out.println(out);
      return report;
    }
  }

  private static int number(JudgedQuery q) {
    return Integer.parseInt(q.id().replaceAll("\\D", ""));
  }

  @Test
  void ownJudgedQueriesOverTheBundledCorpus() throws Exception {
    Evaluation.Report r = evaluate(Path.of("corpus"), Path.of("src/test/resources/relevance/queries-corpus.tsv"), "own");
    assertThat(r.results()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(r.mean().ndcg10()).isGreaterThanOrEqualTo(OWN_NDCG10 - TOLERANCE);
    assertThat(r.mean().recall10()).isGreaterThanOrEqualTo(OWN_RECALL10 - TOLERANCE);
    assertThat(r.results()).noneMatch(q -> q.total() == 0);
  }

  @Test
  void sharedDevelopmentQueriesOverTheRealCorpus() throws Exception {
    Path documents = RealCorpus.requireDocumentsFile();
    Path queries = Path.of("..", "shared", "relevance", "queries-dev.tsv");
    Assumptions.assumeTrue(Files.isRegularFile(queries), "../shared/relevance is absent; skipping");
    Path corpus = Files.createDirectories(tmp.resolve("corpus-real"));
    Files.copy(documents, corpus.resolve("documents.jsonl"));
    Evaluation.Report r = evaluate(corpus, queries, "dev");
    assertThat(r.mean().ndcg10()).isGreaterThanOrEqualTo(DEV_NDCG10 - TOLERANCE);
    assertThat(r.mean().recall10()).isGreaterThanOrEqualTo(DEV_RECALL10 - TOLERANCE);
    // Every judged query has a relevant document, so none may come back empty.
    assertThat(r.results()).noneMatch(q -> q.total() == 0);
  }
}
