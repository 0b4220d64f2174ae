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
import java.util.Locale;
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
import org.migrationsearch.config.ReadLimits;
import org.migrationsearch.corpus.CorpusListing;
import org.migrationsearch.corpus.CorpusReader;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.corpus.DocumentSink;
import org.migrationsearch.corpus.SkippedFile;
import org.migrationsearch.enrich.DocumentEnricher;
import org.migrationsearch.enrich.MetadataNormalizer;

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
  private final ReadLimits limits;

  public CorpusIndexer(DocumentEnricher enricher, int threads, IndexProgress progress) {
    this(enricher, threads, progress, ReadLimits.DEFAULT);
  }

  /** @param limits how long one file may take to read and how large one document may be */
  public CorpusIndexer(DocumentEnricher enricher, int threads, IndexProgress progress, ReadLimits limits) {
    this.enricher = enricher;
    this.threads = Math.max(1, threads);
    this.progress = progress;
    this.limits = limits;
  }

  public CorpusIndexer(DocumentEnricher enricher) {
    this(enricher, Runtime.getRuntime().availableProcessors(), IndexProgress.NONE);
  }

  /**
   * How a run may end. {@code allowShrink} lets a run commit an index with no document, or with
   * fewer than half the documents of the index it replaces; without it such a run is refused,
   * because a corpus that vanished (an unmounted disk, a broken link) looks exactly like that.
   */
  public record Options(boolean update, boolean strict, boolean allowShrink) {}

  /** A run may drop at most this share of the documents the previous index had. */
  public static final double MAX_SHRINK = 0.5;

  public IndexReport rebuild(Path corpus, Path index, boolean strict) throws IOException {
    return run(corpus, index, new Options(false, strict, false));
  }

  public IndexReport update(Path corpus, Path index, boolean strict) throws IOException {
    return run(corpus, index, new Options(true, strict, false));
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
  public record ScanResult(int files, int written, int unchanged, List<SkippedFile> skipped, int deleted,
      List<SkippedFile> warnings) {}

  /**
   * Reads and enriches every document under {@code corpus} into {@code sink}, skipping those
   * whose hash matches {@code existing}; with {@code deleteVanished}, deletes the ids of
   * {@code existing} that the corpus no longer produces. Commits nothing: that is the sink's
   * owner's job.
   */
  public ScanResult scan(Path corpus, Map<String, Existing> existing, boolean deleteVanished, Sink sink)
      throws IOException {
    CorpusReader reader = new CorpusReader(corpus, limits);
    CorpusListing listing = reader.list();
    if (listing.isEmpty()) {
      throw new IOException("the corpus folder " + corpus + " is empty; nothing was sent");
    }
    Run run = new Run(reader, sink, existing, System.nanoTime(), listing.files().size());
    listing.skipped().forEach(sk -> run.skip(sk.path(), sk));
    run.indexAll(listing.files());
    int deleted = deleteVanished ? run.deleteVanished() : 0;
    return new ScanResult(listing.files().size() + listing.skipped().size(), run.written.get(),
        run.unchanged.get(), run.skipped(), deleted, run.warnings());
  }

  public IndexReport run(Path corpus, Path index, Options options) throws IOException {
    long started = System.nanoTime();
    boolean update = options.update();
    CorpusReader reader = new CorpusReader(corpus, limits);
    CorpusListing listing = reader.list();
    if (listing.isEmpty()) {
      throw new IOException("the corpus folder " + corpus + " is empty; nothing was indexed and the index is unchanged");
    }
    List<Path> files = listing.files();
    int fileCount = files.size() + listing.skipped().size();
    Files.createDirectories(index);
    try (Directory dir = FSDirectory.open(index)) {
      Map<String, Existing> existing = existingDocuments(dir);
      int previousCount = existing.size();
      if (!update) {
        existing = Map.of();
      }
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
        Run run = new Run(reader, luceneSink(writer), existing, started, files.size());
        listing.skipped().forEach(sk -> run.skip(sk.path(), sk));
        run.indexAll(files);
        List<SkippedFile> skipped = run.skipped();
        int deleted = update ? run.deleteVanished() : 0;
        int after = update ? previousCount - deleted + run.added.get() : run.written.get();
        IndexReport.Outcome outcome = IndexReport.Outcome.COMMITTED;
        String refusal = null;
        if (options.strict() && !skipped.isEmpty()) {
          outcome = IndexReport.Outcome.STRICT_SKIPPED;
        } else if (!options.allowShrink() && after == 0) {
          outcome = IndexReport.Outcome.SHRINK_REFUSED;
          refusal = "no readable document was found in " + corpus + "; refusing to commit an empty index"
              + " (give --allow-shrink to commit it anyway)";
        } else if (!options.allowShrink() && previousCount > 0 && previousCount - after > previousCount * MAX_SHRINK) {
          outcome = IndexReport.Outcome.SHRINK_REFUSED;
          refusal = "this run would leave " + after + " of the " + previousCount + " documents in the index"
              + " (more than half removed); refusing to commit (give --allow-shrink to commit it anyway)";
        }
        IndexReport.Builder report = IndexReport.builder(mode(update)).indexed(run.written.get()).files(fileCount)
            .skipped(skipped).warnings(run.warnings()).unchanged(run.unchanged.get());
        if (outcome != IndexReport.Outcome.COMMITTED) {
          writer.rollback();
          return report.refused(outcome, refusal).seconds((System.nanoTime() - started) / 1e9).build();
        }
        String buildId = newBuildId();
        Map<String, String> userData = new HashMap<>();
        userData.put(IndexSchema.COMMIT_BUILD_ID, buildId);
        userData.put(IndexSchema.COMMIT_BUILT_AT, Instant.now().toString());
        userData.put(IndexSchema.COMMIT_CORPUS, corpus.toString());
        userData.put(IndexSchema.COMMIT_SCHEMA, IndexSchema.SCHEMA_VERSION);
        userData.put(IndexSchema.COMMIT_DOCUMENTS, Integer.toString(after));
        writer.setLiveCommitData(userData.entrySet());
        writer.commit();
        writer.close();
        return report.buildId(buildId).deleted(deleted).seconds((System.nanoTime() - started) / 1e9).build();
      } catch (IOException | RuntimeException | Error e) {
        if (writer.isOpen()) {
          writer.rollback();
        }
        throw e;
      }
    }
  }

  private static String mode(boolean update) {
    return update ? "update" : "rebuild";
  }

  /** Sortable by time, unique across processes. */
  private static String newBuildId() {
    return Instant.now().toString().replaceAll("[^0-9]", "").substring(0, 14)
        + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Sink luceneSink(IndexWriter writer) {
    return new Sink() {
      @Override
      public void write(Document enriched, String contentHash, boolean replacing) throws IOException {
        var luceneDoc = DocumentMapper.toLucene(enriched, contentHash);
        if (replacing) {
          writer.updateDocument(new Term(IndexSchema.ID, enriched.id()), luceneDoc);
        } else {
          writer.addDocument(luceneDoc);
        }
      }

      @Override
      public void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(IndexSchema.ID, id));
      }
    };
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

  /** Which document holds an id in this run; guarded by its own monitor. */
  private static final class Claim {
    long rank;
    String display;
    boolean written;

    Claim(long rank, String display) {
      this.rank = rank;
      this.display = display;
    }
  }

  /** The state of one run, shared by its worker threads. */
  private final class Run {
    final CorpusReader reader;
    final Sink sink;
    final Map<String, Existing> existing;
    final long started;
    final int totalFiles;
    final Map<String, Claim> claims = new ConcurrentHashMap<>();
    final List<SkippedFile> skipped = java.util.Collections.synchronizedList(new ArrayList<>());
    final Set<String> pathsWithSkips = ConcurrentHashMap.newKeySet();
    final List<SkippedFile> warnings = java.util.Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger written = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger added = new AtomicInteger();
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
        for (int i = 0; i < files.size(); i++) {
          Path file = files.get(i);
          long fileRank = i;
          slots.acquire();
          if (failure.get() != null) {
            slots.release();
            break;
          }
          submit(pool, slots, () -> indexFile(file, fileRank, pool, slots));
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

    /**
     * Streams the file's documents: each is claimed here, in file order (which keeps the winner
     * of a duplicate id the same whatever the threads), then enriched and written on the pool
     * while this thread parses the next one.
     */
    private void indexFile(Path file, long fileRank, ExecutorService pool, Semaphore slots) throws IOException {
      String path = reader.relativePath(file);
      long[] rank = {fileRank << 32};
      reader.read(file, new DocumentSink() {
        @Override
        public void document(Document declared) throws IOException {
          accept(path, declared, rank[0]++, pool, slots);
        }

        @Override
        public void skipped(SkippedFile s) {
          skip(path, s);
        }
      });
      filesDone.incrementAndGet();
      reportProgress();
    }

    private void accept(String path, Document declared, long docRank, ExecutorService pool, Semaphore slots)
        throws IOException {
      String refused = refusal(declared);
      if (refused != null) {
        skip(path, new SkippedFile(displayPath(declared),
            refused.startsWith("text") ? SkippedFile.Kind.TOO_LARGE : SkippedFile.Kind.BAD_ID, refused));
        return;
      }
      if (!claim(path, declared, docRank)) {
        return;
      }
      MetadataNormalizer.instance().dateProblem(declared.date()).ifPresent(problem ->
          warnings.add(new SkippedFile(displayPath(declared), SkippedFile.Kind.MALFORMED, problem)));
      if (slots.tryAcquire()) {
        submit(pool, slots, () -> indexDocument(declared, docRank));
      } else {
        indexDocument(declared, docRank);
      }
    }

    private String refusal(Document d) {
      String id = d.id();
      for (int i = 0; i < id.length(); i++) {
        if (Character.isISOControl(id.charAt(i))) {
          return String.format(Locale.ROOT, "the id contains a control character (U+%04X); rename the file or"
              + " give an id without one", (int) id.charAt(i));
        }
      }
      if (d.text() != null && d.text().length() > CorpusReader.MAX_TEXT_CHARS) {
        return String.format(Locale.ROOT, "text too long (%,d characters; the limit is %,d per document)",
            d.text().length(), CorpusReader.MAX_TEXT_CHARS);
      }
      return null;
    }

    /**
     * Among documents sharing an id, the one earliest in path order (then line order) wins,
     * whichever thread reads it first: later claims lose, and an earlier one displaces the
     * current holder, whose document is then replaced in the index if it was already written.
     */
    private boolean claim(String path, Document declared, long rank) {
      Claim fresh = new Claim(rank, displayPath(declared));
      Claim c = claims.putIfAbsent(declared.id(), fresh);
      if (c == null) {
        return true;
      }
      synchronized (c) {
        if (rank > c.rank) {
          skip(path, new SkippedFile(displayPath(declared), SkippedFile.Kind.DUPLICATE_ID,
              "duplicate id '" + declared.id() + "' (the one in " + c.display + " is kept, being first in path order)"));
          return false;
        }
        String loser = c.display;
        skip(loser.split(":", 2)[0], new SkippedFile(loser, SkippedFile.Kind.DUPLICATE_ID,
            "duplicate id '" + declared.id() + "' (the one in " + fresh.display + " is kept, being first in path order)"));
        c.rank = rank;
        c.display = fresh.display;
        return true;
      }
    }

    private void indexDocument(Document declared, long rank) throws IOException {
      String hash = ContentHash.of(declared);
      Existing before = existing.get(declared.id());
      Claim claim = claims.get(declared.id());
      if (before != null && hash.equals(before.hash())) {
        synchronized (claim) {
          if (claim.rank == rank && !claim.written) {
            unchanged.incrementAndGet();
            return;
          }
        }
      }
      Document enriched = enricher.enrich(declared);
      synchronized (claim) {
        if (claim.rank != rank) {
          return; // an earlier file with the same id took over while this one was enriched
        }
        sink.write(enriched, hash, !existing.isEmpty() || claim.written);
        if (claim.written) {
          written.decrementAndGet();
        } else if (before == null) {
          added.incrementAndGet();
        }
        claim.written = true;
      }
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

    void skip(String filePath, SkippedFile s) {
      skipped.add(s);
      pathsWithSkips.add(filePath);
    }

    List<SkippedFile> warnings() {
      List<SkippedFile> out = new ArrayList<>(warnings);
      out.sort(Comparator.comparing(SkippedFile::path));
      return out;
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
        if (!claims.containsKey(e.getKey()) && !keepPaths.contains(e.getValue().path())) {
          sink.delete(e.getKey());
          deleted++;
        }
      }
      return deleted;
    }
  }
}
