package org.migrationsearch.cli;

/** Exit statuses of the contract. */
final class ExitCodes {
  static final int OK = 0;
  static final int FATAL = 1;
  /** {@code index --strict} found files it had to skip; nothing was committed. */
  static final int STRICT_SKIPPED = 2;

  private ExitCodes() {}
}
