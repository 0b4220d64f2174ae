package org.migrationsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.migrationsearch.config.AppConfig;
import org.migrationsearch.enrich.Enricher;
import org.migrationsearch.index.IndexReport;
import org.migrationsearch.solr.SolrConnection;
import org.migrationsearch.solr.SolrPusher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code push}: the corpus, read and enriched as {@code index} does, into a Solr collection. */
@Command(name = "push", mixinStandardHelpOptions = true,
    description = {"Send every document under the corpus folder to a Solr collection made from the"
        + " shipped configset (solr/configset).",
        "rebuild (default) replaces the collection's contents at the final commit; update sends new and"
            + " changed documents and deletes those whose source is gone."})
final class PushCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--solr", required = true, paramLabel = "URL", description = "Solr base address, e.g. http://127.0.0.1:8983/solr")
  String solr;

  @Option(names = "--collection", required = true, paramLabel = "NAME", description = "collection to fill")
  String collection;

  @Mixin
  ConfigOptions.Corpus corpus = new ConfigOptions.Corpus();

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "rebuild", description = "rebuild or update (default: ${DEFAULT-VALUE})")
  IndexCommand.Mode mode;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "200", description = "documents per update request (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--threads", paramLabel = "N", description = "threads reading, enriching and sending documents (default: one per core)")
  Integer threads;

  @Option(names = "--strict", description = "send nothing (exit 2) when any file would be skipped")
  boolean strict;

  @Option(names = "--report", paramLabel = "FILE", description = "write a JSON report of the run to FILE")
  Path report;

  @Override
  public Integer call() throws IOException {
    if (batch < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1");
    }
    AppConfig config = ConfigOptions.resolve(corpus, null);
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    int workers = threads != null && threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    SolrPusher pusher = new SolrPusher(Enricher.standard(), workers, batch, IndexCommand.progress(err, "pushing"));
    try (SolrConnection connection = new SolrConnection(solr, collection)) {
      IndexReport r = pusher.push(config.corpus(), connection, mode == IndexCommand.Mode.update, strict);
      return IndexCommand.finish(r, out, err, report, "the collection is unchanged");
    }
  }
}
