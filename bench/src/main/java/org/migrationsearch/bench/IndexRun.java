package org.migrationsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.migrationsearch.corpus.CorpusReader;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.corpus.DocumentSink;
import org.migrationsearch.corpus.SkippedFile;
import org.migrationsearch.enrich.Enricher;
import org.migrationsearch.index.CorpusIndexer;
import org.migrationsearch.index.DocumentDates;
import org.migrationsearch.index.IndexProgress;
import org.migrationsearch.index.IndexReport;
import org.migrationsearch.index.IndexSchema;
import org.migrationsearch.solr.SolrConnection;
import org.migrationsearch.solr.SolrDocuments;

/**
 * One indexing run in a JVM of its own, so its peak heap and resident memory are its own:
 * {@code IndexRun MODE CORPUS TARGET}, where MODE is {@code enrich} (migration-search, labels
 * left to detect), {@code declared} (migration-search, labels as the files declare them),
 * {@code lucene} (a plain IndexWriter with IndexSchema's analysis, no enrichment) or
 * {@code solr} (TARGET is {@code URL|COLLECTION}; one update request in flight per core).
 * Two more modes index nothing (TARGET is ignored) and show what enrichment costs outside the
 * indexer: {@code detect} reads and enriches the documents with their labels stripped, as
 * {@code enrich} does, and {@code read} reads them and completes their declared labels, as
 * {@code declared} does; the difference of their CPU seconds is what detection costs alone.
 * Prints one line {@code RESULT {json}}.
 */
public final class IndexRun {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SOLR_BATCH = 200;

  private IndexRun() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path corpus = Path.of(args[1]);
    String target = args[2];
    int cores = Runtime.getRuntime().availableProcessors();
    HeapSampler heap = HeapSampler.start();
    long t0 = System.nanoTime();
    long docs;
    switch (mode) {
      case "enrich", "declared" -> {
        // The enrichment run reads the same files with their labels removed, so it pays for
        // detecting every label, as for a corpus that declares none.
        var enricher = mode.equals("enrich")
            ? (org.migrationsearch.enrich.DocumentEnricher) d -> Enricher.standard().enrich(stripLabels(d))
            : Enricher.standard();
        IndexReport r = new CorpusIndexer(enricher, cores, IndexProgress.NONE).rebuild(corpus, Path.of(target), false);
        if (!r.committed() || !r.skipped().isEmpty()) {
          throw new IllegalStateException("index run did not commit cleanly: " + r.refusal() + " " + r.skipped());
        }
        docs = r.indexed();
      }
      case "detect", "read" -> docs = enrichOnly(corpus, cores, mode.equals("detect"));
      case "lucene" -> docs = plainLucene(corpus, Path.of(target), cores);
      case "solr" -> docs = solr(corpus, target, cores);
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    heap.stop();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("mode", mode);
    out.put("docs", docs);
    out.put("seconds", seconds);
    out.put("threads", cores);
    out.put("peakHeapMB", heap.peakBytes() / 1048576.0);
    out.put("peakRssMB", ProcMemory.peakRssKb(ProcessHandle.current().pid()) / 1024.0);
    // CPU seconds of the whole process: on a shared machine the wall time also counts the
    // time other processes held the cores, the CPU time does not.
    out.put("cpuSeconds", ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9);
    System.out.println("RESULT " + JSON.writeValueAsString(out));
  }

