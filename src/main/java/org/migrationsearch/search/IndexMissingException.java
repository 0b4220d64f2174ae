package org.migrationsearch.search;

import java.io.IOException;
import java.nio.file.Path;

/** There is no index where one was expected. */
public final class IndexMissingException extends IOException {
  private static final long serialVersionUID = 1L;

  public IndexMissingException(Path path) {
    super("no index at " + path + "; build one with: index --corpus DIR --index " + path);
  }
}
