package org.migrationsearch.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, when run from the jar. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"migration-search " + (v == null ? "(development build)" : v)};
  }
}
