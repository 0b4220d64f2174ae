package org.migrationsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.migrationsearch.search.IndexAccess;
import org.migrationsearch.search.RequestParameters;
import org.migrationsearch.search.SearchService;

/**
 * In-process query time, migration-search's SearchService against {@link RawLucene}, on the same
 * index, one thread, the query mix in the same order for both. Each query runs on both engines
 * back to back (which one first alternates by pass), so a busy moment of the machine falls on
 * both alike. {@code InProcessRun INDEX SECONDS}; prints {@code RESULT {json}}.
 */
public final class InProcessRun {

  private InProcessRun() {}

  public static void main(String[] args) throws Exception {
    Path index = Path.of(args[0]);
    double budget = Double.parseDouble(args[1]);
    List<QueryMix.Query> mix = QueryMix.build(Bench.QUERY_SEED);
    try (IndexAccess access = IndexAccess.open(index);
        FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      // A generous budget: the benchmark measures the work, not the time-out.
      SearchService ours = new SearchService(access, Duration.ofSeconds(60));
      RawLucene raw = new RawLucene(reader);
      var requests = mix.stream().map(q -> RequestParameters.parse(q.params())).toList();
      // One warm-up pass: at 100k documents a pass of the mix takes minutes on a busy 2-core
      // machine, and the JIT has compiled the hot paths after a few hundred searches.
      for (int i = 0; i < mix.size(); i++) {
        ours.search(requests.get(i));
        raw.search(mix.get(i));
      }
      Histogram oursH = new Histogram(3_600_000_000L, 3);
      Histogram rawH = new Histogram(3_600_000_000L, 3);
      Map<String, long[]> byKind = new LinkedHashMap<>(); // kind -> ours ns, raw ns, count
      int sameTotals = 0;
      long end = System.nanoTime() + (long) (budget * 1e9);
      int passes = 0;
      while (passes < 1 || System.nanoTime() < end) {
        for (int i = 0; i < mix.size(); i++) {
          long[] k = byKind.computeIfAbsent(mix.get(i).kind(), x -> new long[3]);
          long[] totals = new long[2];
          for (int side = 0; side < 2; side++) {
            boolean oursTurn = (side == 0) == (passes % 2 == 0);
            long t0 = System.nanoTime();
            long total = oursTurn ? ours.search(requests.get(i)).total() : raw.search(mix.get(i));
            long ns = System.nanoTime() - t0;
            if (passes == 0) {
              totals[oursTurn ? 0 : 1] = total;
            }
            (oursTurn ? oursH : rawH).recordValue(ns / 1000);
            k[oursTurn ? 0 : 1] += ns;
          }
          k[2]++;
          if (passes == 0 && totals[0] == totals[1]) {
            sameTotals++;
          }
        }
        passes++;
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("queries", mix.size());
      out.put("passes", passes);
      out.put("sameTotals", sameTotals);
      out.put("ours", summary(oursH));
      out.put("raw", summary(rawH));
      Map<String, Object> kinds = new LinkedHashMap<>();
      byKind.forEach((kind, k) -> kinds.put(kind, Map.of("oursMeanMs", k[0] / 1e6 / k[2], "rawMeanMs", k[1] / 1e6 / k[2])));
      out.put("byKind", kinds);
      System.out.println("RESULT " + new ObjectMapper().writeValueAsString(out));
    }
  }

  static Map<String, Object> summary(Histogram h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("count", h.getTotalCount());
    m.put("meanMs", h.getMean() / 1000);
    m.put("p50Ms", h.getValueAtPercentile(50) / 1000.0);
    m.put("p90Ms", h.getValueAtPercentile(90) / 1000.0);
    m.put("p99Ms", h.getValueAtPercentile(99) / 1000.0);
    m.put("maxMs", h.getMaxValue() / 1000.0);
    return m;
  }
}
