package org.migrationsearch.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.migrationsearch.corpus.CorpusReader;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.corpus.FileReadResult;
import org.migrationsearch.corpus.SkippedFile;
import org.migrationsearch.enrich.DocumentEnricher;

/**
 * Reads a corpus folder into the index, on every core.
 *
 * <p>Each run is one Lucene commit. A rebuild opens the writer in {@code CREATE} mode over the
 * existing index: readers keep seeing the previous commit, and until the new commit is written
 * (or if the process dies first) that previous commit stays the index. The writer never commits
 * on close, so an exception anywhere leaves the index as it was.
 */
public final class CorpusIndexer {

  private final DocumentEnricher enricher;
  private final int threads;
  private final IndexProgress progress;

  public CorpusIndexer(DocumentEnricher enricher, int threads, IndexProgress progress) {
    this.enricher = enricher;
    this.threads = Math.max(1, threads);
    this.progress = progress;
  }

  public CorpusIndexer(DocumentEnricher enricher) {
    this(enricher, Runtime.getRuntime().availableProcessors(), IndexProgress.NONE);
  }

  public IndexReport rebuild(Path corpus, Path index, boolean strict) throws IOException {
    return run(corpus, index, strict, false);
  }

  public IndexReport update(Path corpus, Path index, boolean strict) throws IOException {
    return run(corpus, index, strict, true);
  }

  /** What a target already holds for one document id: its content hash and source file. */
  public record Existing(String hash, String path) {}

  /**
   * Where a run's documents go: the local index, or another engine. A run reads and enriches the
   * same way whatever the sink, which is what keeps the backends' documents identical.
   */
  public interface Sink {
    /** Adds or replaces the document; {@code replacing} when the target may already hold its id. */
    void write(Document enriched, String contentHash, boolean replacing) throws IOException;

    void delete(String id) throws IOException;
  }

  /** The outcome of {@link #scan}: what was written, left alone, skipped and deleted. */
  public record ScanResult(int files, int written, int unchanged, List<SkippedFile> skipped, int deleted) {}

  /**
   * Reads and enriches every document under {@code corpus} into {@code sink}, skipping those
   * whose hash matches {@code existing}; with {@code deleteVanished}, deletes the ids of
   * {@code existing} that the corpus no longer produces. Commits nothing: that is the sink's
   * owner's job.
   */
  public ScanResult scan(Path corpus, Map<String, Existing> existing, boolean deleteVanished, Sink sink)
      throws IOException {
    CorpusReader reader = new CorpusReader(corpus);
    List<Path> files = reader.listFiles();
    Run run = new Run(reader, sink, existing, System.nanoTime(), files.size());
    run.indexAll(files);
    int deleted = deleteVanished ? run.deleteVanished() : 0;
    return new ScanResult(files.size(), run.written.get(), run.unchanged.get(), run.skipped(), deleted);
  }

  private IndexReport run(Path corpus, Path index, boolean strict, boolean update) throws IOException {
    long started = System.nanoTime();
    CorpusReader reader = new CorpusReader(corpus);
    List<Path> files = reader.listFiles();
    Files.createDirectories(index);
    try (Directory dir = FSDirectory.open(index)) {
      Map<String, Existing> existing = update ? existingDocuments(dir) : Map.of();
      IndexWriterConfig iwc = new IndexWriterConfig(IndexSchema.analyzer());
      iwc.setOpenMode(update ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE);
      iwc.setCommitOnClose(false);
      iwc.setRAMBufferSizeMB(64);
      IndexWriter writer;
      try {
        writer = new IndexWriter(dir, iwc);
      } catch (LockObtainFailedException e) {
        throw new IndexLockedException("another indexing run is writing to " + index + "; try again when it ends", e);
      }
      try {
        Run run = new Run(reader, luceneSink(writer, existing.isEmpty()), existing, started, files.size());
        run.indexAll(files);
        List<SkippedFile> skipped = run.skipped();
        int deleted = update ? run.deleteVanished() : 0;
        double seconds = (System.nanoTime() - started) / 1e9;
        if (strict && !skipped.isEmpty()) {
          writer.rollback();
          return new IndexReport(run.written.get(), files.size(), skipped, seconds, false, null,
              mode(update), run.unchanged.get(), 0);
        }
        String buildId = newBuildId();
        Map<String, String> userData = new HashMap<>();
        userData.put(IndexSchema.COMMIT_BUILD_ID, buildId);
        userData.put(IndexSchema.COMMIT_BUILT_AT, Instant.now().toString());
        userData.put(IndexSchema.COMMIT_CORPUS, corpus.toString());
        userData.put(IndexSchema.COMMIT_SCHEMA, IndexSchema.SCHEMA_VERSION);
        userData.put(IndexSchema.COMMIT_DOCUMENTS, Integer.toString(writer.getDocStats().numDocs));
        writer.setLiveCommitData(userData.entrySet());
        writer.commit();
        writer.close();
        seconds = (System.nanoTime() - started) / 1e9;
        return new IndexReport(run.written.get(), files.size(), skipped, seconds, true, buildId, mode(update),
            run.unchanged.get(), deleted);
      } catch (IOException | RuntimeException | Error e) {
        if (writer.isOpen()) {
          writer.rollback();
        }
        throw e;
      }
    }
  }

