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
import org.migrationsearch.corpus.SkippedFile;

/**
 * Rebuilds the index from the corpus in the background, one run at a time, while searches go on
 * against the previous commit. Whoever serves searches is told when a new commit is in place.
 */
public final class ReindexService implements AutoCloseable {

  /** What the last run did, for {@code /api/stats}. */
  public record RunSummary(
      String state, String startedAt, String finishedAt, Integer indexed, Integer files, Integer skipped,
      Double seconds, String buildId, String error, List<Map<String, String>> skippedFiles) {}

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
        last = new RunSummary("refused", startedAt, Instant.now().toString(), r.indexed(), r.files(),
            r.skipped().size(), Math.round(r.seconds() * 1000) / 1000.0, null, r.refusal(), skippedList(r.skipped()));
        System.err.println("reindex refused: " + r.refusal());
        return;
      }
      onCommitted.accept(r);
      last = new RunSummary("succeeded", startedAt, Instant.now().toString(), r.indexed(), r.files(),
          r.skipped().size(), Math.round(r.seconds() * 1000) / 1000.0, r.buildId(), null, skippedList(r.skipped()));
    } catch (Exception | Error e) {
      last = new RunSummary("failed", startedAt, Instant.now().toString(), null, null, null, null, null,
          e.getMessage() == null ? e.toString() : e.getMessage(), List.of());
      System.err.println("reindex failed: " + last.error());
    }
  }

  private static List<Map<String, String>> skippedList(List<SkippedFile> skipped) {
    return skipped.stream().map(s -> Map.of("path", s.path(), "reason", s.reason())).toList();
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
