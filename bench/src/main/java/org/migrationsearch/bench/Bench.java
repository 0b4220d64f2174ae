package org.migrationsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The benchmark of issue 12, end to end: generates the corpus, indexes it four ways (each in a
 * JVM of its own), compares query time in process with raw Lucene, starts migration-search and
 * Solr as servers on loopback and loads both with the same client at 1, 4 and 16 clients,
 * measures start-up, serving heap and a rebuild under load, and writes docs/benchmarks.md with
 * an SVG plot beside it. See bench/README.md for the commands.
 *
 * <p>Arguments: {@code --size N} (documents, default 10000), {@code --scale} (the 1M run:
 * indexing with declared labels, start-up, serving heap under -Xmx512m; no comparison),
 * {@code --reuse-index} (serve the index left in the work folder instead of building it), {@code --work DIR}
 * (corpus and indexes, default target/bench), {@code --out FILE} (default docs/benchmarks.md),
 * {@code --seconds S} (measured seconds per HTTP level, default 20), {@code --warmup S}
 * (default 10), {@code --solr-cluster DIR} and {@code --configset DIR} (the Solr launcher),
 * {@code --only indexing} (only the three local indexing runs, printed side by side; no report),
 * {@code --only startup} (only start to first answer, against {@code --index DIR} and
 * {@code --corpus DIR}; no report), {@code --startup-runs N} (starts of each way, default 5),
 * {@code --baseline-jar JAR} (another build started beside this one) and
 * {@code --startup-java-home DIR} (the Java the starts run on) and {@code --startup-cache
 * warm|cold|as-is} (the index read whole before the starts, the default; dropped from the page
 * cache before each start; or left as found).
 */
public final class Bench {

  static final long CORPUS_SEED = 12;
  static final long QUERY_SEED = 2026;
  static final int[] CLIENTS = {1, 4, 16};
  /** The same heap for every JVM the benchmark starts, so none wins by having more. */
  static final String HEAP = "-Xmx2g";
  /** The 1M run serves under the heap target itself, so facets, snippets and caches must fit in it. */
  static final String SCALE_SERVE_HEAP = "-Xmx512m";
  static final String SOLR_COLLECTION = "bench";

  private final Map<String, String> opts;
  private final Path repo = Path.of("").toAbsolutePath();
  private final Path work;
  private final Map<String, Object> results = new LinkedHashMap<>();
  private final List<String> log = new ArrayList<>();
  private final ObjectMapper json = new ObjectMapper();

