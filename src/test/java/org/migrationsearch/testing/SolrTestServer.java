package org.migrationsearch.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real one-node SolrCloud for the {@code solr}-tagged tests, started once per test JVM in a
 * JVM of its own (see {@code solr/test-cluster}), with the shipped configset and one two-shard
 * collection per name in {@link #COLLECTIONS}. Maven builds the launcher and passes its
 * classpath; a run outside Maven without it skips these tests.
 */
public final class SolrTestServer {

  /** One collection per test class, so the classes do not see each other's documents. */
  public static final List<String> COLLECTIONS = List.of("compare", "killed", "update");
  public static final int SHARDS = 2;

  private static SolrTestServer shared;

  private final Process process;
  private final String url;

  private SolrTestServer(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  /** The base address, e.g. {@code http://127.0.0.1:40123/solr}. */
  public String url() {
    return url;
  }

  public static synchronized SolrTestServer get() {
    if (shared == null) {
      shared = start();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
    }
    return shared;
  }

  private static SolrTestServer start() {
    String classpathFile = System.getProperty("solr.cluster.classpath");
    assumeTrue(classpathFile != null, "not run by Maven: no Solr launcher classpath");
    Path cpFile = Path.of(classpathFile);
    if (!Files.exists(cpFile)) {
      throw new IllegalStateException(cpFile + " is missing: the build did not prepare solr/test-cluster"
          + " (run with Maven, or skip these tests with -Dno-solr)");
    }
    try {
      String classpath = System.getProperty("solr.cluster.classes") + java.io.File.pathSeparator
          + Files.readString(cpFile).strip();
      Path work = Files.createTempDirectory("solr-test-cluster");
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx768m", "-XX:+UseSerialGC", "-Dsolr.log.level=WARN", "-Dlog4j2.level=WARN",
          "-Djava.net.preferIPv4Stack=true", "-Dhost=127.0.0.1",
          "-cp", classpath, "org.migrationsearch.solrtest.SolrTestCluster",
          work.toString(), System.getProperty("solr.configset"), Integer.toString(SHARDS)));
      command.addAll(COLLECTIONS);
      Process p = new ProcessBuilder(command)
          .redirectError(work.resolve("solr.log").toFile())
          .start();
      Path log = work.resolve("solr.out");
      CompletableFuture<String> found = CompletableFuture.supplyAsync(() -> readUrl(p, log));
      String url = found.get(180, TimeUnit.SECONDS);
      if (url == null) {
        p.destroyForcibly();
        throw new IllegalStateException("Solr did not start; see " + log);
      }
      return new SolrTestServer(p, url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("Solr did not start: " + e, e);
    }
  }

  private static String readUrl(Process p, Path log) {
    try (var out = Files.newBufferedWriter(log)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        out.write(line);
        out.newLine();
        if (line.startsWith("SOLR_URL=")) {
          String url = line.substring("SOLR_URL=".length()).strip();
          // Drain the rest so the launcher never blocks on a full pipe.
          Thread drain = new Thread(() -> {
            try {
              while (r.readLine() != null) {
                // discard
              }
            } catch (IOException ignored) {
              // the launcher is gone
            }
          });
          drain.setDaemon(true);
          drain.start();
          return url;
        }
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  private void stop() {
    try {
      process.getOutputStream().close();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException | InterruptedException e) {
      process.destroyForcibly();
    }
  }
}
