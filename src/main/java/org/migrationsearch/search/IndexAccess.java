package org.migrationsearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The one entry to a searchable index: a {@link SearcherManager} over the index folder that
 * notices new commits, whether made by this process or by an {@code index} run in another one.
 * Every use acquires a snapshot and releases it, so a commit swapped in mid-request never pulls
 * a reader away from under a query.
 */
public final class IndexAccess implements Closeable {

  private final Path path;
  private final Directory directory;
  private final SearcherManager manager;
  private ScheduledExecutorService refresher;

  private IndexAccess(Path path, Directory directory, SearcherManager manager) {
    this.path = path;
    this.directory = directory;
    this.manager = manager;
  }

  /** Opens the index at {@code path}; fails with a clear message when there is none. */
  public static IndexAccess open(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      throw new IndexMissingException(path);
    }
    Directory dir = FSDirectory.open(path);
    if (!DirectoryReader.indexExists(dir)) {
      dir.close();
      throw new IndexMissingException(path);
    }
    SearcherFactory factory = new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
        return new IndexSnapshot(reader);
      }
    };
    return new IndexAccess(path, dir, new SearcherManager(dir, factory));
  }

  public static boolean exists(Path path) {
    if (!Files.isDirectory(path)) {
      return false;
    }
    try (Directory dir = FSDirectory.open(path)) {
      return DirectoryReader.indexExists(dir);
    } catch (IOException e) {
      return false;
    }
  }

  public Path path() {
    return path;
  }

  /** A unit of work against one snapshot. */
  @FunctionalInterface
  public interface SnapshotWork<T> {
    T apply(IndexSnapshot snapshot) throws IOException;
  }

  public <T> T withSnapshot(SnapshotWork<T> work) {
    try {
      IndexSearcher searcher = manager.acquire();
      try {
        return work.apply((IndexSnapshot) searcher);
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Swaps in the latest commit, if there is a newer one; waits for a refresh in progress. */
  public void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  /** Checks for new commits in the background, so indexes rebuilt elsewhere are picked up. */
  public synchronized void refreshEvery(Duration interval) {
    if (refresher != null) {
      return;
    }
    refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "index-refresh");
      t.setDaemon(true);
      return t;
    });
    refresher.scheduleWithFixedDelay(() -> {
      try {
        manager.maybeRefresh();
      } catch (IOException | RuntimeException e) {
        // The next tick tries again; a half-written commit from another process is simply not there yet.
        System.err.println("index refresh failed: " + e.getMessage());
      }
    }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void close() throws IOException {
    if (refresher != null) {
      refresher.shutdownNow();
    }
    manager.close();
    directory.close();
  }
}
