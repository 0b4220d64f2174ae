package org.migrationsearch.cli;

import java.nio.file.Path;
import org.migrationsearch.config.AppConfig;
import picocli.CommandLine.Option;

/**
 * Flags shared by the commands. Each is optional: unset flags leave the value from the
 * environment or the default, so a flag always wins.
 */
final class ConfigOptions {

  static final class Index {
    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: index/, or $MIGRATION_SEARCH_INDEX)")
    Path index;
  }

  static final class Corpus {
    @Option(names = "--corpus", paramLabel = "DIR", description = "corpus folder (default: corpus/, or $MIGRATION_SEARCH_CORPUS)")
    Path corpus;
  }

  private ConfigOptions() {}

  static AppConfig resolve(Corpus corpus, Index index) {
    return builder(corpus, index).build();
  }

  /** The environment's settings with these flags laid over them, for commands with more flags. */
  static AppConfig.Builder builder(Corpus corpus, Index index) {
    AppConfig.Builder c = AppConfig.fromEnvironment(System.getenv()).toBuilder();
    if (corpus != null && corpus.corpus != null) {
      c.corpus(corpus.corpus);
    }
    if (index != null && index.index != null) {
      c.index(index.index);
    }
    return c;
  }
}
