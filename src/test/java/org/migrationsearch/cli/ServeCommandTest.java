package org.migrationsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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

  @Test
  void buildsTheIndexServesAndFollowsRebuildsFromOtherProcesses() throws Exception {
    Path corpus = Fixtures.copyOfFixtureCorpus(tmp.resolve("corpus"));
    Path index = tmp.resolve("index");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.migrationsearch.cli.Main",
        "serve", "--corpus", corpus.toString(), "--index", index.toString(), "--port", "0")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String base = null;
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    for (String line; (line = out.readLine()) != null; ) {
      Matcher m = ADDRESS.matcher(line);
      if (m.find()) {
        base = m.group(1);
        break;
      }
    }
    assertThat(base).as("serve printed its address").isNotNull();

    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    assertThat(get(http, base + "api/health")).isEqualTo("{\"status\":\"ok\",\"documents\":9}");
    assertThat(get(http, base)).contains("<html");

    Fixtures.write(corpus, "late/addition.txt", "A late addition\n\nRefugee resettlement resumed in 2024.");
    assertThat(CliRun.of("index", "--corpus", corpus.toString(), "--index", index.toString()).exitCode()).isZero();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    String health = "";
    while (System.nanoTime() < deadline && !health.contains("\"documents\":10")) {
      Thread.sleep(200);
      health = get(http, base + "api/health");
    }
    assertThat(health).isEqualTo("{\"status\":\"ok\",\"documents\":10}");
  }
}
