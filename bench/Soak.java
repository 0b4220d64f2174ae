import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Soak load for the whole API: CLIENTS threads for SECONDS, each sending a mix of searches with
 * facets and snippets, facet calls, document fetches, similar documents, exports, stats and a few
 * hostile queries, with one admin reindex half-way. Every answer is checked against what the
 * contract allows for its kind: hostile queries must be refused with a 400, everything else must
 * be a 200. Prints one line of key=value figures for bench/soak.sh. Loopback only.
 *
 * <p>Usage: {@code java bench/Soak.java BASE_URL ADMIN_TOKEN [CLIENTS] [SECONDS]}
 */
public class Soak {

  static final List<String> SEARCHES = List.of(
      "q=asylum&size=20", "q=refugee%20resettlement", "q=%22humanitarian%20parole%22", "q=border&country=MX",
      "q=migrants&topic=labor-migration", "q=asilo&language=es", "q=deport*", "q=title:migration&sort=newest",
      "q=venezuela%20OR%20haiti", "q=smuggling&not_country=US", "q=", "q=&type=law&sort=oldest",
      "q=climate%20displacement&from=2019-01-01", "q=family%20reunification&page=2", "q=asylum~1",
      "q=temporary%20protected%20status", "q=%22safe%20mobility%22~4&country=CO", "q=integration&size=50");

  /** Each must be refused as a 400 naming a limit, whatever the load. */
  static final List<String> HOSTILE = List.of(
      "q=" + "(".repeat(3000) + "a" + ")".repeat(3000),
      "q=/a%7B1000000%7D/",
      "q=" + java.util.stream.IntStream.range(0, 40).mapToObj(i -> "word" + i + "~2")
          .collect(java.util.stream.Collectors.joining("%20OR%20")),
      "syntax=simple&q=" + "(".repeat(3000) + "a" + ")".repeat(3000),
      "page=%D9%A3",
      "q=asylum" + "&country=C".repeat(150));

  /** Expensive but allowed: 200, or 503 when the budget runs out. */
  static final String HEAVY = "size=100&q=" + String.join("%20OR%20",
      List.of("asylum~2", "refugee~2", "migration~2", "border~2", "policy~2", "country~2", "government~2",
          "protection~2", "humanitarian~2", "displacement~2"));

  /** How long the clients take to join: the first 10% of a 60 s run. */
  static final long RAMP_NANOS = TimeUnit.SECONDS.toNanos(6);

