package org.migrationsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the Markdown report and the SVG plot from one run's results. Only what was measured is
 * printed: a target is "met" or "missed" from the figures of this run, never assumed.
 */
final class Report {

  private final Map<String, Object> r;
  private final Map<String, String> opts;
  private final Path out;

  Report(Map<String, Object> results, Map<String, String> opts, Path out) {
    this.r = results;
    Map<String, String> merged = new java.util.LinkedHashMap<>();
    if (results.get("options") instanceof Map<?, ?> saved) {
      saved.forEach((k, v) -> merged.put(k.toString(), v.toString()));
    }
    merged.putAll(opts);
    merged.remove("report-only");
    this.opts = merged;
    this.out = out;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> map(Object o) {
    return o == null ? Map.of() : (Map<String, Object>) o;
  }

  private double num(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  private static String f(String fmt, Object... args) {
    return String.format(Locale.ROOT, fmt, args);
  }

  private static String ratio(double ours, double theirs) {
    return Double.isNaN(ours) || Double.isNaN(theirs) || theirs == 0 ? "–" : f("%.2f×", ours / theirs);
  }

  /** The median ratio the indexing rounds give for {@code key}, or {@code single} without rounds. */
  private double medianOfRounds(Map<String, Object> idx, String key, double single) {
    double median = num(map(map(idx.get("roundRatios")).get(key)), "median");
    return Double.isNaN(median) ? single : median;
  }

  private static String verdict(boolean met) {
    return met ? "met" : "**missed**";
  }

  void write() throws IOException {
    Files.createDirectories(out.getParent());
    StringBuilder md = new StringBuilder();
    Map<String, Object> machine = map(r.get("machine"));
    Map<String, Object> corpus = map(r.get("corpus"));
    Map<String, Object> idx = map(r.get("indexing"));
    Map<String, Object> http = map(r.get("http"));
    Map<String, Object> serving = map(r.get("serving"));
    boolean scale = opts.containsKey("scale");
    int docs = (int) num(corpus, "documents");

    md.append("# Benchmarks\n\n");
    md.append("Written by the benchmark of issue 12 (`bench/`, see `bench/README.md`); every figure below is from\n")
        .append("the one run described here. Rerun it to replace them.\n\n");
    md.append("## The run\n\n");
    md.append(f("- machine: %s, %s cores, %.1f GB, %s — **a shared machine**: other engineers' builds may\n"
        + "  have run alongside (load average before `%s`, after `%s`)\n",
        machine.get("cpu"), machine.get("cores"), num(machine, "memoryGB"), machine.get("os"),
        r.get("loadBefore"), r.get("loadAfter")));
    md.append(f("- software: %s; Lucene %s; Solr %s; migration-search at commit `%s`\n",
        machine.get("java"), machine.get("lucene"), machine.get("solr"), machine.get("commit")));
    md.append(f("- corpus: %,d generated documents (%.0f MB of .jsonl, seed %s), sentences recombined from the bundled\n"
        + "  `corpus/`%s; lognormal lengths (median 600 words), 15%% Spanish, Zipf-skewed labels\n",
        docs, num(corpus, "MB"), corpus.get("seed"),
        Boolean.TRUE.equals(corpus.get("real")) ? " and `../shared/corpus-real/`" : " (no `../shared/corpus-real/` on this machine)"));
    md.append(f("- every JVM (indexers, `serve`, Solr) ran with `%s`; the run took %.1f minutes\n", Bench.HEAP, num(r, "minutes")));
    md.append("- command: `").append(opts.getOrDefault("command", "bench/run.sh --size " + docs)).append("`\n\n");

    md.append("## Indexing\n\n");
    md.append("| engine | documents/s | MB/s | index MB | peak heap MB | peak RSS MB |\n| --- | --- | --- | --- | --- | --- |\n");
    String[][] rows = {{"enrich", "migration-search, enrichment (labels left to detect)"},
        {"declared", "migration-search, labels declared"},
        {"lucene", "raw Lucene, same analysis, no enrichment"},
        {"solr", "Solr 9.10.1, one update request in flight per core"}};
    for (String[] row : rows) {
      Map<String, Object> m = map(idx.get(row[0]));
      if (m.isEmpty()) {
        continue;
      }
      boolean solr = row[0].equals("solr");
      md.append(f("| %s | %.0f | %.2f | %.0f | %s | %s |\n", row[1], num(m, "docsPerSecond"), num(m, "MBPerSecond"),
          num(m, "indexMB"), solr ? "–" : f("%.0f", num(m, "peakHeapMB")),
          solr ? f("%.0f (Solr's process)", num(m, "solrPeakRssMB")) : f("%.0f", num(m, "peakRssMB"))));
    }
    md.append("\nThreads: one per core for every engine. Solr's documents/s is the client's: from the first\n"
        + "request to the committed index; its documents carry the labels declared in the files.\n\n");
    List<?> rounds = idx.get("rounds") instanceof List<?> l ? l : List.of();
    if (!rounds.isEmpty()) {
      md.append(f("The local indexers ran %d rounds, taking turns (each round began one indexer later); each\n"
          + "row above is its median run. Each round's ratio to raw Lucene, from runs next to each other:\n\n", rounds.size()));
      md.append("| round | order | enrichment vs raw Lucene | declared vs raw Lucene |\n| --- | --- | --- | --- |\n");
      int n = 0;
      for (Object o : rounds) {
        Map<String, Object> round = map(o);
        md.append(f("| %d | %s | %s | %s |\n", ++n, String.join(", ", ((List<?>) round.get("order")).stream().map(String::valueOf).toList()),
            round.containsKey("enrichVsLucene") ? f("%.2f×", num(round, "enrichVsLucene")) : "–",
            round.containsKey("declaredVsLucene") ? f("%.2f×", num(round, "declaredVsLucene")) : "–"));
      }
      md.append('\n');
    }

    Map<String, Object> inproc = map(r.get("inProcess"));
    if (!inproc.isEmpty()) {
      Map<String, Object> ours = map(inproc.get("ours"));
      Map<String, Object> raw = map(inproc.get("raw"));
      md.append("## Queries in process\n\n");
      md.append(f("%s queries of the mix, %s measured passes after one of warm-up, one thread, both engines on the same\n"
          + "index (migration-search's, labels declared), alternating. %s of the %s queries found the same number\n"
          + "of documents in both (the rest differ by migration-search's concept expansion and spelling).\n\n",
          inproc.get("queries"), inproc.get("passes"), inproc.get("sameTotals"), inproc.get("queries")));
      md.append("| engine | mean ms | p50 ms | p90 ms | p99 ms | max ms |\n| --- | --- | --- | --- | --- | --- |\n");
      md.append(latencyRow("migration-search SearchService", ours));
      md.append(latencyRow("raw Lucene (RawLucene)", raw));
      md.append("\n| kind | migration-search mean ms | raw Lucene mean ms | ratio |\n| --- | --- | --- | --- |\n");
      map(inproc.get("byKind")).forEach((kind, v) -> {
        Map<String, Object> k = map(v);
        md.append(f("| %s | %.2f | %.2f | %s |\n", kind, num(k, "oursMeanMs"), num(k, "rawMeanMs"),
            ratio(num(k, "oursMeanMs"), num(k, "rawMeanMs"))));
      });
      md.append('\n');
    }

    md.append("## HTTP search\n\n");
    md.append(f("The same Java load client (closed loop, HdrHistogram) on loopback for both, the mix's queries with facets\n"
        + "and snippets; %s s of warm-up then %s s measured per client count.\n\n",
        opts.getOrDefault("warmup", "10"), opts.getOrDefault("seconds", "20")));
    md.append("| engine | clients | req/s | p50 ms | p90 ms | p99 ms | max ms | errors |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    Map<String, String> engines = new LinkedHashMap<>();
    engines.put("ours", "migration-search, result cache on (as shipped)");
    engines.put("solr", "Solr, caches as shipped");
    engines.put("ours-nocache", "migration-search, result cache off");
    engines.put("solr-nocache", "Solr, caches off");
    for (int c : Bench.CLIENTS) {
      for (Map.Entry<String, String> e : engines.entrySet()) {
        Map<String, Object> m = map(http.get(e.getKey() + "-" + c));
        if (!m.isEmpty()) {
          md.append(f("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |\n", e.getValue(),
              c, num(m, "perSecond"), num(m, "p50Ms"), num(m, "p90Ms"), num(m, "p99Ms"), num(m, "maxMs"), errors(m)));
        }
      }
    }
    if (http.containsKey("solr-nocache-4")) {
      md.append("\nCaches off: a second `serve` with `--result-cache 0`, and Solr's `queryResultCache`, `filterCache`\n"
          + "and `documentCache` set to size 0 through its Config API, after the runs as shipped.\n");
    }
    if (!scale) {
      md.append("\n![latency percentiles by client count](benchmarks-latency.svg)\n");
    }
    md.append('\n');

    md.append("## Start-up, memory, rebuild under load\n\n");
    Map<String, Object> startup = map(r.get("startup"));
    md.append(startupTable(r)).append('\n');
    md.append(f("- migration-search serving: live heap after warm-up and a full GC %.0f MB, resident %.0f MB (peak %.0f MB)\n",
        num(serving, "oursLiveHeapMB"), num(serving, "oursRssMB"), num(serving, "oursPeakRssMB")));
    if (serving.containsKey("solrRssMB")) {
      md.append(f("- Solr serving: live heap %.0f MB, resident %.0f MB\n", num(serving, "solrLiveHeapMB"), num(serving, "solrRssMB")));
    }
    Map<String, Object> rebuild = map(r.get("rebuild"));
    if (!rebuild.isEmpty()) {
      Map<String, Object> base4 = map(http.get("ours-4"));
      md.append(f("- rebuild under load (`POST /api/admin/reindex`, 4 clients searching until it committed, %.0f s):\n"
          + "  %.0f requests, **%s failed**, %.1f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms (p99 without a rebuild: %.1f ms)\n",
          num(rebuild, "rebuildSeconds"), num(rebuild, "requests"), errors(rebuild), num(rebuild, "perSecond"),
          num(rebuild, "p50Ms"), num(rebuild, "p99Ms"), num(rebuild, "maxMs"), num(base4, "p99Ms")));
    }
    md.append('\n');

    if (!scale) {
      md.append("## Ratios and the targets of issue 12\n\n");
      md.append("| measure | us / Solr | us / raw Lucene | target | status |\n| --- | --- | --- | --- | --- |\n");
      double enrich = num(map(idx.get("enrich")), "docsPerSecond");
      double declared = num(map(idx.get("declared")), "docsPerSecond");
      double lucene = num(map(idx.get("lucene")), "docsPerSecond");
      double solrIdx = num(map(idx.get("solr")), "docsPerSecond");
      // With rounds, the ratio to raw Lucene is the median of each round's, from runs next to each other.
      double enrichVsLucene = medianOfRounds(idx, "enrichVsLucene", enrich / lucene);
      double declaredVsLucene = medianOfRounds(idx, "declaredVsLucene", declared / lucene);
      md.append(f("| indexing, enrichment on | %s | %s | ≥ 1.25× Solr and ≥ 0.85× Lucene | %s |\n", ratio(enrich, solrIdx),
          ratio(enrichVsLucene, 1), verdict(enrich / solrIdx >= 1.25 && enrichVsLucene >= 0.85)));
      md.append(f("| indexing, labels declared | %s | %s | – | |\n", ratio(declared, solrIdx), ratio(declaredVsLucene, 1)));
      for (int c : new int[] {4, 16}) {
        Map<String, Object> o = map(http.get("ours-" + c));
        Map<String, Object> s = map(http.get("solr-" + c));
        double thr = num(o, "perSecond") / num(s, "perSecond");
        double p99 = num(o, "p99Ms") / num(s, "p99Ms");
        md.append(f("| HTTP throughput, %d clients | %s | – | ≥ 1.5× | %s |\n", c, ratio(num(o, "perSecond"), num(s, "perSecond")), verdict(thr >= 1.5)));
        md.append(f("| HTTP p99, %d clients | %s | – | ≤ 0.5× | %s |\n", c, ratio(num(o, "p99Ms"), num(s, "p99Ms")), verdict(p99 <= 0.5)));
      }
      for (int c : new int[] {4, 16}) {
        Map<String, Object> o = map(http.get("ours-nocache-" + c));
        Map<String, Object> s = map(http.get("solr-nocache-" + c));
        if (!o.isEmpty() && !s.isEmpty()) {
          md.append(f("| HTTP throughput, %d clients, both caches off | %s | – | – | |\n", c,
              ratio(num(o, "perSecond"), num(s, "perSecond"))));
          md.append(f("| HTTP p99, %d clients, both caches off | %s | – | – | |\n", c,
              ratio(num(o, "p99Ms"), num(s, "p99Ms"))));
        }
      }
      Map<String, Object> o1 = map(http.get("ours-1"));
      Map<String, Object> s1 = map(http.get("solr-1"));
      md.append(f("| HTTP p50, 1 client | %s | – | – | |\n", ratio(num(o1, "p50Ms"), num(s1, "p50Ms"))));
      if (!inproc.isEmpty()) {
        double m = num(map(inproc.get("ours")), "meanMs") / num(map(inproc.get("raw")), "meanMs");
        // Three decimals: a ratio that rounds to the target must still show which side it is on.
        md.append(f("| in-process query time (mean) | – | %.3f× | ≤ 1.3× | %s |\n", m, verdict(m <= 1.3)));
        md.append(f("| in-process query time (p99) | – | %s | – | |\n",
            ratio(num(map(inproc.get("ours")), "p99Ms"), num(map(inproc.get("raw")), "p99Ms"))));
      }
      md.append(f("| serving resident memory | %s | – | – | |\n", ratio(num(serving, "oursRssMB"), num(serving, "solrRssMB"))));
      md.append(f("\nStart-up ≤ 1 s and serving heap ≤ 512 MB are targets at 1M documents: measured by the `--scale`\n"
          + "command, not by this %,d-document run (here: %.2f s, %.0f MB).\n\n", docs, num(startup, "seconds"),
          num(serving, "oursLiveHeapMB")));
      Files.writeString(out.resolveSibling("benchmarks-latency.svg"), svg(http));
    }
    if (scale) {
      md.append(scaleTargets(idx, startup, serving, map(http.get("ours-4")), docs));
    }
    md.append(opts.containsKey("notes") ? Files.readString(Path.of(opts.get("notes"))) : "");
    Files.writeString(out, md.toString());
  }

  /** The steps of {@code serve --startup-times}, in the order a start reaches them. */
  private static final List<String[]> STEPS = List.of(
      new String[] {"launch", "JVM started"}, new String[] {"main", "main"},
      new String[] {"command", "serve parsed"}, new String[] {"http-created", "Javalin created"},
      new String[] {"index-open", "index open"}, new String[] {"http", "HTTP up"},
      new String[] {"listening", "address printed"}, new String[] {"primed", "first search primed"},
      new String[] {"first-search", "first search answered"});

  /**
   * Start to first answer by way of starting: medians of the runs, with the steps inside the
   * process, each in seconds from the process's start (steps run on two threads, so they overlap).
   */
  static String startupTable(Map<String, Object> results) {
    @SuppressWarnings("unchecked")
    Map<String, Object> s = (Map<String, Object>) results.getOrDefault("startup", Map.of());
    StringBuilder md = new StringBuilder();
    md.append(f("Start to first answer: from the `serve` process's start to the first 200 of `%s`, %,d documents,"
        + " `%s`, Java %s; medians of %s runs of each way, the ways taking turns.%n%n", StartupRun.QUERY,
        ((Number) s.getOrDefault("documents", 0)).longValue(), s.getOrDefault("heap", Bench.HEAP),
        s.getOrDefault("java", "?"), s.get("runs")));
    if (s.get("launcher") instanceof Map<?, ?> launcher && launcher.get("indexResident") instanceof Number share) {
      md.append(f("The index in the page cache before each start (`--startup-cache %s`): %.0f%% of its bytes"
          + " (median, `fincore`).%n%n", s.getOrDefault("cache", "?"), 100 * share.doubleValue()));
    }
    md.append("| way of starting | first answer s | address printed s | CPU s |");
    for (String[] step : STEPS) {
      md.append(' ').append(step[1]).append(" |");
    }
    md.append("\n|").append(" --- |".repeat(4 + STEPS.size())).append('\n');
    String[][] ways = {
        {"launcher", "`bin/migration-search serve` (its archive: AppCDS, an AOT cache on Java 25+)"},
        {"plain", "`java -jar target/migration-search.jar serve` (no archive)"},
        {"baseline", "`java -jar " + s.getOrDefault("baselineJar", "baseline") + " serve` (the build compared with)"},
        {"launcherFirstRun", "`bin/migration-search serve`, first run (records the archive; 1 run)"}};
    for (String[] way : ways) {
      if (!(s.get(way[0]) instanceof Map<?, ?> m)) {
        continue;
      }
      Map<?, ?> steps = m.get("steps") instanceof Map<?, ?> st ? st : Map.of();
      md.append(f("| %s | %.2f | %.2f | %s |", way[1], number(m.get("firstSeconds")), number(m.get("listeningSeconds")),
          m.containsKey("cpuSeconds") ? f("%.2f", number(m.get("cpuSeconds"))) : "–"));
      for (String[] step : STEPS) {
        md.append(steps.containsKey(step[0]) ? f(" %.2f |", number(steps.get(step[0]))) : " – |");
      }
      md.append('\n');
    }
    return md.toString();
  }

  private static double number(Object o) {
    return o instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  /** Issue 12's targets at 1M documents, each with the figure of this run beside it. */
  private String scaleTargets(Map<String, Object> idx, Map<String, Object> startup, Map<String, Object> serving,
      Map<String, Object> http4, int docs) {
    StringBuilder md = new StringBuilder("## Scale targets of issue 12\n\n");
    md.append(f("`serve` ran with `%s`; %,d documents.\n\n", Bench.SCALE_SERVE_HEAP, docs));
    md.append("| measure | this run | target | status |\n| --- | --- | --- | --- |\n");
    Map<String, Object> declared = map(idx.get("declared"));
    md.append(declared.isEmpty()
        ? f("| indexing rate | not measured: `--reuse-index` served an existing index (%.0f MB) | – | |\n",
            num(map(idx.get("reused")), "indexMB"))
        : f("| indexing rate, labels declared | %.0f documents/s, %.2f MB/s, peak heap %.0f MB | – | |\n",
            num(declared, "docsPerSecond"), num(declared, "MBPerSecond"), num(declared, "peakHeapMB")));
    double start = num(startup, "seconds");
    md.append(f("| start to first answer | %.2f s | ≤ 1 s | %s |\n", start, verdict(start <= 1.0)));
    double heap = num(serving, "oursLiveHeapMB");
    md.append(f("| serving live heap (after warm-up and a full GC) | %.0f MB | ≤ 512 MB | %s |\n", heap, verdict(heap <= 512)));
    md.append(f("| serving resident memory | %.0f MB (peak %.0f MB) | – | |\n", num(serving, "oursRssMB"),
        num(serving, "oursPeakRssMB")));
    md.append(f("| failed requests, 4 clients with facets and snippets | %s of %.0f | 0 | %s |\n\n", errors(http4),
        num(http4, "requests"), verdict(num(http4, "errors") == 0)));
    return md.toString();
  }

  /** The count of failed requests, with their HTTP statuses. */
  private String errors(Map<String, Object> m) {
    Map<String, Object> byStatus = map(m.get("failures"));
    return byStatus.isEmpty() ? f("%.0f", num(m, "errors")) : f("%.0f (%s)", num(m, "errors"), byStatus.toString().replaceAll("[{}]", ""));
  }

  private String latencyRow(String name, Map<String, Object> m) {
    return f("| %s | %.2f | %.2f | %.2f | %.2f | %.1f |\n", name, num(m, "meanMs"), num(m, "p50Ms"), num(m, "p90Ms"),
        num(m, "p99Ms"), num(m, "maxMs"));
  }

  /** Latency percentiles (p50, p90, p99) by client count, both engines, log-scaled milliseconds. */
  private String svg(Map<String, Object> http) {
    int w = 640;
    int h = 400;
    int left = 70;
    int right = 170;
    int top = 30;
    int bottom = 50;
    double max = 1;
    double min = Double.MAX_VALUE;
    for (Object v : http.values()) {
      Map<String, Object> m = map(v);
      for (String p : List.of("p50Ms", "p90Ms", "p99Ms")) {
        max = Math.max(max, num(m, p));
        min = Math.min(min, Math.max(0.1, num(m, p)));
      }
    }
    double lo = Math.pow(10, Math.floor(Math.log10(min)));
    double hi = Math.pow(10, Math.ceil(Math.log10(max)));
    StringBuilder s = new StringBuilder();
    s.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">\n", w, h));
    s.append(f("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", w, h));
    s.append(f("<text x=\"%d\" y=\"18\" font-size=\"14\">HTTP search latency by client count (log scale)</text>\n", left));
    int plotW = w - left - right;
    int plotH = h - top - bottom;
    for (double t = lo; t <= hi * 1.0001; t *= 10) {
      double y = top + plotH - (Math.log10(t) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) * plotH;
      s.append(f("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>\n", left, y, left + plotW, y));
      s.append(f("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>\n", left - 6, y + 4, t >= 1 ? f("%.0f", t) : f("%.1f", t)));
    }
    for (int i = 0; i < Bench.CLIENTS.length; i++) {
      double x = left + plotW * (i + 0.5) / Bench.CLIENTS.length;
      s.append(f("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>\n", x, top + plotH + 18, Bench.CLIENTS[i]));
    }
    s.append(f("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">clients</text>\n", left + plotW / 2, h - 10));
    String[][] series = {{"ours", "#1f77b4", "migration-search"}, {"solr", "#d62728", "Solr 9.10.1"}};
    String[][] pcts = {{"p50Ms", "", "p50"}, {"p90Ms", "6,3", "p90"}, {"p99Ms", "2,3", "p99"}};
    int legend = 0;
    for (String[] se : series) {
      for (String[] pc : pcts) {
        List<String> pts = new ArrayList<>();
        for (int i = 0; i < Bench.CLIENTS.length; i++) {
          double v = num(map(http.get(se[0] + "-" + Bench.CLIENTS[i])), pc[0]);
          if (Double.isNaN(v)) {
            continue;
          }
          double x = left + plotW * (i + 0.5) / Bench.CLIENTS.length;
          double y = top + plotH - (Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) * plotH;
          pts.add(f("%.1f,%.1f", x, y));
          s.append(f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n", x, y, se[1]));
        }
        s.append(f("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>\n", String.join(" ", pts), se[1],
            pc[1].isEmpty() ? "" : " stroke-dasharray=\"" + pc[1] + "\""));
        int ly = top + 10 + legend++ * 18;
        s.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>\n", w - right + 15, ly,
            w - right + 45, ly, se[1], pc[1].isEmpty() ? "" : " stroke-dasharray=\"" + pc[1] + "\""));
        s.append(f("<text x=\"%d\" y=\"%d\">%s %s</text>\n", w - right + 50, ly + 4, se[2], pc[2]));
      }
    }
    s.append("</svg>\n");
    return s.toString();
  }
}
