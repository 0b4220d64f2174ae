import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.migrationsearch.corpus.CorpusReader;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.corpus.FileReadResult;
import org.migrationsearch.corpus.SkippedFile;

/**
 * PDF reading speed and memory: reads every file of a folder with the corpus reader on a pool of
 * threads, as the indexer does, and prints pages/s, the slowest file, the skip reasons and the
 * peak heap. Run it with the heap you mean to index with, to see that it suffices.
 *
 * Usage: mvn -B package -DskipTests
 *        java -Xmx256m -cp target/migration-search.jar bench/PdfBench.java ../shared/pdfs [THREADS]
 */
public class PdfBench {
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: java -Xmx256m -cp target/migration-search.jar bench/PdfBench.java DIR [THREADS]");
      System.exit(2);
    }
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    CorpusReader reader = new CorpusReader(Path.of(args[0]));
    List<Path> files = reader.listFiles();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    AtomicLong pages = new AtomicLong();
    AtomicLong slowestMs = new AtomicLong();
    StringBuffer slowest = new StringBuffer();
    Map<String, Integer> reasons = new TreeMap<>();
    AtomicLong liveAfterGc = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        long used = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
          if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) {
            used += p.getCollectionUsage().getUsed();
          }
        }
        liveAfterGc.accumulateAndGet(used, Math::max);
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> tasks = new ArrayList<>();
    for (Path f : files) {
      tasks.add(pool.submit(() -> {
        long t0 = System.nanoTime();
        FileReadResult r = reader.read(f);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        for (Document d : r.documents()) {
          pages.addAndGet(Math.max(1, d.pageStarts().size()));
        }
        synchronized (reasons) {
          for (SkippedFile s : r.skipped()) {
            reasons.merge(s.reason().replaceAll(":.*", ""), 1, Integer::sum);
          }
          if (ms > slowestMs.get()) {
            slowestMs.set(ms);
            slowest.setLength(0);
            slowest.append(f.getFileName());
          }
        }
      }));
    }
    for (Future<?> t : tasks) {
      t.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;
    sampler.interrupt();
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    System.out.printf("%d files, %d pages in %.1f s on %d threads: %.0f pages/s%n",
        files.size(), pages.get(), seconds, threads, pages.get() / seconds);
    System.out.printf("slowest file: %s (%.1f s)%n", slowest, slowestMs.get() / 1000.0);
    System.out.printf("skipped: %s%n", reasons);
    // What the collector could not free is what reading needs; the raw peak only shows how much
    // garbage the collector let pile up below -Xmx.
    System.out.printf("peak heap: %d MB live after collections, %d MB before (-Xmx %d MB)%n",
        liveAfterGc.get() / (1024 * 1024), peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }
}
