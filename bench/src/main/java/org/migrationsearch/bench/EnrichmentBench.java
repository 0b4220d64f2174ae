package org.migrationsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.enrich.AnalyzedText;
import org.migrationsearch.enrich.Enricher;
import org.migrationsearch.enrich.country.CountryDetector;
import org.migrationsearch.enrich.date.DateDetector;
import org.migrationsearch.enrich.language.LanguageDetector;
import org.migrationsearch.enrich.source.SourceDetector;
import org.migrationsearch.enrich.topic.TopicDetector;
import org.migrationsearch.enrich.type.TypeDetector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What enrichment costs per document, whole and detector by detector, on the benchmark's own
 * generated documents (the same generator and seed as {@code bench/run.sh}, so the same mix of
 * lengths and languages as the indexing runs). The indexing runs measure enrichment inside the
 * indexer, where it competes with Lucene for the two cores and their caches; this measures the
 * detectors alone, steadily enough to compare two builds or to see which detector a change moved.
 *
 * <p>Each benchmark method walks the same {@value #DOCS} documents once and counts each as an
 * operation, so a score is microseconds per document; the detector rows read texts tokenized beforehand, the {@code tokenize} row is
 * that tokenizing, and {@code enrich} is everything the indexer calls for a document without
 * declared labels. Run by {@code bench/jmh.sh} (see bench/README.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@OperationsPerInvocation(EnrichmentBench.DOCS)
public class EnrichmentBench {

  static final int DOCS = 2000;

  private List<Document> bare;
  private List<AnalyzedText> analyzed;
  private final Enricher enricher = Enricher.standard();
  private final LanguageDetector languages = LanguageDetector.fromBundledProfiles();
  private final TypeDetector types = TypeDetector.fromBundledCues();
  private final DateDetector dates = DateDetector.instance();
  private final TopicDetector topics = TopicDetector.standard();
  private final CountryDetector countries = new CountryDetector();
  private final SourceDetector sources = SourceDetector.instance();

  @Setup(Level.Trial)
  public void load() throws IOException {
    Path repo = Path.of(System.getProperty("bench.repo", ".")).toAbsolutePath().normalize();
    Path corpus = repo.resolve("target/bench/jmh-corpus-" + DOCS);
    if (!Files.isDirectory(corpus)) {
      new CorpusGenerator(repo.resolve("corpus"), repo.resolve("../shared/corpus-real")).write(corpus, DOCS, 12);
    }
    bare = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    for (Path file : files) {
      // Every label, the date and the source dropped, so that every detector runs.
      IndexRun.readLines(file, n -> bare.add(new Document(n.path("id").asText(), null, n.path("title").asText(""),
          null, null, null, null, null, List.of(), List.of(), n.path("text").asText(""))));
    }
    analyzed = bare.stream().map(d -> AnalyzedText.of(d.title(), d.text())).toList();
  }

  @Benchmark
  public void enrich(Blackhole out) {
    for (Document d : bare) {
      out.consume(enricher.enrich(d));
    }
  }

  @Benchmark
  public void tokenize(Blackhole out) {
    for (Document d : bare) {
      out.consume(AnalyzedText.of(d.title(), d.text()));
    }
  }

  @Benchmark
  public void language(Blackhole out) {
    eachText(out, languages::detect);
  }

  @Benchmark
  public void topics(Blackhole out) {
    eachText(out, topics::detectAndExplain);
  }

  @Benchmark
  public void countries(Blackhole out) {
    eachText(out, countries::detectAndExplain);
  }

  @Benchmark
  public void dates(Blackhole out) {
    eachText(out, dates::detect);
  }

  @Benchmark
  public void type(Blackhole out) {
    eachText(out, types::detect);
  }

  @Benchmark
  public void source(Blackhole out) {
    eachText(out, t -> sources.detect(t.text()));
  }

  /**
   * One detector over every tokenized text. Each row runs in a fork of its own, so the call
   * through {@code detector} stays one the JIT inlines.
   */
  private void eachText(Blackhole out, Function<AnalyzedText, Object> detector) {
    for (AnalyzedText t : analyzed) {
      out.consume(detector.apply(t));
    }
  }
}
