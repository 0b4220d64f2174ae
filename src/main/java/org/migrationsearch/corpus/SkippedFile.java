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
    PERMISSION_DENIED,
    /** A named pipe, socket or device. */
    NOT_A_FILE,
    /** A symbolic link that is dangling, loops, or leads outside the corpus folder. */
    LINK,
    TOO_LARGE,
    BAD_ID,
    ENCRYPTED,
    TIMED_OUT
  }
}
