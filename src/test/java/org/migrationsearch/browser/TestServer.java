package org.migrationsearch.browser;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.migrationsearch.config.AppConfig;
import org.migrationsearch.enrich.Enricher;
import org.migrationsearch.index.CorpusIndexer;
import org.migrationsearch.index.ReindexService;
import org.migrationsearch.search.IndexAccess;
import org.migrationsearch.search.SearchService;
import org.migrationsearch.web.WebApp;

/**
 * One real server for all browser tests in this JVM: an index built from the bundled {@code corpus/}
 * folder into a temporary directory, served on a free port. Started on first use, stopped at JVM exit.
 */
final class TestServer {

  private static TestServer instance;

  private final Path indexDir;
  private final IndexAccess access;
  private final ReindexService reindex;
  private final Javalin app;

  private TestServer() throws IOException {
    indexDir = Files.createTempDirectory("browser-test-index");
    CorpusIndexer indexer = new CorpusIndexer(Enricher.standard());
    Path corpus = Path.of("corpus");
    indexer.rebuild(corpus, indexDir, false);
    access = IndexAccess.open(indexDir);
    SearchService search = new SearchService(access, Duration.ofSeconds(5));
    reindex = new ReindexService(indexer, corpus, indexDir, report -> { });
    app = WebApp.createApp(search, reindex, AppConfig.builder().port(0).build()).start();
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "browser-test-server-stop"));
  }

  static synchronized TestServer get() {
    if (instance == null) {
      try {
        instance = new TestServer();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  String base() {
    return "http://127.0.0.1:" + app.port();
  }

  private void stop() {
    app.stop();
    reindex.close();
    try {
      access.close();
      try (Stream<Path> files = Files.walk(indexDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (IOException ignored) {
      // the JVM is exiting; a leftover temp folder is harmless
    }
  }
}
