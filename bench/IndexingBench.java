import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.migrationsearch.enrich.Enricher;
import org.migrationsearch.index.CorpusIndexer;
import org.migrationsearch.index.IndexProgress;
import org.migrationsearch.index.IndexReport;

/**
 * Warm indexing throughput: rebuilds a corpus several times in one JVM, alternating one thread
 * and one per core, and prints the best documents/s of each, so the ratio is measured side by
 * side once the JIT has done its work (bench/indexing.sh measures cold command-line runs).
 *
 * Usage: mvn -B package -DskipTests
 *        java -cp target/migration-search.jar bench/IndexingBench.java CORPUS_DIR [ROUNDS]
 */
public class IndexingBench {
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: java -cp target/migration-search.jar bench/IndexingBench.java CORPUS_DIR [ROUNDS]");
      System.exit(2);
    }
    Path corpus = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int cores = Runtime.getRuntime().availableProcessors();
    Path index = Files.createTempDirectory("indexing-bench");
    double best1 = 0;
    double bestN = 0;
    int docs = 0;
    try {
      for (int r = 0; r < rounds; r++) {
        for (int threads : new int[] {1, cores}) {
          IndexReport report = new CorpusIndexer(Enricher.standard(), threads, IndexProgress.NONE)
              .rebuild(corpus, index, false);
          docs = report.indexed();
          double rate = report.documentsPerSecond();
          System.out.printf("round %d, %d thread(s): %.0f documents/s%n", r + 1, threads, rate);
          if (r == 0) {
            continue; // the first round warms the JIT up
          }
          if (threads == 1) {
            best1 = Math.max(best1, rate);
          } else {
            bestN = Math.max(bestN, rate);
          }
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(index)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    System.out.printf("%s: %d documents; best warm rate %.0f documents/s on 1 thread, %.0f on %d threads (x%.2f)%n",
        corpus.getFileName(), docs, best1, bestN, cores, bestN / best1);
  }
}
