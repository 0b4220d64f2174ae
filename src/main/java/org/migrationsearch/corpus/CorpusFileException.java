package org.migrationsearch.corpus;

/** A corpus file that cannot be read, with the kind of failure for the report. */
public final class CorpusFileException extends Exception {
  private static final long serialVersionUID = 1L;
  private final SkippedFile.Kind kind;

  public CorpusFileException(SkippedFile.Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public SkippedFile.Kind kind() {
    return kind;
  }
}
