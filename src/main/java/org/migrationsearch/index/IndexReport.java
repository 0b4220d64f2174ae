package org.migrationsearch.index;

import java.util.List;
import org.migrationsearch.corpus.SkippedFile;

/**
 * The outcome of an indexing run.
 *
 * @param indexed documents in the index after the run (rebuild) or written by it (update)
 * @param files corpus files looked at
 * @param warnings documents indexed with something declared that could not be used (a date out of
 *     range), each with what was done instead
 * @param outcome whether the run committed, and if not why
 * @param refusal why a run that would shrink the index was refused; null otherwise
 * @param unchanged documents an update found identical and left alone
 * @param deleted documents an update removed because their source is gone
 */
public record IndexReport(
    int indexed,
    int files,
    List<SkippedFile> skipped,
    List<SkippedFile> warnings,
    double seconds,
    Outcome outcome,
    String refusal,
    String buildId,
    String mode,
    int unchanged,
    int deleted) {

  /** How a run ended; only {@code COMMITTED} changed the index. */
  public enum Outcome { COMMITTED, STRICT_SKIPPED, SHRINK_REFUSED }

  public IndexReport {
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }

  public boolean committed() {
    return outcome == Outcome.COMMITTED;
  }

  public double documentsPerSecond() {
    return seconds <= 0 ? indexed : indexed / seconds;
  }
}
