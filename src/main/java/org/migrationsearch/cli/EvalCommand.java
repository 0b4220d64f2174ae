package org.migrationsearch.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.migrationsearch.config.AppConfig;
import org.migrationsearch.search.IndexAccess;
import org.migrationsearch.search.SearchService;
import org.migrationsearch.search.eval.Evaluation;
import org.migrationsearch.search.eval.JudgedQuery;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eval}: the ranking measured on judged queries, as the search API ranks them. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Run judged queries through the same code path as GET /api/search and print"
        + " nDCG@10, recall@10, MRR@10, MAP and recall@100 (means over the queries).",
        "FILE is tab-separated: query_id, query_text, country_filter, topic_filter,"
            + " relevant_ids (comma-separated), notes; one header line."})
final class EvalCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ArgGroup(exclusive = false)
  ConfigOptions.Index index = new ConfigOptions.Index();

  @Option(names = "--queries", paramLabel = "FILE", required = true, description = "judged queries (TSV)")
  Path queries;

  @Option(names = "--run", paramLabel = "OUT", description = "write a TREC run file (qid Q0 docid rank score tag)")
  Path run;

  @Option(names = "--per-query", description = "print the measures of every query before the means")
  boolean perQuery;

  @Option(names = "--no-expand", description = "search only the words typed, as expand=false does")
  boolean noExpand;

  @Override
  public Integer call() throws Exception {
    AppConfig config = ConfigOptions.resolve(null, index);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<JudgedQuery> judged;
    try {
      judged = Evaluation.read(queries);
    } catch (NoSuchFileException e) {
      err.println("error: no judged queries at " + queries);
      return ExitCodes.FATAL;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.FATAL;
    }
    try (IndexAccess access = IndexAccess.open(config.index())) {
      Evaluation.Report report = Evaluation.run(new SearchService(access, config.queryTimeout()), judged, !noExpand);
      if (run != null) {
        try (Writer w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
          report.writeRun(w);
        }
      }
      report.print(out, perQuery);
      out.flush();
      return ExitCodes.OK;
    }
  }
}
