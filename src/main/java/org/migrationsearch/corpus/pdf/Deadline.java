package org.migrationsearch.corpus.pdf;

import java.io.IOException;

/**
 * The time one file may take. PDFBox cannot be interrupted, so the reader checks this at every
 * byte it reads and every content-stream operator it runs, and gives up by throwing: the work is
 * really abandoned, on the indexer's own thread, instead of being left running in the background.
 */
final class Deadline {

  /** Thrown through PDFBox's code; an IOException so that PDFBox passes it up untouched. */
  static final class Exceeded extends IOException {
    private static final long serialVersionUID = 1L;

    Exceeded() {
      super("took too long");
    }

    /** Thrown often from deep inside the parser; the stack says nothing useful. */
    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  private final long endNanos;
  private int calls;

  Deadline(long limitNanos) {
    this.endNanos = System.nanoTime() + limitNanos;
  }

  /** Cheap enough for every byte: the clock is read once per 4096 calls. */
  void check() throws Exceeded {
    if ((++calls & 0xFFF) == 0) {
      checkNow();
    }
  }

  void checkNow() throws Exceeded {
    if (System.nanoTime() - endNanos > 0) {
      throw new Exceeded();
    }
  }
}
