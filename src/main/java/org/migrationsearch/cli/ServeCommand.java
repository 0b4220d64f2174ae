package org.migrationsearch.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.migrationsearch.config.AppConfig;
import org.migrationsearch.enrich.Enricher;
import org.migrationsearch.index.CorpusIndexer;
import org.migrationsearch.index.IndexProgress;
import org.migrationsearch.index.IndexReport;
import org.migrationsearch.index.ReindexService;
import org.migrationsearch.search.IndexAccess;
import org.migrationsearch.search.SearchService;
import org.migrationsearch.web.WebApp;
import org.migrationsearch.solr.SolrConnection;
import org.migrationsearch.solr.SolrSearchBackend;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: the API and the web page; builds the index first when there is none. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the search API and web page. Builds the index from the corpus first when none exists.")
final class ServeCommand implements Callable<Integer> {

  /** How often the server looks for commits made by an index run in another process. */
  static final Duration REFRESH_INTERVAL = Duration.ofSeconds(1);
  /** Enough for the JIT to compile the search path on two cores; more buys little. */
  static final Duration WARM_UP_TIME = Duration.ofSeconds(3);
  static final int WARM_UP_ROUNDS = 30;

  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOptions.Corpus corpus = new ConfigOptions.Corpus();

  @Mixin
  ConfigOptions.Index index = new ConfigOptions.Index();

  @Option(names = "--host", paramLabel = "H", description = "address to listen on (default 127.0.0.1, or $MIGRATION_SEARCH_HOST)")
  String host;

  @Option(names = "--port", paramLabel = "P", description = "port (default 7070, or $MIGRATION_SEARCH_PORT; 0 picks a free one)")
  Integer port;

  @Option(names = "--result-cache", paramLabel = "N",
      description = "answers kept for repeated searches, dropped when the index changes (default 1000, or $MIGRATION_SEARCH_RESULT_CACHE; 0 turns it off)")
  Integer resultCache;

  enum Backend { local, solr }

  @Option(names = "--backend", paramLabel = "B", defaultValue = "local",
      description = "local (default: the index folder) or solr (a collection filled by push)")
  Backend backend;

  @Option(names = "--solr", paramLabel = "URL", description = "with --backend solr: Solr base address, e.g. http://127.0.0.1:8983/solr")
  String solr;

  @Option(names = "--collection", paramLabel = "NAME", description = "with --backend solr: the collection to search")
  String collection;

  @Override
  public Integer call() throws Exception {
    AppConfig.Builder flags = ConfigOptions.builder(corpus, index);
    if (host != null) {
      flags.host(host);
    }
    if (port != null) {
      flags.port(AppConfig.parsePort(Integer.toString(port), "--port"));
    }
    if (resultCache != null) {
      flags.resultCache(AppConfig.parseCacheSize(Integer.toString(resultCache), "--result-cache"));
    }
    AppConfig config = flags.build();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (backend == Backend.solr) {
      return serveSolr(config, out);
    }
    if (solr != null || collection != null) {
      throw new ParameterException(spec.commandLine(), "--solr and --collection need --backend solr");
    }
    // The detectors' models and word lists take about a second to load and only an index build
    // needs them, so serving an existing index does not wait for them before its first answer.
    CorpusIndexer indexer = new CorpusIndexer(declared -> Enricher.standard().enrich(declared),
        Runtime.getRuntime().availableProcessors(), IndexProgress.NONE, config.reading());
    if (!IndexAccess.exists(config.index())) {
      err.println("no index at " + config.index() + "; building it from " + config.corpus() + " ...");
      err.flush();
      IndexReport r = indexer.rebuild(config.corpus(), config.index(), false);
      IndexCommand.printFiles(r, err);
      if (!r.committed()) {
        err.println("error: " + r.refusal());
        return ExitCodes.FATAL;
      }
      err.println(r.summaryLine());
      err.flush();
    }
    IndexAccess access = IndexAccess.open(config.index());
    access.refreshEvery(REFRESH_INTERVAL);
    SearchService search = new SearchService(access, config.queryTimeout(), config.resultCache());
    ReindexService reindex = new ReindexService(indexer, config.corpus(), config.index(), report -> {
      try {
        access.refresh();
      } catch (java.io.IOException e) {
        err.println("could not switch to the new index: " + e.getMessage());
      }
    });
    Javalin app = WebApp.createApp(search, reindex, config).start();
    // In the background, after the port is open: the first answer is not held back by warming.
    Thread warming = new Thread(() -> search.warmUp(WARM_UP_TIME, WARM_UP_ROUNDS), "search-warm-up");
    warming.setDaemon(true);
    warming.setPriority(Thread.MIN_PRIORITY);
    warming.start();
    return runUntilStopped(app, out, config, search.documentCount(), () -> {
      reindex.close();
      access.close();
    });
  }

  private int serveSolr(AppConfig config, PrintWriter out) throws Exception {
    if (solr == null || collection == null) {
      throw new ParameterException(spec.commandLine(), "--backend solr needs --solr URL and --collection NAME");
    }
    SolrConnection connection = new SolrConnection(solr, collection);
    SolrSearchBackend search = new SolrSearchBackend(connection, config.queryTimeout());
    int documents;
    try {
      documents = search.documentCount();
    } catch (RuntimeException e) {
      connection.close();
      throw new java.io.IOException("cannot search " + connection.describe() + ": " + e.getMessage(), e);
    }
    Javalin app = WebApp.createApp(search, null, config).start();
    return runUntilStopped(app, out, config, documents, connection::close);
  }

  private interface Cleanup {
    void run() throws Exception;
  }

  private static int runUntilStopped(Javalin app, PrintWriter out, AppConfig config, int documents, Cleanup cleanup)
      throws InterruptedException {
    out.printf("migration-search listening on http://%s:%d/ (%d documents)%n", config.host(), app.port(), documents);
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      try {
        cleanup.run();
      } catch (Exception ignored) {
        // shutting down anyway
      }
      stopped.countDown();
    }));
    stopped.await();
    return ExitCodes.OK;
  }
}
