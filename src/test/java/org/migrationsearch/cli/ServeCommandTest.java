package org.migrationsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.CliRun;
import org.migrationsearch.testing.Fixtures;

/**
 * {@code serve} in its own JVM, as a user starts it: it builds the missing index, prints its
 * address, answers, and picks up an index rebuilt by an {@code index} run in another process.
 */
class ServeCommandTest {

  private static final String ADMIN_TOKEN = "serve-test-admin-token";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ADDRESS = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/)");

  @TempDir
  Path tmp;

  private Process server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static String get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  /** The health answer once it counts {@code documents}, or the last one after {@code seconds}. */
  private static String awaitHealth(HttpClient http, String base, int documents, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    String health = get(http, base + "api/health");
    while (System.nanoTime() < deadline && !health.contains("\"documents\":" + documents)) {
      Thread.sleep(200);
      health = get(http, base + "api/health");
    }
    return health;
  }

  /** Starts {@code serve} in its own JVM and returns the address it printed. */
  private String startServe(Path corpus, Path index) throws Exception {
    return startServe(corpus, index, null);
  }

  /** As above, with {@code --startup-times} and standard error written to {@code errors} when given. */
  private String startServe(Path corpus, Path index, Path errors) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-cp",
        System.getProperty("java.class.path"), "org.migrationsearch.cli.Main",
        "serve", "--corpus", corpus.toString(), "--index", index.toString(), "--port", "0"));
    if (errors != null) {
      cmd.add("--startup-times");
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(errors == null ? ProcessBuilder.Redirect.DISCARD
        : ProcessBuilder.Redirect.to(errors.toFile()));
    pb.environment().put("MIGRATION_SEARCH_ADMIN_TOKEN", ADMIN_TOKEN);
    // A cold first query on a loaded test machine must not run into the 2 s budget.
    pb.environment().put("MIGRATION_SEARCH_QUERY_TIMEOUT_MS", "60000");
    server = pb.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    for (String line; (line = out.readLine()) != null; ) {
      Matcher m = ADDRESS.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("serve ended without printing its address");
  }

  /**
   * Serving an index that exists loads the detectors only when a rebuild needs them: the first
   * answer is the same as once warm, and a rebuild requested over HTTP still detects the labels
   * a new file does not declare.
   */
  @Test
  void servesAnExistingIndexAndStillEnrichesWhenRebuiltOverHttp() throws Exception {
    Path corpus = Fixtures.copyOfFixtureCorpus(tmp.resolve("corpus"));
    Path index = tmp.resolve("index");
    assertThat(CliRun.of("index", "--corpus", corpus.toString(), "--index", index.toString()).exitCode()).isZero();
    Path errors = tmp.resolve("serve-errors.txt");
    String base = startServe(corpus, index, errors);

    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    JsonNode first = JSON.readTree(get(http, base + "api/search?q=asylum"));
    JsonNode warm = JSON.readTree(get(http, base + "api/search?q=asylum"));
    assertThat(first.get("total").asLong()).isPositive().isEqualTo(warm.get("total").asLong());
    assertThat(first.get("hits")).isEqualTo(warm.get("hits"));
    assertThat(first.get("facets")).isEqualTo(warm.get("facets"));
    // --startup-times: one line once listening, another after the first search, each step named once.
    List<String> times = Files.readAllLines(errors).stream()
        .filter(l -> l.startsWith("startup-times ")).toList();
    assertThat(times).hasSize(2);
    assertThat(times.get(0)).contains(" main=", " index-open=", " http=", " listening=").doesNotContain("first-search");
    assertThat(times.get(1)).contains(" first-search=");

    Fixtures.write(corpus, "late/nota.txt", "Nota tardía\n\nEl gobierno de México amplió la protección de los "
        + "solicitantes de asilo y de los refugiados en la frontera sur durante el año.");
    HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "api/admin/reindex"))
        .header("Authorization", "Bearer " + ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(started.statusCode()).isEqualTo(202);
    assertThat(awaitHealth(http, base, 10, 60)).isEqualTo("{\"status\":\"ok\",\"documents\":10}");
    JsonNode late = JSON.readTree(get(http, base + "api/documents/late%2Fnota"));
    assertThat(late.get("language").asText()).isEqualTo("es");
    assertThat(late.get("countries").toString()).contains("MX");
  }

  /**
   * The index opens while the HTTP server starts; a damaged one still ends {@code serve} with the
   * damage named and the fatal exit status, before any address is printed.
   */
  @Test
  void aDamagedIndexEndsServeWithTheReasonBeforeItListens() throws Exception {
    Path corpus = Fixtures.copyOfFixtureCorpus(tmp.resolve("corpus"));
    Path index = tmp.resolve("index");
    assertThat(CliRun.of("index", "--corpus", corpus.toString(), "--index", index.toString()).exitCode()).isZero();
    try (var files = Files.list(index)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".si")).toList()) {
        Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
      }
    }
    CliRun run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(120), () ->
        CliRun.of("serve", "--corpus", corpus.toString(), "--index", index.toString(), "--port", "0"));
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FATAL);
    assertThat(run.err()).startsWith("error: ").contains(".si");
    assertThat(run.out()).doesNotContain("listening");
  }

  @Test
  void buildsTheIndexServesAndFollowsRebuildsFromOtherProcesses() throws Exception {
    Path corpus = Fixtures.copyOfFixtureCorpus(tmp.resolve("corpus"));
    Path index = tmp.resolve("index");
    String base = startServe(corpus, index);

    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    assertThat(get(http, base + "api/health")).isEqualTo("{\"status\":\"ok\",\"documents\":9}");
    assertThat(get(http, base)).contains("<html");

    Fixtures.write(corpus, "late/addition.txt", "A late addition\n\nRefugee resettlement resumed in 2024.");
    assertThat(CliRun.of("index", "--corpus", corpus.toString(), "--index", index.toString()).exitCode()).isZero();
    assertThat(awaitHealth(http, base, 10, 10)).isEqualTo("{\"status\":\"ok\",\"documents\":10}");
  }
}
