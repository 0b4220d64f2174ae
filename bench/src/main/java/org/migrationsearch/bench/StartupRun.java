package org.migrationsearch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Start to first answer, as a user starts {@code serve}: from the process's start to the first
 * 200 of {@code /api/search?q=asylum}. Each way of starting runs {@code runs} times, the ways
 * taking turns round by round, so that a shared machine's load falls on all of them alike; the
 * report gives medians.
 *
 * <p>The ways: {@code bin/migration-search} (the documented start, with its class-data sharing
 * archive, recorded by one run of its own first, which is reported apart), plain
 * {@code java -jar} (no archive), and, with {@code --baseline-jar JAR}, another build's jar
 * started plainly, to compare a change with what it replaces in the same run. The two of this
 * build run with {@code --startup-times}, whose line gives the steps inside the process.
 *
 * <p>Before each start the share of the index in the page cache is read, and by default the
 * index is read whole before the runs ({@link PageCache.Mode}): the first answer at 1M depends
 * on it more than on anything the process does.
 */
final class StartupRun {

  static final String QUERY = "/api/search?q=asylum";

  private final Path repo;
  private final Path corpus;
  private final Path index;
  private final String heap;
  private final Path javaHome;
  private final PageCache.Mode cache;
  private final Consumer<String> say;

  /**
   * @param javaHome the Java every way runs on (the benchmark's own by default)
   * @param cache how the index stands in the page cache before each start
   */
  StartupRun(Path repo, Path corpus, Path index, String heap, Path javaHome, PageCache.Mode cache,
      Consumer<String> say) {
    this.repo = repo;
    this.corpus = corpus;
    this.index = index;
    this.heap = heap;
    this.javaHome = javaHome;
    this.cache = cache;
    this.say = say;
  }

  /**
   * One start: wall seconds to the address and to the first answer, CPU seconds, the steps, and
   * the share of the index in the page cache just before it (NaN when unknown).
   */
  record Start(double listening, double first, double cpu, Map<String, Double> steps, double resident) {}

  private List<String> serveArgs() {
    return List.of("serve", "--corpus", corpus.toString(), "--index", index.toString(), "--host", "127.0.0.1",
        "--port", "0");
  }

  private ProcessBuilder launcher(boolean times) {
    List<String> cmd = new ArrayList<>(List.of(repo.resolve("bin/migration-search").toString()));
    cmd.addAll(serveArgs());
    if (times) {
      cmd.add("--startup-times");
    }
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("JAVA_HOME", javaHome.toString());
    pb.environment().put("MIGRATION_SEARCH_JAVA_OPTS", heap);
    return pb;
  }

  private ProcessBuilder plain(Path jar, boolean times) {
    List<String> cmd = new ArrayList<>(List.of(javaHome.resolve("bin/java").toString(), heap, "-jar", jar.toString()));
    cmd.addAll(serveArgs());
    if (times) {
      cmd.add("--startup-times");
    }
    return new ProcessBuilder(cmd);
  }