  record Outcome(String kind, int status, long micros, long atMillis, String error) {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Exception e) {
      System.err.println("soak failed: " + e);
      System.exit(1);
    }
  }

  static void run(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: java bench/Soak.java BASE_URL ADMIN_TOKEN [CLIENTS] [SECONDS]");
      System.exit(2);
    }
    URI base = URI.create(args[0]);
    if (!base.getHost().equals("127.0.0.1") && !base.getHost().equals("localhost")) {
      System.err.println("refusing to load anything but the loopback address: " + base);
      System.exit(2);
    }
    String token = args[1];
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 32;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .executor(Executors.newFixedThreadPool(4)).build();

    List<String> ids = documentIds(http, base);
    List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    long startedAt = System.nanoTime();
    long endAt = startedAt + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      long seed = c;
      // Clients join one by one over the ramp, as users of a freshly started server would, rather
      // than all in the first millisecond on a JVM that has compiled nothing yet.
      long joinAt = startedAt + RAMP_NANOS * c / clients;
      pool.execute(() -> {
        Random random = new Random(seed);
        sleepUntil(joinAt);
        while (System.nanoTime() < endAt) {
          String[] request = pick(random, ids);
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(request[1]))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String error = r.statusCode() >= 500 ? errorCode(r.body()) : "";
            outcomes.add(new Outcome(request[0], r.statusCode(), (System.nanoTime() - t0) / 1000,
                (t0 - startedAt) / 1_000_000, error));
          } catch (Exception e) {
            failures.computeIfAbsent(request[0] + ": " + e.getClass().getSimpleName(), k -> new AtomicLong())
                .incrementAndGet();
          }
        }
      });
    }
    Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) / 2);
    long reindexAt = (System.nanoTime() - startedAt) / 1_000_000;
    HttpResponse<String> reindex = http.send(HttpRequest.newBuilder(base.resolve("/api/admin/reindex"))
        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    pool.shutdown();
    pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    String reindexState = awaitReindex(http, base);

    List<Long> micros = new ArrayList<>();
    Map<String, Long> byKindStatus = new TreeMap<>();
    long unexpected = 0;
    long fiveXx = 0;
    for (Outcome o : outcomes) {
      micros.add(o.micros());
      byKindStatus.merge(o.kind() + ":" + o.status(), 1L, Long::sum);
      fiveXx += o.status() >= 500 ? 1 : 0;
      boolean expected = switch (o.kind()) {
        case "hostile" -> o.status() == 400;
        case "heavy" -> o.status() == 200 || o.status() == 503;
        default -> o.status() == 200;
      };
      unexpected += expected ? 0 : 1;
    }
    Collections.sort(micros);
    long failed = failures.values().stream().mapToLong(AtomicLong::get).sum();
    System.out.printf(Locale.ROOT, "requests=%d seconds=%d throughput=%.1f p50_ms=%.0f p99_ms=%.0f five_xx=%d"
            + " unexpected=%d failed=%d reindex_status=%d reindex=%s%n",
        outcomes.size(), seconds, outcomes.size() / (double) seconds, percentile(micros, 50) / 1000.0,
        percentile(micros, 99) / 1000.0, fiveXx, unexpected, failed, reindex.statusCode(), reindexState);
    System.out.println("by_kind_status=" + byKindStatus);
    // When the refusals came and why: during the reindex or not, busy or timeout.
    List<String> refusals = outcomes.stream().filter(o -> o.status() >= 500)
        .sorted(java.util.Comparator.comparingLong(Outcome::atMillis))
        .map(o -> o.kind() + "@" + String.format(Locale.ROOT, "%.1fs", o.atMillis() / 1000.0) + ":" + o.error())
        .limit(40).toList();
    if (!refusals.isEmpty()) {
      System.out.printf(Locale.ROOT, "five_xx_at=%s (reindex sent at %.1fs)%n", refusals, reindexAt / 1000.0);
    }
    if (!failures.isEmpty()) {
      System.out.println("failures=" + failures);
    }
    System.exit(0); // the HTTP client's threads would keep the JVM alive
  }

  /** One request: its kind (for checking the answer) and its path and query. */
  static String[] pick(Random random, List<String> ids) {
    int roll = random.nextInt(100);
    String id = ids.get(random.nextInt(ids.size()));
    if (roll < 40) {
      return new String[] {"search", "/api/search?" + SEARCHES.get(random.nextInt(SEARCHES.size()))};
    } else if (roll < 52) {
      return new String[] {"facets", "/api/facets"};
    } else if (roll < 67) {
      return new String[] {"document", "/api/documents/" + id};
    } else if (roll < 77) {
      return new String[] {"similar", "/api/documents/" + id + "/similar"};
    } else if (roll < 83) {
      String format = random.nextBoolean() ? "csv" : "json";
      return new String[] {"export", "/api/export?format=" + format + "&" + SEARCHES.get(random.nextInt(SEARCHES.size()))};
    } else if (roll < 89) {
      return random.nextBoolean() ? new String[] {"stats", "/api/stats"} : new String[] {"health", "/api/health"};
    } else if (roll < 98) {
      return new String[] {"hostile", "/api/search?" + HOSTILE.get(random.nextInt(HOSTILE.size()))};
    } else {
      return new String[] {"heavy", "/api/search?" + HEAVY};
    }
  }

  /** The {@code error} field of a JSON error body, or "?" when the body is not one. */
  static String errorCode(String body) {
    Matcher m = Pattern.compile("\"error\":\"(\\w+)\"").matcher(body);
    return m.find() ? m.group(1) : "?";
  }

  /** Ids to fetch, URL-encoded, from the export of everything. */
  static List<String> documentIds(HttpClient http, URI base) throws Exception {
    String body = http.send(HttpRequest.newBuilder(base.resolve("/api/export?format=json")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("\"id\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(body);
    while (m.find()) {
      ids.add(java.net.URLEncoder.encode(m.group(1), StandardCharsets.UTF_8).replace("+", "%20"));
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException("the index has no documents to fetch");
    }
    return ids;
  }

  static String awaitReindex(HttpClient http, URI base) throws Exception {
    for (int i = 0; i < 240; i++) {
      String stats = http.send(HttpRequest.newBuilder(base.resolve("/api/stats")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      if (stats.contains("\"state\":\"idle\"")) {
        Matcher m = Pattern.compile("\"last\":\\{\"state\":\"(\\w+)\"").matcher(stats);
        return m.find() ? m.group(1) : "unknown";
      }
      Thread.sleep(500);
    }
    return "still-running";
  }

  static void sleepUntil(long nanoTime) {
    long left = nanoTime - System.nanoTime();
    if (left > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }
}
