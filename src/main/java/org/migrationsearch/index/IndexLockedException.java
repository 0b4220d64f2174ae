package org.migrationsearch.index;

import java.io.IOException;

/** Another indexing run holds the index's write lock. */
public final class IndexLockedException extends IOException {
  private static final long serialVersionUID = 1L;

  public IndexLockedException(String message, Throwable cause) {
    super(message, cause);
  }
}
