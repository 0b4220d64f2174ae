package org.migrationsearch.corpus;

/**
 * A corpus file (or one line of a {@code .jsonl} file) that could not be read.
 *
 * @param path path relative to the corpus folder; {@code file.jsonl:7} for a line
 */
public record SkippedFile(String path, Kind kind, String reason) {

  /** Why a file was skipped, so that reports can count failures by cause. */
  public enum Kind {
    UNSUPPORTED_TYPE,
    EMPTY,
    BINARY,
    INVALID_ENCODING,
    MALFORMED,
    NO_TEXT,
    DUPLICATE_ID,
    UNREADABLE,
    ENCRYPTED,
    TIMED_OUT
  }
}
