package org.migrationsearch.corpus;

import java.io.IOException;

/**
 * Receives a file's documents one at a time, as they are read, and what in the file had to be
 * skipped: a {@code .jsonl} of any size is never held whole in memory.
 */
public interface DocumentSink {

  /** May fail with the target's own error, which ends the run; reading errors never come here. */
  void document(Document d) throws IOException;

  void skipped(SkippedFile s);
}