  private static Sink luceneSink(IndexWriter writer, boolean fresh) {
    return new Sink() {
      @Override
      public void write(Document enriched, String contentHash, boolean replacing) throws IOException {
        var luceneDoc = DocumentMapper.toLucene(enriched, contentHash);
        if (fresh) {
          writer.addDocument(luceneDoc);
        } else {
          writer.updateDocument(new Term(IndexSchema.ID, enriched.id()), luceneDoc);
        }
      }

      @Override
      public void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(IndexSchema.ID, id));
      }
    };
  }

  private static String mode(boolean update) {
    return update ? "update" : "rebuild";
  }

  /** Sortable by time, unique across processes. */
  private static String newBuildId() {
    return Instant.now().toString().replaceAll("[^0-9]", "").substring(0, 14)
        + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Map<String, Existing> existingDocuments(Directory dir) throws IOException {
    Map<String, Existing> out = new HashMap<>();
    if (!DirectoryReader.indexExists(dir)) {
      return out;
    }
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      for (var leaf : r.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        Set<String> fields = Set.of(IndexSchema.ID, IndexSchema.HASH, IndexSchema.PATH);
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live != null && !live.get(i)) {
            continue;
          }
          var d = stored.document(i, fields);
          out.put(d.get(IndexSchema.ID), new Existing(d.get(IndexSchema.HASH), d.get(IndexSchema.PATH)));
        }
      }
    }
    return out;
  }

  /** The state of one run, shared by its worker threads. */
  private final class Run {
    final CorpusReader reader;
    final Sink sink;
    final Map<String, Existing> existing;
    final long started;
    final int totalFiles;
    final Map<String, String> claimedIds = new ConcurrentHashMap<>();
    final List<SkippedFile> skipped = java.util.Collections.synchronizedList(new ArrayList<>());
    final Set<String> pathsWithSkips = ConcurrentHashMap.newKeySet();
    final AtomicInteger written = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger filesDone = new AtomicInteger();
    final java.util.concurrent.atomic.AtomicLong lastProgress = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
    final java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();

    Run(CorpusReader reader, Sink sink, Map<String, Existing> existing, long started, int totalFiles) {
      this.reader = reader;
      this.sink = sink;
      this.existing = existing;
      this.started = started;
      this.totalFiles = totalFiles;
    }

    /**
     * Files and then documents are tasks on a pool of {@code threads}: one big {@code .jsonl}
     * file is enriched on every core, not on the one that read it. Each queued task holds a
     * permit, which bounds memory; a reader finding no free permit indexes the document itself.
     */
    void indexAll(List<Path> files) throws IOException {
      int permits = threads * 8;
      Semaphore slots = new Semaphore(permits);
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "indexer");
        t.setDaemon(true);
        return t;
      });
      try {
        for (Path file : files) {
          slots.acquire();
          if (failure.get() != null) {
            slots.release();
            break;
          }
          submit(pool, slots, () -> indexFile(file, pool, slots));
        }
        slots.acquire(permits);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("indexing interrupted");
      } finally {
        pool.shutdownNow();
      }
      Throwable cause = failure.get();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      if (cause != null) {
        throw new IOException(cause);
      }
    }

    private interface Work {
      void run() throws IOException;
    }

    /** Runs {@code work} on the pool; its permit is released when it ends, however it ends. */
    private void submit(ExecutorService pool, Semaphore slots, Work work) {
      pool.execute(() -> {
        try {
          if (failure.get() == null) {
            work.run();
          }
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        } finally {
          slots.release();
        }
      });
    }

    private void indexFile(Path file, ExecutorService pool, Semaphore slots) throws IOException {
      FileReadResult result = reader.read(file);
      String path = reader.relativePath(file);
      for (SkippedFile s : result.skipped()) {
        skip(path, s);
      }
      for (Document declared : result.documents()) {
        String other = claimedIds.putIfAbsent(declared.id(), displayPath(declared));
        if (other != null) {
          skip(path, new SkippedFile(displayPath(declared), SkippedFile.Kind.DUPLICATE_ID,
              "duplicate id '" + declared.id() + "' (already used by " + other + ")"));
          continue;
        }
        if (slots.tryAcquire()) {
          submit(pool, slots, () -> indexDocument(declared));
        } else {
          indexDocument(declared);
        }
      }
      filesDone.incrementAndGet();
      reportProgress();
    }

    private void indexDocument(Document declared) throws IOException {
      String hash = ContentHash.of(declared);
      Existing before = existing.get(declared.id());
      if (before != null && hash.equals(before.hash())) {
        unchanged.incrementAndGet();
        return;
      }
      Document enriched = enricher.enrich(declared);
      sink.write(enriched, hash, !existing.isEmpty());
      written.incrementAndGet();
      reportProgress();
    }

    private void reportProgress() {
      long now = System.nanoTime();
      long last = lastProgress.get();
      if (now - last > 2_000_000_000L && lastProgress.compareAndSet(last, now)) {
        progress.update(written.get() + unchanged.get(), filesDone.get(), totalFiles, (now - started) / 1e9);
      }
    }

    private String displayPath(Document d) {
      return d.id().startsWith(d.path() + "#") ? d.path() + ":" + d.id().substring(d.path().length() + 1) : d.path();
    }

    private void skip(String filePath, SkippedFile s) {
      skipped.add(s);
      pathsWithSkips.add(filePath);
    }

    List<SkippedFile> skipped() {
      List<SkippedFile> out = new ArrayList<>(skipped);
      out.sort(Comparator.comparing(SkippedFile::path));
      return out;
    }

    /**
     * Deletes documents whose id this run did not produce, unless their file could not be read
     * this time: a file that became unreadable keeps its previous documents.
     */
    int deleteVanished() throws IOException {
      int deleted = 0;
      Set<String> keepPaths = new HashSet<>(pathsWithSkips);
      for (var e : existing.entrySet()) {
        if (!claimedIds.containsKey(e.getKey()) && !keepPaths.contains(e.getValue().path())) {
          sink.delete(e.getKey());
          deleted++;
        }
      }
      return deleted;
    }
  }
}