  /**
   * Reads the corpus's files on {@code threads} threads, one file at a time each, and enriches
   * every document (its labels stripped first when {@code detect}), keeping nothing.
   */
  static long enrichOnly(Path corpus, int threads, boolean detect) throws Exception {
    CorpusReader reader = new CorpusReader(corpus);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong count = new AtomicLong();
    AtomicLong labels = new AtomicLong();
    List<Future<?>> futures = new ArrayList<>();
    for (Path file : reader.listFiles()) {
      futures.add(pool.submit(() -> {
        reader.read(file, new DocumentSink() {
          @Override
          public void document(Document d) {
            Document enriched = Enricher.standard().enrich(detect ? stripLabels(d) : d);
            labels.addAndGet(enriched.countries().size() + enriched.topics().size());
            count.incrementAndGet();
          }

          @Override
          public void skipped(SkippedFile s) {
            throw new IllegalStateException("skipped " + s);
          }
        });
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    if (labels.get() == 0 && count.get() > 0) {
      throw new IllegalStateException("no label on any document: the enrichment did not run");
    }
    return count.get();
  }

  static Document stripLabels(Document d) {
    return new Document(d.id(), d.path(), d.title(), null, d.source(), d.url(), null, null, List.of(), List.of(), d.text());
  }

  /** The corpus's .jsonl files in name order, each line parsed and handed to {@code sink}. */
  static void readAll(Path corpus, Consumer<JsonNode> sink) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    for (Path f : files) {
      readLines(f, sink);
    }
  }

  /** Each non-blank line of one .jsonl file, parsed. */
  static void readLines(Path file, Consumer<JsonNode> sink) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          sink.accept(JSON.readTree(line));
        }
      }
    }
  }

  /** One reader thread parses, {@code workers} threads consume; a poison node ends each worker. */
  static long pipeline(Path corpus, int workers, Worker work) throws Exception {
    BlockingQueue<JsonNode> queue = new ArrayBlockingQueue<>(256);
    JsonNode end = JSON.nullNode();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    AtomicLong count = new AtomicLong();
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      futures.add(pool.submit(() -> {
        for (JsonNode n = queue.take(); n != end; n = queue.take()) {
          work.accept(n);
          count.incrementAndGet();
        }
        work.flush();
        return null;
      }));
    }
    try {
      readAll(corpus, n -> {
        try {
          queue.put(n);
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
    } finally {
      for (int w = 0; w < workers; w++) {
        queue.put(end);
      }
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return count.get();
  }

  interface Worker {
    void accept(JsonNode n) throws Exception;

    default void flush() throws Exception {}
  }

  /** The limit: the same analysis and fields, no enrichment, no checks, no hashing. */
  static long plainLucene(Path corpus, Path index, int threads) throws Exception {
    IndexWriterConfig iwc = new IndexWriterConfig(IndexSchema.analyzer());
    iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    iwc.setRAMBufferSizeMB(64); // as CorpusIndexer, so the flushes and merges are comparable
    try (FSDirectory dir = FSDirectory.open(index); IndexWriter writer = new IndexWriter(dir, iwc)) {
      long n = pipeline(corpus, threads, node -> writer.addDocument(luceneDocument(node)));
      writer.commit();
      return n;
    }
  }

  static org.apache.lucene.document.Document luceneDocument(JsonNode n) throws IOException {
    var doc = new org.apache.lucene.document.Document();
    String id = n.path("id").asText();
    String lang = IndexSchema.languageKey(n.path("language").asText(null));
    String title = n.path("title").asText("");
    String text = n.path("text").asText("");
    doc.add(new StringField(IndexSchema.ID, id, Field.Store.YES));
    doc.add(new Field(IndexSchema.titleField(lang), title, IndexSchema.TEXT_FIELD_TYPE));
    doc.add(new Field(IndexSchema.textField(lang), text, IndexSchema.TEXT_FIELD_TYPE));
    doc.add(new Field(IndexSchema.WORDS, title, IndexSchema.WORDS_FIELD_TYPE));
    doc.add(new Field(IndexSchema.WORDS, text, IndexSchema.WORDS_FIELD_TYPE));
    doc.add(new StoredField(IndexSchema.TITLE, title));
    doc.add(new StoredField(IndexSchema.TEXT, text));
    doc.add(new StoredField(IndexSchema.LANGUAGE, lang));
    String date = n.path("date").asText(null);
    DocumentDates.firstDay(date).ifPresent(day -> {
      doc.add(new LongPoint(IndexSchema.DATE_DAY, day.toEpochDay()));
      doc.add(new NumericDocValuesField(IndexSchema.DATE_DAY, day.toEpochDay()));
    });
    DocumentDates.lastDay(date).ifPresent(day -> doc.add(new LongPoint(IndexSchema.DATE_LAST_DAY, day.toEpochDay())));
    n.path("countries").forEach(c -> doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_COUNTRY, c.asText())));
    n.path("topics").forEach(t -> doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_TOPIC, t.asText())));
    facet(doc, IndexSchema.FACET_TYPE, n.path("type").asText(null));
    facet(doc, IndexSchema.FACET_LANGUAGE, n.path("language").asText(null));
    facet(doc, IndexSchema.FACET_SOURCE, n.path("source").asText(null));
    DocumentDates.year(date).ifPresent(y -> facet(doc, IndexSchema.FACET_YEAR, y));
    return IndexSchema.facetsConfig().build(doc);
  }

  private static void facet(org.apache.lucene.document.Document doc, String dim, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new SortedSetDocValuesFacetField(dim, value));
    }
  }

  /** Solr gets the documents with their declared labels, one batch per worker in flight. */
  static long solr(Path corpus, String target, int threads) throws Exception {
    String[] parts = target.split("\\|");
    try (SolrConnection connection = new SolrConnection(parts[0], parts[1])) {
      SolrClient client = connection.client();
      client.deleteByQuery("*:*");
      long n = pipeline(corpus, threads, new Worker() {
        // One batch per worker thread: pipeline() calls accept and flush from the same thread.
        final ThreadLocal<List<SolrInputDocument>> batch = ThreadLocal.withInitial(ArrayList::new);

        @Override
        public void accept(JsonNode node) throws Exception {
          List<SolrInputDocument> b = batch.get();
          b.add(SolrDocuments.toSolr(corpusDocument(node), node.path("id").asText()));
          if (b.size() >= SOLR_BATCH) {
            flush();
          }
        }

        @Override
        public void flush() throws Exception {
          List<SolrInputDocument> b = batch.get();
          if (!b.isEmpty()) {
            client.add(b);
            b.clear();
          }
        }
      });
      client.commit();
      return n;
    }
  }

  static Document corpusDocument(JsonNode n) {
    List<String> countries = new ArrayList<>();
    n.path("countries").forEach(c -> countries.add(c.asText()));
    List<String> topics = new ArrayList<>();
    n.path("topics").forEach(t -> topics.add(t.asText()));
    return new Document(n.path("id").asText(), null, n.path("title").asText(""), n.path("date").asText(null),
        n.path("source").asText(null), null, n.path("type").asText(null), n.path("language").asText(null),
        countries, topics, n.path("text").asText(""));
  }

  /** Samples the used heap every 20 ms: the peak of a GC cycle, not of the pools added up. */
  static final class HeapSampler implements Runnable {
    private volatile boolean running = true;
    private volatile long peak;
    private final Thread thread = new Thread(this, "heap-sampler");

    static HeapSampler start() {
      HeapSampler s = new HeapSampler();
      s.thread.setDaemon(true);
      s.thread.start();
      return s;
    }

    @Override
    public void run() {
      var memory = ManagementFactory.getMemoryMXBean();
      while (running) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }

    long peakBytes() {
      return peak;
    }
  }
}
