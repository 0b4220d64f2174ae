package org.migrationsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.migrationsearch.config.AppConfig;
import org.migrationsearch.corpus.SkippedFile;
import org.migrationsearch.enrich.Enricher;
import org.migrationsearch.index.CorpusIndexer;
import org.migrationsearch.index.IndexProgress;
import org.migrationsearch.index.IndexReport;
import org.migrationsearch.search.Json;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code index}: reads the corpus folder into the index in one atomic commit. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Index every document under the corpus folder.",
        "rebuild (default) makes a fresh index; update adds new and changed documents and removes"
            + " those whose source is gone. The previous index stays readable until the new one is"
            + " committed, and intact if the run fails."})
final class IndexCommand implements Callable<Integer> {

  enum Mode { rebuild, update }

  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOptions.Corpus corpus = new ConfigOptions.Corpus();

  @Mixin
  ConfigOptions.Index index = new ConfigOptions.Index();

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "rebuild", description = "rebuild or update (default: ${DEFAULT-VALUE})")
  Mode mode;

  @Option(names = "--strict", description = "commit nothing (exit 2) when any file has to be skipped")
  boolean strict;

  @Option(names = "--report", paramLabel = "FILE", description = "write a JSON report of the run to FILE")
  Path report;

  @Option(names = "--allow-shrink", description = "commit even when no document was read or more than half of the"
      + " indexed documents would be removed (refused otherwise, exit 2)")
  boolean allowShrink;

  @Option(names = "--threads", paramLabel = "N", description = "threads reading and enriching documents (default: one per core)")
  Integer threads;

  @Option(names = "--file-time-limit", paramLabel = "SECONDS",
      description = "skip a file (a PDF) whose reading takes longer (default: 60, or $MIGRATION_SEARCH_FILE_TIME_LIMIT_S)")
  Long fileTimeLimit;

  @Option(names = "--document-limit", paramLabel = "MB",
      description = "skip a document larger than this in its file: a whole file, or one line of a .jsonl or one"
          + " element of a .json array (default: 64, or $MIGRATION_SEARCH_DOCUMENT_LIMIT_MB)")
  Long documentLimit;

  @Override
  public Integer call() throws IOException {
    AppConfig.Builder flags = ConfigOptions.builder(corpus, index);
    if (fileTimeLimit != null) {
      flags.fileTimeLimit(java.time.Duration.ofSeconds(AppConfig.parsePositive(fileTimeLimit.toString(),
          "--file-time-limit")));
    }
    if (documentLimit != null) {
      flags.documentLimit(AppConfig.parsePositive(documentLimit.toString(), "--document-limit", "megabytes") * 1024 * 1024);
    }
    AppConfig config = flags.build();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (report != null) {
      checkReportWritable(report);
    }
    int workers = threads != null && threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    CorpusIndexer indexer = new CorpusIndexer(Enricher.standard(), workers, progress(err, "indexing"), config.reading());
    IndexReport r = indexer.run(config.corpus(), config.index(),
        new CorpusIndexer.Options(mode == Mode.update, strict, allowShrink));
    return finish(r, out, err, report, "the previous index is unchanged");
  }

  /** Progress lines on stderr, as long runs print them. */
  static IndexProgress progress(PrintWriter err, String verb) {
    return (docs, files, total, seconds) -> {
      err.printf(Locale.ROOT, "%s: %d documents, %d/%d files, %.0f documents/s%n",
          verb, docs, files, total, seconds > 0 ? docs / seconds : 0);
      err.flush();
    };
  }

  /**
   * The skip report, optional JSON report, summary and exit status of a run, the same for
   * {@code index} and {@code push}; {@code unchangedTarget} says what a refused run left alone.
   */
  static int finish(IndexReport r, PrintWriter out, PrintWriter err, Path report, String unchangedTarget) {
    printFiles(r, err);
    if (report != null) {
      try {
        writeReport(r, report);
      } catch (IOException e) {
        // Exit 1 means nothing was committed; a report lost after the commit is only a warning.
        err.println("warning: the report could not be written to " + report + ": " + e.getMessage());
      }
    }
    switch (r.outcome()) {
      case STRICT_SKIPPED -> {
        err.printf("nothing committed: %d file(s) skipped and --strict was given; %s%n",
            r.skipped().size(), unchangedTarget);
        return ExitCodes.REFUSED;
      }
      case SHRINK_REFUSED -> {
        err.println("nothing committed: " + r.refusal() + "; " + unchangedTarget);
        return ExitCodes.REFUSED;
      }
      case COMMITTED -> { }
    }
    if (r.mode().equals("update")) {
      err.printf("update: %d added or changed, %d unchanged, %d deleted%n", r.indexed(), r.unchanged(), r.deleted());
    }
    out.println(r.summaryLine());
    return ExitCodes.OK;
  }

  /** One line per skipped file and per warning, on stderr, for every command that indexes. */
  static void printFiles(IndexReport r, PrintWriter err) {
    for (SkippedFile s : r.skipped()) {
      err.println("skipped " + TerminalText.escape(s.path()) + ": " + TerminalText.escape(s.reason()));
    }
    for (SkippedFile w : r.warnings()) {
      err.println("warning " + TerminalText.escape(w.path()) + ": " + TerminalText.escape(w.reason()));
    }
    err.flush();
  }

  /** Refuses a report path that cannot be written before anything is indexed, let alone committed. */
  static void checkReportWritable(Path report) throws IOException {
    if (Files.isDirectory(report)) {
      throw new IOException("--report " + report + " is a folder; give a file name (nothing was indexed)");
    }
    Path parent = report.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (Files.exists(report) ? !Files.isWritable(report) : !Files.isWritable(parent)) {
      throw new IOException("--report " + report + " cannot be written (nothing was indexed)");
    }
  }

  private static void writeReport(IndexReport r, Path report) throws IOException {
    Path parent = report.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(report, Json.write(r.toJson()) + "\n");
  }

}
