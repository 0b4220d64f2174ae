package org.migrationsearch.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
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
  /** How long the warm-up waits for a first request before it warms without one. */
  static final Duration WARM_UP_IDLE = Duration.ofSeconds(2);

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

  @Option(names = "--startup-times",
      description = "print to standard error how long each start-up step took, once listening and again after the first search")
  boolean startupTimes;

  @Override
  public Integer call() throws Exception {
    StartupTimes.mark("command");
    if (backend == Backend.local) {
      WebApp.prepareInBackground();
    }
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
    // The index opens (segments, facet ordinals) on one thread while the HTTP server is created
    // and started on this one: each takes about as long as the other, and on two cores they overlap.
    CompletableFuture<SearchService> opening = new CompletableFuture<>();
    CountDownLatch listening = new CountDownLatch(1);
    CountDownLatch firstAnswer = new CountDownLatch(1);
    Thread opener = new Thread(() -> openThenWarm(config, opening, listening, firstAnswer), "index-open");
    opener.setDaemon(true);
    opener.start();
    OpeningBackend search = new OpeningBackend(opening, () -> {
      StartupTimes.mark("first-search");
      firstAnswer.countDown();
      if (startupTimes) {
        err.println(StartupTimes.line());
        err.flush();
      }
    });
    ReindexService reindex = new ReindexService(indexer, config.corpus(), config.index(), report -> {
      try {
        search.service().index().refresh();
      } catch (java.io.IOException e) {
        err.println("could not switch to the new index: " + e.getMessage());
      }
    });
    Javalin created = WebApp.createApp(search, reindex, config);
    StartupTimes.mark("http-created");
    Javalin app = created.start();
    StartupTimes.mark("http");
    SearchService service;
    try {
      service = opening.join();
    } catch (CompletionException e) {
      // Nothing was promised yet: the address is printed only once the index is open.
      app.stop();
      reindex.close();
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
    return runUntilStopped(app, out, config, service.documentCount(), listening, () -> {
      reindex.close();
      service.index().close();
    }, startupTimes ? err : null);
  }

  /**
   * Opens the index and completes {@code opening} with its service, primes the first search while
   * the HTTP server starts, then stays on as the warm-up. The warm-up's rounds wait for the first
   * answer (or for {@link #WARM_UP_IDLE} without one): on two cores they would take the CPU from
   * that answer, and thread priorities do not hold them back on Linux.
   */
  private static void openThenWarm(AppConfig config, CompletableFuture<SearchService> opening,
      CountDownLatch listening, CountDownLatch firstAnswer) {
    SearchService search;
    try {
      IndexAccess access = IndexAccess.open(config.index());
      access.refreshEvery(REFRESH_INTERVAL);
      search = new SearchService(access, config.queryTimeout(), config.resultCache());
      StartupTimes.mark("index-open");
    } catch (Throwable e) {
      opening.completeExceptionally(e);
      return;
    }
    opening.complete(search);
    Thread.currentThread().setName("search-warm-up");
    Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
    try {
      search.prime();
      StartupTimes.mark("primed");
      listening.await();
      firstAnswer.await(WARM_UP_IDLE.toMillis(), TimeUnit.MILLISECONDS);
      search.warmUp(WARM_UP_TIME, WARM_UP_ROUNDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // Warming is only ever a help: a search that fails here fails the same way for its user.
    }
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
    return runUntilStopped(app, out, config, documents, new CountDownLatch(1), connection::close, null);
  }

  private interface Cleanup {
    void run() throws Exception;
  }

  /** @param times where to print the start-up times once listening; null prints none */
  private static int runUntilStopped(Javalin app, PrintWriter out, AppConfig config, int documents,
      CountDownLatch listening, Cleanup cleanup, PrintWriter times) throws InterruptedException {
    out.printf("migration-search listening on http://%s:%d/ (%d documents)%n", config.host(), app.port(), documents);
    out.flush();
    StartupTimes.mark("listening");
    listening.countDown();
    if (times != null) {
      times.println(StartupTimes.line());
      times.flush();
    }
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
