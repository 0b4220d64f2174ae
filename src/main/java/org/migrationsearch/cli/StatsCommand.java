package org.migrationsearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.migrationsearch.config.AppConfig;
import org.migrationsearch.search.facets.FacetValue;
import org.migrationsearch.search.IndexAccess;
import org.migrationsearch.search.IndexStats;
import org.migrationsearch.search.Json;
import org.migrationsearch.search.SearchService;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stats}: how many documents, which facet values, when the index was built. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Document count, facet value counts and when the index was built.")
final class StatsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOptions.Index index = new ConfigOptions.Index();

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Override
  public Integer call() throws Exception {
    AppConfig config = ConfigOptions.resolve(null, index);
    PrintWriter out = spec.commandLine().getOut();
    try (IndexAccess access = IndexAccess.open(config.index())) {
      IndexStats stats = new SearchService(access, config.queryTimeout()).stats();
      if (json) {
        out.println(Json.write(stats));
      } else {
        out.printf("documents: %d%n", stats.documents());
        out.printf("built:     %s (build %s)%n", stats.builtAt(), stats.buildId());
        out.printf("corpus:    %s%n", stats.corpus());
        for (Map.Entry<String, List<FacetValue>> e : stats.facets().entrySet()) {
          out.printf("%-9s %s%n", e.getKey() + ":", e.getValue().stream()
              .filter(v -> v.count() > 0)
              .map(v -> v.value() + " " + v.count())
              .collect(Collectors.joining(", ")));
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
