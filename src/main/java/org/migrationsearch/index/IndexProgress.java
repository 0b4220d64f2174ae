package org.migrationsearch.index;

/** Told of progress during long indexing runs; called from worker threads. */
public interface IndexProgress {
  IndexProgress NONE = (documents, files, totalFiles, seconds) -> {};

  void update(int documents, int files, int totalFiles, double seconds);
}