  private Bench(Map<String, String> opts) {
    this.opts = opts;
    this.work = Path.of(opts.getOrDefault("work", "target/bench")).toAbsolutePath();
  }

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i].replaceFirst("^--", "");
      if (a.equals("scale") || a.equals("reuse-index")) {
        opts.put(a, "true");
      } else {
        opts.put(a, args[++i]);
      }
    }
    if (opts.containsKey("report-only")) {
      // Renders the report again from a run's saved figures, e.g. with --notes added after it.
      Map<String, Object> saved = new ObjectMapper().readValue(Path.of(opts.get("report-only")).toFile(), LinkedHashMap.class);
      new Report(saved, opts, Path.of(opts.getOrDefault("out", "docs/benchmarks.md")).toAbsolutePath()).write();
      return;
    }
    new Bench(opts).run();
  }

  private int size() {
    return Integer.parseInt(opts.getOrDefault("size", "10000"));
  }

  private boolean scale() {
    return opts.containsKey("scale");
  }

  /**
   * {@code --skip enrich,lucene,inprocess,nocache,rebuild}: parts left out of a quicker check; the
   * report leaves their rows out.
   */
  private boolean skip(String part) {
    return List.of(opts.getOrDefault("skip", "").split(",")).contains(part);
  }

  private double seconds(String key, String fallback) {
    return Double.parseDouble(opts.getOrDefault(key, fallback));
  }

  private void say(String line) {
    String stamped = Instant.now().toString().substring(11, 19) + " " + line;
    System.out.println(stamped);
    log.add(stamped);
  }

  private void run() throws Exception {
    Instant started = Instant.now();
    results.put("machine", Machine.describe());
    results.put("options", new LinkedHashMap<>(opts));
    results.put("loadBefore", Machine.loadAverage());
    Files.createDirectories(work);
    if ("startup".equals(opts.get("only"))) {
      startupOnly();
      return;
    }
    Path corpus = generate();

    Map<String, Object> indexing = new LinkedHashMap<>();
    results.put("indexing", indexing);
    Path ours = work.resolve("index-ours");
    List<String> modes = new ArrayList<>();
    if (opts.containsKey("reuse-index") && Files.isDirectory(ours)) {
      // Serving figures only: the index a previous run (or ReplicateIndex) left is served as it is.
      say("reusing the index at " + ours);
      indexing.put("reused", Map.of("indexMB", Machine.sizeMb(ours)));
    } else {
      modes.add("declared");
    }
    if (!scale()) {
      for (String mode : List.of("enrich", "lucene")) {
        if (!skip(mode)) {
          modes.add(mode);
        }
      }
    }
    localIndexing(modes, corpus, ours, indexing);
    if (!scale()) {
      if ("indexing".equals(opts.get("only"))) {
        indexingSummary(indexing);
        return;
      }
      if (!skip("inprocess")) {
        results.put("inProcess", child("in-process queries", List.of(InProcessRun.class.getName(), ours.toString(),
            opts.getOrDefault("inprocess-seconds", "60"))));
      }
    }

    List<QueryMix.Query> mix = QueryMix.build(QUERY_SEED);
    LoadClient load = new LoadClient(mix);
    results.put("startup", startup(corpus, ours, size()));
    Server serve = Server.ours(corpus, ours, scale() ? SCALE_SERVE_HEAP : HEAP, Server.SHIPPED_CACHE);
    Solr solr = null;
    try {
      Map<String, Object> http = new LinkedHashMap<>();
      results.put("http", http);
      LoadClient.Target oursTarget = LoadClient.ours(serve.base);
      LoadClient.Target solrTarget = null;
      if (!scale()) {
        solr = Solr.start(work, Path.of(opts.getOrDefault("solr-cluster", "target/solr-test-cluster")),
            Path.of(opts.getOrDefault("configset", "solr/configset")));
        say("Solr at " + solr.base);
        Map<String, Object> s = indexRun("solr", corpus, solr.base + "|" + SOLR_COLLECTION);
        s.put("indexMB", Machine.sizeMb(solr.home));
        s.put("solrPeakRssMB", ProcMemory.peakRssKb(solr.process.pid()) / 1024.0);
        indexing.put("solr", s);
        solrTarget = LoadClient.solr(solr.base, SOLR_COLLECTION);
      }
      double warm = seconds("warmup", "10");
      double measured = seconds("seconds", "20");
      // As shipped first: migration-search with its result cache, Solr with its caches.
      for (int clients : scale() ? new int[] {4} : CLIENTS) {
        measure(http, load, "ours-" + clients, oursTarget, clients, warm, measured);
        if (solrTarget != null) {
          measure(http, load, "solr-" + clients, solrTarget, clients, warm, measured);
        }
      }
      if (solrTarget != null && !skip("nocache")) {
        // Then every search done whole: a second serve with the cache off (the first idles), and
        // Solr with its query result, filter and document caches set to nothing.
        Server uncached = Server.ours(corpus, ours, HEAP, 0);
        try {
          LoadClient.Target uncachedTarget = LoadClient.ours(uncached.base);
          for (int clients : CLIENTS) {
            measure(http, load, "ours-nocache-" + clients, uncachedTarget, clients, warm, measured);
          }
        } finally {
          uncached.stop();
        }
        if (solr.cachesOff()) {
          for (int clients : CLIENTS) {
            measure(http, load, "solr-nocache-" + clients, solrTarget, clients, warm, measured);
          }
        } else {
          say("Solr refused to turn its caches off; no uncached Solr runs");
        }
      }
      Map<String, Object> memory = new LinkedHashMap<>();
      memory.put("oursLiveHeapMB", ProcMemory.liveHeapMb(serve.process.pid()));
      memory.put("oursRssMB", ProcMemory.rssKb(serve.process.pid()) / 1024.0);
      memory.put("oursPeakRssMB", ProcMemory.peakRssKb(serve.process.pid()) / 1024.0);
      if (solr != null) {
        memory.put("solrLiveHeapMB", ProcMemory.liveHeapMb(solr.process.pid()));
        memory.put("solrRssMB", ProcMemory.rssKb(solr.process.pid()) / 1024.0);
      }
      results.put("serving", memory);
      say("serving memory: " + memory);
      if (!scale() && !skip("rebuild")) {
        results.put("rebuild", rebuildUnderLoad(serve, load, oursTarget));
      }
    } finally {
      serve.stop();
      if (solr != null) {
        solr.stop();
      }
    }
    results.put("loadAfter", Machine.loadAverage());
    results.put("minutes", Duration.between(started, Instant.now()).toSeconds() / 60.0);
    Files.writeString(work.resolve("results-" + size() + ".json"),
        json.writerWithDefaultPrettyPrinter().writeValueAsString(results));
    Path out = Path.of(opts.getOrDefault("out", "docs/benchmarks.md")).toAbsolutePath();
    new Report(results, opts, out).write();
    say("wrote " + out + " in " + results.get("minutes") + " minutes");
  }

  /**
   * Start to first answer, each way of starting {@code --startup-runs} times (default 5), taking
   * turns; {@code seconds} is the median of the documented start, {@code bin/migration-search}.
   */
  private Map<String, Object> startup(Path corpus, Path index, long documents) throws Exception {
    String heap = scale() ? SCALE_SERVE_HEAP : HEAP;
    int runs = Integer.parseInt(opts.getOrDefault("startup-runs", "5"));
    Path baseline = opts.containsKey("baseline-jar") ? Path.of(opts.get("baseline-jar")).toAbsolutePath() : null;
    Path javaHome = Path.of(opts.getOrDefault("startup-java-home", System.getProperty("java.home")));
    PageCache.Mode cache = PageCache.Mode.parse(opts.getOrDefault("startup-cache", "warm"));
    Map<String, Object> m = new LinkedHashMap<>(new StartupRun(repo, corpus, index, heap, javaHome, cache, this::say)
        .run(runs, baseline));
    m.put("seconds", ((Map<?, ?>) m.get("launcher")).get("firstSeconds"));
    m.put("documents", documents);
    m.put("heap", heap);
    say("start to first answer, medians of " + runs + ": " + m);
    return m;
  }

  /**
   * {@code --only startup [--index DIR] [--corpus DIR]}: start to first answer alone, against an
   * index already built (default: the work folder's); printed and saved, no report.
   */
  private void startupOnly() throws Exception {
    Path index = Path.of(opts.getOrDefault("index", work.resolve("index-ours").toString())).toAbsolutePath();
    Path corpus = Path.of(opts.getOrDefault("corpus", work.resolve("corpus-" + size()).toString())).toAbsolutePath();
    long documents;
    try (var dir = org.apache.lucene.store.FSDirectory.open(index);
        var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
      documents = reader.numDocs();
    }
    results.put("startup", startup(corpus, index, documents));
    results.put("loadAfter", Machine.loadAverage());
    Path saved = work.resolve("results-startup-" + documents + ".json");
    Files.writeString(saved, json.writerWithDefaultPrettyPrinter().writeValueAsString(results));
    System.out.println(Report.startupTable(results));
    say("load average before " + results.get("loadBefore") + ", after " + results.get("loadAfter") + "; saved " + saved);
  }

  /**
   * The local indexing runs, {@code --indexing-rounds} times (default 1) with the modes taking
   * turns, each round starting one mode later: this machine's speed drifts by a fifth over
   * minutes, so a ratio is trusted from runs next to each other. Each mode's row is its median
   * run by documents/s; {@code indexing.rounds} keeps every round's runs and ratios to raw Lucene.
   */
  private void localIndexing(List<String> modes, Path corpus, Path ours, Map<String, Object> indexing) throws Exception {
    int rounds = Integer.parseInt(opts.getOrDefault("indexing-rounds", "1"));
    Map<String, List<Map<String, Object>>> runs = new LinkedHashMap<>();
    List<Map<String, Object>> perRound = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      Map<String, Object> thisRound = new LinkedHashMap<>();
      List<String> order = new ArrayList<>();
      for (int i = 0; i < modes.size(); i++) {
        String mode = modes.get((i + round) % modes.size());
        order.add(mode);
        // The declared run builds the index the later parts serve; the others are thrown away.
        Path target = mode.equals("declared") ? ours : work.resolve("index-" + mode);
        Map<String, Object> run = indexRun(mode, corpus, target.toString());
        if (!mode.equals("declared")) {
          delete(target);
        }
        runs.computeIfAbsent(mode, k -> new ArrayList<>()).add(run);
        thisRound.put(mode, run);
      }
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("order", order);
      Map<?, ?> lucene = (Map<?, ?>) thisRound.get("lucene");
      for (String mode : order) {
        Map<?, ?> run = (Map<?, ?>) thisRound.get(mode);
        summary.put(mode + "DocsPerSecond", run.get("docsPerSecond"));
        summary.put(mode + "CpuSeconds", run.get("cpuSeconds"));
        if (lucene != null && !mode.equals("lucene")) {
          summary.put(mode + "VsLucene", number(run, "docsPerSecond") / number(lucene, "docsPerSecond"));
        }
      }
      perRound.add(summary);
      if (rounds > 1) {
        say("round " + (round + 1) + " of " + rounds + ": " + summary);
      }
    }
    runs.forEach((mode, list) -> {
      List<Map<String, Object>> sorted = new ArrayList<>(list);
      sorted.sort(Comparator.comparingDouble(m -> number(m, "docsPerSecond")));
      indexing.put(mode, sorted.get(sorted.size() / 2));
    });
    if (rounds > 1) {
      indexing.put("rounds", perRound);
      // Each mode's ratio to raw Lucene over the rounds: median, lowest, highest.
      Map<String, Object> spread = new LinkedHashMap<>();
      for (String mode : List.of("enrich", "declared")) {
        List<Double> ratios = new ArrayList<>();
        for (Map<String, Object> round : perRound) {
          if (round.get(mode + "VsLucene") instanceof Number ratio) {
            ratios.add(ratio.doubleValue());
          }
        }
        if (!ratios.isEmpty()) {
          Collections.sort(ratios);
          spread.put(mode + "VsLucene", Map.of("median", ratios.get(ratios.size() / 2), "lowest", ratios.get(0),
              "highest", ratios.get(ratios.size() - 1), "rounds", ratios.size()));
        }
      }
      indexing.put("roundRatios", spread);
    }
  }

  private static double number(Map<?, ?> m, String key) {
    return ((Number) m.get(key)).doubleValue();
  }

  /** {@code --only indexing}: the three local indexing runs side by side, printed and saved; no report. */
  private void indexingSummary(Map<String, Object> indexing) throws IOException {
    results.put("loadAfter", Machine.loadAverage());
    Files.writeString(work.resolve("results-" + size() + "-indexing.json"),
        json.writerWithDefaultPrettyPrinter().writeValueAsString(results));
    // With --skip lucene or enrich a run is missing: its row is left out, and without raw Lucene the
    // ratios are not printed rather than divided by nothing.
    Map<?, ?> luceneRun = (Map<?, ?>) indexing.get("lucene");
    say("engine    docs/s  CPU s  peak heap MB  docs/s vs raw Lucene  CPU vs raw Lucene");
    for (String mode : List.of("enrich", "declared", "lucene")) {
      Map<?, ?> r = (Map<?, ?>) indexing.get(mode);
      if (r == null) {
        continue;
      }
      double rate = ((Number) r.get("docsPerSecond")).doubleValue();
      double cpu = ((Number) r.get("cpuSeconds")).doubleValue();
      String ratios = luceneRun == null ? String.format("%20s %17s", "-", "-")
          : String.format(java.util.Locale.ROOT, "%20.2fx %17.2fx",
              rate / ((Number) luceneRun.get("docsPerSecond")).doubleValue(),
              cpu / ((Number) luceneRun.get("cpuSeconds")).doubleValue());
      say(String.format(java.util.Locale.ROOT, "%-8s %7.0f %6.1f %13.0f %s", mode, rate, cpu,
          ((Number) r.get("peakHeapMB")).doubleValue(), ratios));
    }
    if (indexing.get("roundRatios") instanceof Map<?, ?> spread) {
      spread.forEach((key, value) -> {
        Map<?, ?> r = (Map<?, ?>) value;
        say(String.format(java.util.Locale.ROOT, "%s, runs next to each other: median %.2fx of %s rounds (%.2fx to %.2fx)",
            key, number(r, "median"), r.get("rounds"), number(r, "lowest"), number(r, "highest")));
      });
    }
    say("load average before " + results.get("loadBefore") + ", after " + results.get("loadAfter"));
  }

  private Path generate() throws IOException {
    Path corpus = work.resolve("corpus-" + size());
    Path done = corpus.resolve(".complete");
    if (Files.exists(done)) {
      say("corpus " + corpus + " already generated");
    } else {
      delete(corpus);
      long t0 = System.nanoTime();
      CorpusGenerator g = new CorpusGenerator(repo.resolve("corpus"), repo.resolve("../shared/corpus-real"));
      long bytes = g.write(corpus, size(), CORPUS_SEED);
      Files.writeString(done, "seed " + CORPUS_SEED + "\n");
      say(String.format("generated %d documents (%.0f MB) from %d English and %d Spanish sentences in %.0f s",
          size(), bytes / 1048576.0, g.englishSentences(), g.spanishSentences(), (System.nanoTime() - t0) / 1e9));
    }
    long bytes = 0;
    try (Stream<Path> s = Files.list(corpus)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
        bytes += Files.size(p);
      }
    }
    results.put("corpus", Map.of("documents", size(), "MB", bytes / 1048576.0, "seed", CORPUS_SEED,
        "real", Files.isDirectory(repo.resolve("../shared/corpus-real"))));
    return corpus;
  }

  private Map<String, Object> indexRun(String mode, Path corpus, String target) throws Exception {
    if (!mode.equals("solr")) {
      // Every run builds from nothing: an index left by a run of another size would make this
      // one an update (or a refused shrink), not the full build being measured.
      delete(Path.of(target));
    }
    Map<String, Object> r = child("indexing (" + mode + ")", List.of(IndexRun.class.getName(), mode, corpus.toString(), target));
    double mb = ((Number) ((Map<?, ?>) results.get("corpus")).get("MB")).doubleValue();
    double s = ((Number) r.get("seconds")).doubleValue();
    r.put("docsPerSecond", ((Number) r.get("docs")).doubleValue() / s);
    r.put("MBPerSecond", mb / s);
    if (!mode.equals("solr")) {
      r.put("indexMB", Machine.sizeMb(Path.of(target)));
    }
    return r;
  }

  /** Runs a class of this jar in a JVM of its own and returns its RESULT line. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> child(String what, List<String> mainAndArgs) throws Exception {
    say(what + " ...");
    List<String> cmd = new ArrayList<>(List.of(Machine.java(), HEAP));
    // --profile DIR: a JFR recording of each child, to find where the time goes.
    if (opts.containsKey("profile")) {
      Path jfr = Path.of(opts.get("profile")).toAbsolutePath().resolve(mainAndArgs.get(mainAndArgs.size() > 1 ? 1 : 0)
          .replaceAll("[^A-Za-z0-9]", "_") + ".jfr");
      Files.createDirectories(jfr.getParent());
      cmd.add("-XX:StartFlightRecording=settings=profile,filename=" + jfr);
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
    cmd.addAll(mainAndArgs);
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String result = null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("RESULT ")) {
          result = line.substring(7);
        }
      }
    }
    if (p.waitFor() != 0 || result == null) {
      throw new IllegalStateException(what + " failed (exit " + p.exitValue() + ")");
    }
    Map<String, Object> m = json.readValue(result, LinkedHashMap.class);
    say(what + ": " + m);
    return m;
  }

  /** A warm-up, then one measured run at {@code clients}, kept under {@code key}. */
  private void measure(Map<String, Object> http, LoadClient load, String key, LoadClient.Target target, int clients,
      double warm, double measured) throws Exception {
    load.run(target, clients, warm);
    http.put(key, summary(load.run(target, clients, measured)));
    say(key + ": " + http.get(key));
  }

  static Map<String, Object> summary(LoadClient.Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("clients", r.clients());
    m.put("requests", r.requests());
    m.put("errors", r.errors());
    m.put("failures", r.failures());
    m.put("perSecond", r.perSecond());
    m.put("p50Ms", r.ms(50));
    m.put("p90Ms", r.ms(90));
    m.put("p99Ms", r.ms(99));
    m.put("maxMs", r.latencyUs().getMaxValue() / 1000.0);
    return m;
  }

  /** A rebuild of the served index started over HTTP, with 4 clients searching until it commits. */
  private Map<String, Object> rebuildUnderLoad(Server serve, LoadClient load, LoadClient.Target target) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> started = http.send(HttpRequest.newBuilder(serve.base.resolve("/api/admin/reindex"))
        .header("Authorization", "Bearer " + Server.ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    say("rebuild requested: " + started.statusCode() + " " + started.body());
    long t0 = System.nanoTime();
    long limit = t0 + TimeUnit.MINUTES.toNanos(15);
    AtomicBoolean running = new AtomicBoolean(true);
    Thread watcher = new Thread(() -> {
      while (System.nanoTime() < limit) {
        try {
          Thread.sleep(500);
          String stats = http.send(HttpRequest.newBuilder(serve.base.resolve("/api/stats")).build(),
              HttpResponse.BodyHandlers.ofString()).body();
          if (stats.contains("\"state\":\"idle\"")) {
            break;
          }
        } catch (Exception e) {
          // keep watching until the limit
        }
      }
      running.set(false);
    });
    watcher.start();
    LoadClient.Result r = load.run(target, 4, running::get);
    watcher.join();
    Map<String, Object> m = summary(r);
    m.put("rebuildSeconds", (System.nanoTime() - t0) / 1e9);
    m.put("status", started.statusCode());
    say("during the rebuild: " + m);
    return m;
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** migration-search's `serve`, from this jar, in its own process. */
  record Server(Process process, URI base, double startSeconds) {
    static final String ADMIN_TOKEN = "bench-admin-token";
    /** serve's own default size of its result cache. */
    static final int SHIPPED_CACHE = org.migrationsearch.config.AppConfig.DEFAULT_RESULT_CACHE;

    static Server ours(Path corpus, Path index, String heap, int resultCache) throws Exception {
      List<String> cmd = List.of(Machine.java(), heap, "-jar", System.getProperty("java.class.path"), "serve",
          "--corpus", corpus.toString(), "--index", index.toString(), "--host", "127.0.0.1", "--port", "0",
          "--result-cache", Integer.toString(resultCache));
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
      pb.environment().put("MIGRATION_SEARCH_ADMIN_TOKEN", ADMIN_TOKEN);
      long t0 = System.nanoTime();
      Process p = pb.start();
      String line = awaitLine(p, "listening on http://");
      if (line == null) {
        p.destroyForcibly();
        throw new IllegalStateException("serve did not start");
      }
      URI base = URI.create(line.replaceAll(".*(http://[0-9.]+:[0-9]+)/.*", "$1"));
      HttpClient http = HttpClient.newHttpClient();
      while (true) {
        var r = http.send(HttpRequest.newBuilder(base.resolve("/api/search?q=asylum")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          break;
        }
        Thread.sleep(5);
      }
      return new Server(p, base, (System.nanoTime() - t0) / 1e9);
    }

    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /**
   * The first line of the child's output that contains {@code marker} (null if it ends first, or
   * after five minutes); the rest of its output is then read and dropped, so it never blocks on a
   * full pipe.
   */
  static String awaitLine(Process p, String marker) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = CompletableFuture.supplyAsync(() -> {
      try {
        for (String l = out.readLine(); l != null; l = out.readLine()) {
          if (l.contains(marker)) {
            return l;
          }
        }
        return null;
      } catch (IOException e) {
        return null;
      }
    }).get(300, TimeUnit.SECONDS);
    drain(out);
    return line;
  }

  static void drain(BufferedReader r) {
    Thread t = new Thread(() -> {
      try {
        while (r.readLine() != null) {
          // the child's output is not needed past the line read
        }
      } catch (IOException ignored) {
        // the child is gone
      }
    });
    t.setDaemon(true);
    t.start();
  }

  /** The project's Solr test launcher (solr/test-cluster), one shard, in its own process. */
  record Solr(Process process, URI base, Path home) {

    static Solr start(Path work, Path cluster, Path configset) throws Exception {
      Path home = work.resolve("solr");
      delete(home);
      Files.createDirectories(home);
      String cp = cluster.resolve("classes").toAbsolutePath() + java.io.File.pathSeparator
          + Files.readString(cluster.resolve("classpath.txt")).strip();
      List<String> cmd = List.of(Machine.java(), HEAP, "-Dsolr.log.level=WARN", "-Dlog4j2.level=WARN",
          "-Djava.net.preferIPv4Stack=true", "-Dhost=127.0.0.1", "-cp", cp,
          "org.migrationsearch.solrtest.SolrTestCluster", home.toString(), configset.toAbsolutePath().toString(), "1",
          SOLR_COLLECTION);
      Process p = new ProcessBuilder(cmd).redirectError(work.resolve("solr.log").toFile()).start();
      String line = awaitLine(p, "SOLR_URL=");
      if (line == null) {
        p.destroyForcibly();
        throw new IllegalStateException("Solr did not start; see " + work.resolve("solr.log"));
      }
      return new Solr(p, URI.create(line.substring(line.indexOf('=') + 1).strip()), home);
    }

    /**
     * Sets the collection's query result, filter and document caches to size 0 through the Config
     * API (an overlay on the shipped solrconfig.xml; Solr reloads the core). False if refused.
     */
    boolean cachesOff() throws Exception {
      String root = base.toString().replaceAll("/$", "");
      String body = "{\"set-property\": {\"query.queryResultCache.size\": 0, \"query.filterCache.size\": 0,"
          + " \"query.documentCache.size\": 0}}";
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(root + "/" + SOLR_COLLECTION + "/config")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200 && !r.body().contains("errorMessages");
    }

    void stop() throws Exception {
      process.getOutputStream().close(); // the launcher shuts Solr down when its input closes
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
