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
    AppConfig c = AppConfig.fromEnvironment(System.getenv());
    if (corpus != null && corpus.corpus != null) {
      c = c.withCorpus(corpus.corpus);
    }
    if (index != null && index.index != null) {
      c = c.withIndex(index.index);
    }
    return c;
  }
}
