import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load generator for GET /api/search: runs a fixed number of requests (a mixed list of realistic
 * queries, with facets and snippets as the web page asks for them) at each concurrency level and
 * prints median and p99 latency. Loopback only: it refuses any other host.
 *
 * <p>Usage: {@code java bench/SearchLoad.java BASE_URL [REQUESTS_PER_LEVEL] [LEVEL...]}, e.g.
 * {@code java bench/SearchLoad.java http://127.0.0.1:7070 400 1 8}.
 */
public class SearchLoad {

  /** Query strings, the way the page sends them: words, phrases, filters, dates, sorting, paging. */
  static final List<String> QUERIES = List.of(
      "q=asylum",
      "q=border%20security",
      "q=%22temporary%20protected%20status%22",
      "q=asylum&country=US",
      "q=refugees&topic=refugees&from=2020-01-01",
      "q=migraci%C3%B3n",
      "q=migracion%20laboral&language=es",
      "q=deportation%20OR%20removal",
      "q=root%20causes&country=GT&country=HN&country=SV",
      "q=parole&sort=newest",
      "q=visa*",
      "q=title:asylum",
      "q=humanitarian%20parole%20venezuela",
      "q=detention&not_country=US",
      "q=labor%20migration&topic=labor-migration&type=report",
      "q=family%20reunification",
      "q=smuggling%20trafficking&page=2",
      "q=",
      "q=&country=MX&sort=newest",
      "q=asilo%20refugio",
      "q=climate%20displacement",
      "q=%22safe%20third%20country%22~3",
      "q=border&from=2023-01-01&to=2024-12-31",
      "q=integration%20citizenship&size=20");

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: java bench/SearchLoad.java BASE_URL [REQUESTS_PER_LEVEL] [LEVEL...]");
      System.exit(2);
    }
    URI base = URI.create(args[0]);
    String host = base.getHost();
    if (!List.of("127.0.0.1", "localhost", "::1", "[::1]").contains(host)) {
      System.err.println("refusing to load " + host + ": loopback addresses only");
      System.exit(2);
    }
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    List<Integer> levels = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      levels.add(Integer.parseInt(args[i]));
    }
    if (levels.isEmpty()) {
      levels = List.of(1, 8);
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    run(client, base, Math.min(100, requests), 2, false); // warm-up: JIT, caches, connections
    System.out.printf(Locale.ROOT, "%-8s %8s %8s %10s %10s %10s %8s%n",
        "clients", "requests", "errors", "median_ms", "p99_ms", "max_ms", "req/s");
    for (int level : levels) {
      run(client, base, requests, level, true);
    }
  }

  static void run(HttpClient client, URI base, int requests, int clients, boolean print) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long started = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      workers.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
          String q = QUERIES.get(i % QUERIES.size());
          HttpRequest req = HttpRequest.newBuilder(base.resolve("/api/search?" + q))
              .timeout(Duration.ofSeconds(30)).GET().build();
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          latencies.add(System.nanoTime() - t0);
        }
        return null;
      }));
    }
    for (Future<?> w : workers) {
      w.get();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    if (!print) {
      return;
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(Locale.ROOT, "%-8d %8d %8d %10.1f %10.1f %10.1f %8.1f%n", clients, sorted.size(),
        errors.get(), ms(percentile(sorted, 50)), ms(percentile(sorted, 99)), ms(sorted.get(sorted.size() - 1)),
        sorted.size() / seconds);
  }

  /** Nearest-rank percentile. */
  static long percentile(List<Long> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  static double ms(long nanos) {
    return nanos / 1e6;
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
