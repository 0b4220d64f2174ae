package org.migrationsearch.search.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.migrationsearch.search.RequestParameters;
import org.migrationsearch.search.SearchHit;
import org.migrationsearch.search.SearchResponse;
import org.migrationsearch.search.SearchService;

/**
 * Runs judged queries through the search service exactly as {@code GET /api/search} would
 * (the same parameter parsing, the filters as filters) and measures each ranking.
 */
public final class Evaluation {

  /** Hits read per query: enough for recall@100, and the most one page of the API returns. */
  public static final int DEPTH = 100;
  static final String RUN_TAG = "migration-search";

  /** One query's outcome. */
  public record Result(JudgedQuery query, List<SearchHit> hits, long total, Measures measures) {}

  /** Every query's outcome and their means. */
  public record Report(List<Result> results, Measures mean) {

    /** The means, one measure a line; with {@code perQuery}, a line per query first. */
    public void print(PrintWriter out, boolean perQuery) {
      if (perQuery) {
        out.println("query\tnDCG@10\trecall@10\tMRR@10\tAP\trecall@100\thits\ttext");
        for (Result r : results) {
          Measures m = r.measures();
          out.printf(Locale.ROOT, "%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%s%n", r.query().id(), m.ndcg10(),
              m.recall10(), m.mrr10(), m.averagePrecision(), m.recall100(), r.total(), r.query().text());
        }
        out.println();
      }
      out.printf(Locale.ROOT, "queries     %d%n", results.size());
      out.printf(Locale.ROOT, "nDCG@10     %.3f%n", mean.ndcg10());
      out.printf(Locale.ROOT, "recall@10   %.3f%n", mean.recall10());
      out.printf(Locale.ROOT, "MRR@10      %.3f%n", mean.mrr10());
      out.printf(Locale.ROOT, "MAP         %.3f%n", mean.averagePrecision());
      out.printf(Locale.ROOT, "recall@100  %.3f%n", mean.recall100());
      long zero = results.stream().filter(r -> r.total() == 0).count();
      out.printf(Locale.ROOT, "zero-hit    %d%n", zero);
    }

    /** A TREC run file: {@code qid Q0 docid rank score tag}, one line per hit. */
    public void writeRun(Writer out) throws IOException {
      for (Result r : results) {
        int rank = 1;
        for (SearchHit h : r.hits()) {
          out.write(String.format(Locale.ROOT, "%s Q0 %s %d %.6f %s%n", r.query().id(), h.id(), rank++,
              h.score(), RUN_TAG));
        }
      }
    }

    /** The report restricted to some queries, e.g. one half of a fixed split. */
    public Report only(java.util.function.Predicate<JudgedQuery> which) {
      List<Result> kept = results.stream().filter(r -> which.test(r.query())).toList();
      return new Report(kept, Measures.mean(kept.stream().map(Result::measures).toList()));
    }
  }

  private Evaluation() {}

  public static List<JudgedQuery> read(Path file) throws IOException {
    return JudgedQueries.read(file);
  }

  public static Report run(SearchService service, List<JudgedQuery> queries) {
    return run(service, queries, true);
  }

  /** With {@code expand} false, as {@code expand=false}: only the words typed, no thesauri. */
  public static Report run(SearchService service, List<JudgedQuery> queries, boolean expand) {
    List<Result> results = new ArrayList<>();
    for (JudgedQuery q : queries) {
      SearchResponse response = service.search(RequestParameters.parse(RequestParameters.builder(
          "q", q.text(), "country", q.country(), "topic", q.topic(), "size", DEPTH, "highlight", false,
          "expand", expand ? null : "false")));
      List<String> ids = response.hits().stream().map(SearchHit::id).toList();
      results.add(new Result(q, response.hits(), response.total(), Measures.of(ids, q.relevant())));
    }
    return new Report(results, Measures.mean(results.stream().map(Result::measures).toList()));
  }
}
