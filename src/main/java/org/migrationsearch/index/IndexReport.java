package org.migrationsearch.index;

import java.util.List;
import org.migrationsearch.corpus.SkippedFile;

/**
 * The outcome of an indexing run.
 *
 * @param indexed documents in the index after the run (rebuild) or written by it (update)
 * @param files corpus files looked at
 * @param committed false when nothing was committed (strict mode with skipped files)
 * @param unchanged documents an update found identical and left alone
 * @param deleted documents an update removed because their source is gone
 */
public record IndexReport(
    int indexed,
    int files,
    List<SkippedFile> skipped,
    double seconds,
    boolean committed,
    String buildId,
    String mode,
    int unchanged,
    int deleted) {

  public IndexReport {
    skipped = List.copyOf(skipped);
  }

  public double documentsPerSecond() {
    return seconds <= 0 ? indexed : indexed / seconds;
  }
}