  Map<String, Object> run(int runs, Path baselineJar) throws Exception {
    Path jar = repo.resolve("target/migration-search.jar");
    Path archives = repo.resolve("target/cds");
    // The launcher's first run records the archive that its later runs map: from nothing, so an
    // archive of an older jar or run never stands in for this one.
    Bench.delete(archives);
    if (cache == PageCache.Mode.WARM) {
      PageCache.load(index);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    Start recording = start(launcher(true), false);
    // The archive is written as the recording run exits.
    for (int i = 0; i < 100 && !hasArchive(archives); i++) {
      Thread.sleep(100);
    }
    out.put("launcherFirstRun", summary(List.of(recording)));
    say.accept(String.format("launcher, first run (records the archive): first answer %.2f s", recording.first()));
    Map<String, List<Start>> byWay = new LinkedHashMap<>();
    for (int round = 0; round < runs; round++) {
      byWay.computeIfAbsent("launcher", k -> new ArrayList<>()).add(start(launcher(true), true));
      byWay.computeIfAbsent("plain", k -> new ArrayList<>()).add(start(plain(jar, true), true));
      if (baselineJar != null) {
        byWay.computeIfAbsent("baseline", k -> new ArrayList<>()).add(start(plain(baselineJar, false), true));
      }
      say.accept("start-up round " + (round + 1) + ": " + String.join(", ", byWay.entrySet().stream()
          .map(e -> String.format("%s %.2f s", e.getKey(), e.getValue().get(e.getValue().size() - 1).first())).toList()));
    }
    byWay.forEach((way, starts) -> out.put(way, summary(starts)));
    out.put("runs", runs);
    out.put("java", javaVersion(javaHome));
    out.put("archived", hasArchive(archives));
    out.put("cache", cache.label());
    if (baselineJar != null) {
      out.put("baselineJar", baselineJar.getFileName().toString());
    }
    return out;
  }

  /** The JAVA_VERSION of the Java's release file: the report names a version, not a folder. */
  static String javaVersion(Path javaHome) {
    try {
      for (String l : Files.readAllLines(javaHome.resolve("release"))) {
        if (l.startsWith("JAVA_VERSION=")) {
          return l.substring("JAVA_VERSION=".length()).replace("\"", "");
        }
      }
    } catch (IOException e) {
      // no release file: say so rather than guess
    }
    return "unknown";
  }

  private static boolean hasArchive(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (var s = Files.list(dir)) {
      // AppCDS on Java 17, an AOT cache on Java 25 and later (bin/migration-search)
      return s.anyMatch(p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot"));
    }
  }

  /** Medians of each figure, and every run's first answer, in order. */
  static Map<String, Object> summary(List<Start> starts) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("runs", starts.size());
    m.put("firstSeconds", median(starts.stream().map(Start::first).toList()));
    m.put("listeningSeconds", median(starts.stream().map(Start::listening).toList()));
    List<Double> cpu = starts.stream().map(Start::cpu).filter(c -> c > 0).toList();
    if (!cpu.isEmpty()) {
      m.put("cpuSeconds", median(cpu));
    }
    Map<String, Object> steps = new LinkedHashMap<>();
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    starts.forEach(s -> names.addAll(s.steps().keySet()));
    for (String step : names) {
      List<Double> v = starts.stream().map(s -> s.steps().get(step)).filter(x -> x != null).toList();
      steps.put(step, median(v));
    }
    if (!steps.isEmpty()) {
      m.put("steps", steps);
    }
    List<Double> resident = starts.stream().map(Start::resident).filter(r -> !r.isNaN()).toList();
    if (!resident.isEmpty()) {
      m.put("indexResident", median(resident));
    }
    m.put("each", starts.stream().map(Start::first).toList());
    return m;
  }

  static double median(List<Double> values) {
    List<Double> v = new ArrayList<>(values);
    v.sort(null);
    int n = v.size();
    return n == 0 ? Double.NaN : n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
  }

  /**
   * Starts one {@code serve}, waits for its first answer, reads its CPU time then, and stops it.
   *
   * @param ownCpu whether the process started is the JVM itself (the launcher execs it), so its
   *     CPU time is the server's; a recording run's JVM is the launcher's child
   */
  private Start start(ProcessBuilder pb, boolean ownCpu) throws Exception {
    if (cache == PageCache.Mode.COLD && !PageCache.evict(index)) {
      throw new IllegalStateException("--startup-cache cold: could not drop " + index + " from the page cache"
          + " (needs dd with iflag=nocache)");
    }
    double resident = PageCache.residentShare(index);
    Path errors = Files.createTempFile("serve-startup", ".txt");
    pb.redirectError(errors.toFile());
    long t0 = System.nanoTime();
    long spawnedAt = System.currentTimeMillis();
    Process p = pb.start();
    try {
      String line = Bench.awaitLine(p, "listening on http://");
      if (line == null) {
        throw new IllegalStateException("serve did not start: " + Files.readString(errors));
      }
      double listening = (System.nanoTime() - t0) / 1e9;
      URI base = URI.create(line.replaceAll(".*(http://[0-9.]+:[0-9]+)/.*", "$1"));
      HttpClient http = HttpClient.newHttpClient();
      long limit = t0 + TimeUnit.MINUTES.toNanos(5);
      while (true) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(QUERY)).timeout(Duration.ofSeconds(60))
            .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          break;
        }
        if (System.nanoTime() > limit) {
          throw new IllegalStateException("no 200 from " + QUERY + " in 5 minutes: " + r.statusCode());
        }
        Thread.sleep(5);
      }
      double first = (System.nanoTime() - t0) / 1e9;
      double cpu = ownCpu ? p.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0) : 0;
      // The line after the first search is printed before its answer is sent.
      return new Start(listening, first, cpu, steps(Files.readAllLines(errors), spawnedAt), resident);
    } finally {
      p.destroy();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      Files.deleteIfExists(errors);
    }
  }

  /**
   * The last {@code startup-times} line's steps, moved from the JVM's start to the process's:
   * {@code launch} is what came before the JVM started (the launcher script, the exec).
   */
  static Map<String, Double> steps(List<String> lines, long spawnedAtMillis) {
    Map<String, Double> steps = new LinkedHashMap<>();
    String last = null;
    for (String l : lines) {
      if (l.startsWith("startup-times ")) {
        last = l;
      }
    }
    if (last == null) {
      return steps;
    }
    double launch = Double.NaN;
    for (String kv : last.substring("startup-times ".length()).split(" ")) {
      String key = kv.substring(0, kv.indexOf('='));
      String value = kv.substring(kv.indexOf('=') + 1);
      if (key.equals("jvm-start-epoch-ms")) {
        launch = (Long.parseLong(value) - spawnedAtMillis) / 1000.0;
        steps.put("launch", launch);
      } else {
        steps.put(key, launch + Double.parseDouble(value));
      }
    }
    return steps;
  }
}
