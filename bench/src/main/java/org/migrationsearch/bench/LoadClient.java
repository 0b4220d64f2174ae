package org.migrationsearch.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * The one HTTP load client both engines get: N closed-loop clients (each sends its next request
 * when the previous answer has been read whole), loopback only, latency in an HdrHistogram.
 * One "request" is one search as the user sees it: for Solr, a relaxed search is the second
 * request migration-search's own Solr backend would send, and both are timed together.
 */
final class LoadClient {

  /** What a target does with one query of the mix. */
  interface Target {
    /** Sends the search; returns the HTTP status of the answer (the last one, for two). */
    int search(HttpClient http, QueryMix.Query q) throws Exception;
  }

  /** {@code failures}: how many of each HTTP status other than 200, and "none" for no answer. */
  record Result(int clients, long requests, long errors, double seconds, Histogram latencyUs,
      Map<String, Long> failures) {
    double perSecond() {
      return requests / seconds;
    }

    double ms(double percentile) {
      return latencyUs.getValueAtPercentile(percentile) / 1000.0;
    }
  }

  private final List<QueryMix.Query> mix;

  LoadClient(List<QueryMix.Query> mix) {
    this.mix = mix;
  }

  static void requireLoopback(URI base) {
    String host = base.getHost();
    if (!List.of("127.0.0.1", "localhost", "[::1]", "::1").contains(host)) {
      throw new IllegalArgumentException("refusing to load " + host + ": loopback addresses only");
    }
  }

  /** Migration-search's /api/search. */
  static Target ours(URI base) {
    requireLoopback(base);
    return (http, q) -> get(http, base.resolve(q.apiPath())).statusCode();
  }

  private static final Pattern NUM_FOUND = Pattern.compile("\"numFound\":(\\d+)");

  /** Solr's /select for the collection, relaxed to half of the words below five hits, as ours. */
  static Target solr(URI base, String collection) {
    requireLoopback(base);
    String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
    return (http, q) -> {
      HttpResponse<String> r = get(http, URI.create(root + q.solrPath(collection, false)));
      if (r.statusCode() != 200) {
        return r.statusCode();
      }
      Matcher m = NUM_FOUND.matcher(r.body());
      if (q.plainWords() && m.find() && Long.parseLong(m.group(1)) < 5) {
        return get(http, URI.create(root + q.solrPath(collection, true))).statusCode();
      }
      return 200;
    };
  }

  private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build();
    return http.send(req, HttpResponse.BodyHandlers.ofString());
  }

  /** Runs {@code clients} closed loops for {@code seconds}. */
  Result run(Target target, int clients, double seconds) throws InterruptedException {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    return run(target, clients, () -> System.nanoTime() < end);
  }

  /** Runs {@code clients} closed loops while {@code going} says so. */
  Result run(Target target, int clients, BooleanSupplier going) throws InterruptedException {
    Histogram all = new Histogram(3_600_000_000L, 3);
    AtomicLong errors = new AtomicLong();
    Map<String, Long> failures = new ConcurrentHashMap<>();
    AtomicLong requests = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int offset = c * mix.size() / clients; // clients walk the mix from different places
      threads.add(new Thread(() -> {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
        Histogram mine = new Histogram(3_600_000_000L, 3);
        for (int i = offset; going.getAsBoolean(); i++) {
          QueryMix.Query q = mix.get(i % mix.size());
          long s = System.nanoTime();
          String status;
          try {
            status = Integer.toString(target.search(http, q));
          } catch (Exception e) {
            status = "none";
          }
          mine.recordValue(Math.max(1, (System.nanoTime() - s) / 1000));
          requests.incrementAndGet();
          if (!status.equals("200")) {
            errors.incrementAndGet();
            failures.merge(status, 1L, Long::sum);
          }
        }
        synchronized (all) {
          all.add(mine);
        }
      }, "load-" + c));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    return new Result(clients, requests.get(), errors.get(), (System.nanoTime() - t0) / 1e9, all,
        new TreeMap<>(failures));
  }
}
