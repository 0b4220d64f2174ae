package org.migrationsearch.cli;

/** Exit statuses of the contract. */
final class ExitCodes {
  static final int OK = 0;
  static final int FATAL = 1;
  /**
   * {@code index} refused to commit: {@code --strict} and files were skipped, or the index would
   * have lost most of its documents without {@code --allow-shrink}. Nothing was committed.
   */
  static final int REFUSED = 2;

  private ExitCodes() {}
}
