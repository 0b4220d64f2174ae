package org.migrationsearch.index;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Rebuilds the index from the corpus in the background, one run at a time, while searches go on
 * against the previous commit. Whoever serves searches is told when a new commit is in place.
 */
public final class ReindexService implements AutoCloseable {

  /**
   * What the last run did, for {@code /api/stats}: when it ran and how it ended, with the figures
   * taken from the run's {@link IndexReport} rendering (null when the run failed before a report).
   */
  public record RunSummary(
      String state, String startedAt, String finishedAt, Integer indexed, Integer files, Integer skipped,
      Double seconds, String buildId, String error, List<Map<String, String>> skippedFiles) {

    static RunSummary of(String state, String startedAt, IndexReport r) {
      return new RunSummary(state, startedAt, Instant.now().toString(), r.indexed(), r.files(), r.skipped().size(),
          r.roundedSeconds(), r.buildId(), r.refusal(), r.skippedJson());
    }

    static RunSummary failed(String startedAt, String error) {
      return new RunSummary("failed", startedAt, Instant.now().toString(), null, null, null, null, null, error,
          List.of());
    }
  }

  private final CorpusIndexer indexer;
  private final Path corpus;
  private final Path index;
  private final Consumer<IndexReport> onCommitted;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "reindex");
    t.setDaemon(true);
    return t;
  });
  private final AtomicReference<Future<?>> running = new AtomicReference<>();
  private volatile RunSummary last;

  public ReindexService(CorpusIndexer indexer, Path corpus, Path index, Consumer<IndexReport> onCommitted) {
    this.indexer = indexer;
    this.corpus = corpus;
    this.index = index;
    this.onCommitted = onCommitted;
  }

  public Path corpus() {
    return corpus;
  }

  /** Starts a rebuild unless one is running; true when this call started it. */
  public synchronized boolean start() {
    Future<?> current = running.get();
    if (current != null && !current.isDone()) {
      return false;
    }
    String startedAt = Instant.now().toString();
    running.set(worker.submit(() -> run(startedAt)));
    return true;
  }

  public boolean isRunning() {
    Future<?> current = running.get();
    return current != null && !current.isDone();
  }

  public RunSummary last() {
    return last;
  }

  /** Waits for the current run, for tests and orderly shutdown. */
  public void awaitIdle() throws Exception {
    Future<?> current = running.get();
    if (current != null) {
      current.get();
    }
  }

  private void run(String startedAt) {
    try {
      IndexReport r = indexer.rebuild(corpus, index, false);
      if (!r.committed()) {
        last = RunSummary.of("refused", startedAt, r);
        System.err.println("reindex refused: " + r.refusal());
        return;
      }
      onCommitted.accept(r);
      last = RunSummary.of("succeeded", startedAt, r);
    } catch (Exception | Error e) {
      last = RunSummary.failed(startedAt, e.getMessage() == null ? e.toString() : e.getMessage());
      System.err.println("reindex failed: " + last.error());
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
