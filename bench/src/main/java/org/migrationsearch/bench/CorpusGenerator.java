package org.migrationsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.migrationsearch.corpus.CorpusReader;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.enrich.Enricher;

/**
 * Writes a synthetic corpus of N documents recombined from the sentences of real ones, so that
 * the vocabulary, sentence shapes and the English/Spanish mix are those of migration-policy
 * texts while the size is whatever the benchmark needs.
 *
 * <p>Deterministic: the same sources, seed and size give byte-identical files (sources are read
 * in sorted order, and every random choice comes from one seeded generator).
 *
 * <p>Every document declares its labels (country, topic, type, language, date, source); the
 * enrichment run of the benchmark strips them before enriching, so both runs read the same files.
 */
public final class CorpusGenerator {

  /** One file per this many documents: each file stays well under the reader's 64 MB file limit. */
  static final int DOCS_PER_FILE = 5_000;

  static final double SPANISH_SHARE = 0.15;
  /** Median 600 words; sigma 0.75 gives a long tail (the 99th percentile is about 3,400 words). */
  static final double LOG_MEDIAN = Math.log(600);
  static final double LOG_SIGMA = 0.75;
  static final int MAX_WORDS = 30_000;

  // Ordered by how often real migration-policy texts name them, so a Zipf draw over the list
  // gives the skew of a real collection (a few countries in most documents, a long tail).
  static final List<String> COUNTRIES = List.of("US", "MX", "GT", "VE", "SY", "SV", "HT", "HN", "CU", "NI",
      "CR", "CO", "EC", "AF", "PA", "CA", "IQ", "TR", "JO", "LB", "PS", "LY", "MM", "SD", "BR", "CN", "UA", "ES",
      "TD", "SO", "PE", "BI", "NG", "ER", "IR", "IT", "LR", "YE", "IN", "BZ", "DE", "GR", "FR", "GB", "PK");
  static final List<String> TOPICS = List.of("regional-cooperation", "irregular-migration", "refugees",
      "trafficking-smuggling", "border-enforcement", "returns-deportation", "integration", "root-causes",
      "legal-pathways", "development-aid", "labor-migration", "asylum", "humanitarian-parole", "visas",
      "citizenship", "family-reunification", "climate-displacement", "detention", "data-statistics");
  static final List<String> TYPES = List.of("speech", "regulation", "article", "fact-sheet", "statement",
      "press-release", "joint-statement", "report", "declaration", "law");
  static final List<String> SOURCES = List.of("U.S. Department of State", "The White House",
      "Presidencia de la República (Gobierno de México)", "U.S. Department of Homeland Security", "UNHCR",
      "International Organization for Migration", "European Commission", "Gobierno de Guatemala",
      "Migration Policy Institute", "Congressional Research Service", "Cancillería de Colombia",
      "Government of Canada", "Ministerio del Interior (España)", "Council of the European Union",
      "Organization of American States", "Gobierno de Costa Rica", "Human Rights Watch", "Amnesty International",
      "World Bank", "CEPAL");

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;:])\\s+|\\n\\s*\\n");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> english = new ArrayList<>();
  private final List<String> spanish = new ArrayList<>();

  /** Reads the sentences of the bundled corpus and, when given and present, of the real one. */
  public CorpusGenerator(Path bundled, Path real) throws IOException {
    readBundled(bundled);
    if (real != null && Files.isDirectory(real)) {
      readJsonl(real);
    }
    if (english.isEmpty() || spanish.isEmpty()) {
      throw new IOException("too few source sentences: " + english.size() + " English, " + spanish.size() + " Spanish");
    }
  }

  int englishSentences() {
    return english.size();
  }

  int spanishSentences() {
    return spanish.size();
  }

  private void readBundled(Path root) throws IOException {
    CorpusReader reader = new CorpusReader(root);
    for (Path file : reader.listFiles().stream().sorted().toList()) {
      for (Document d : reader.read(file).documents()) {
        // The bundled files mostly declare no language; the detector the index uses decides.
        String language = Enricher.standard().enrich(d).language();
        addSentences(d.text(), "es".equals(language) ? spanish : english);
      }
    }
  }

  private void readJsonl(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    for (Path file : files) {
      IndexRun.readLines(file, n -> {
        String language = n.path("language").asText("en");
        if (language.equals("en") || language.equals("es")) {
          addSentences(n.path("text").asText(""), language.equals("es") ? spanish : english);
        }
      });
    }
  }

  private static void addSentences(String text, List<String> into) {
    for (String s : SENTENCE_END.split(text)) {
      String t = s.strip().replaceAll("\\s+", " ");
      int words = t.isEmpty() ? 0 : t.split(" ").length;
      // Headings, page numbers and tables of contents are not sentences a document would repeat.
      if (words >= 5 && words <= 80) {
        into.add(t);
      }
    }
  }

  /** Writes {@code count} documents as {@code documents-NNNN.jsonl} files into {@code target}. */
  public long write(Path target, int count, long seed) throws IOException {
    Files.createDirectories(target);
    SplittableRandom random = new SplittableRandom(seed);
    long bytes = 0;
    BufferedWriter out = null;
    try {
      for (int i = 0; i < count; i++) {
        if (i % DOCS_PER_FILE == 0) {
          if (out != null) {
            out.close();
          }
          Path file = target.resolve(String.format(Locale.ROOT, "documents-%04d.jsonl", i / DOCS_PER_FILE));
          out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }
        String line = JSON.writeValueAsString(document(i, random));
        out.write(line);
        out.write('\n');
        bytes += line.length() + 1;
      }
    } finally {
      if (out != null) {
        out.close();
      }
    }
    return bytes;
  }

  private ObjectNode document(int i, SplittableRandom random) {
    boolean es = random.nextDouble() < SPANISH_SHARE;
    List<String> pool = es ? spanish : english;
    int words = (int) Math.min(MAX_WORDS, Math.max(30, Math.round(Math.exp(LOG_MEDIAN + LOG_SIGMA * gaussian(random)))));
    StringBuilder text = new StringBuilder(words * 7);
    int written = 0;
    while (written < words) {
      // Runs of consecutive sentences read like a passage, and keep real phrases together.
      int start = random.nextInt(pool.size());
      int run = 2 + random.nextInt(6);
      for (int k = 0; k < run && written < words; k++) {
        String s = pool.get((start + k) % pool.size());
        text.append(s).append(k == run - 1 ? "\n\n" : " ");
        written += s.split(" ").length;
      }
    }
    String first = pool.get(random.nextInt(pool.size()));
    String[] titleWords = first.split(" ");
    String title = String.join(" ", List.of(titleWords).subList(0, Math.min(12, titleWords.length)));

    ObjectNode n = JSON.createObjectNode();
    n.put("id", String.format(Locale.ROOT, "gen-%07d", i));
    n.put("title", title);
    n.put("date", date(random));
    n.put("source", SOURCES.get(zipf(random, SOURCES.size(), 1.0)));
    n.put("type", TYPES.get(zipf(random, TYPES.size(), 0.9)));
    n.put("language", es ? "es" : "en");
    var countries = n.putArray("countries");
    distinct(random, COUNTRIES, 1 + zipf(random, 4, 1.2), 1.1).forEach(countries::add);
    var topics = n.putArray("topics");
    distinct(random, TOPICS, 1 + zipf(random, 5, 1.0), 0.8).forEach(topics::add);
    n.put("text", text.toString().strip());
    return n;
  }

  private static String date(SplittableRandom random) {
    // Recent years weigh more, as in a collection that grows every year.
    int year = 2025 - zipf(random, 26, 0.6);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    double precision = random.nextDouble();
    if (precision < 0.05) {
      return Integer.toString(year);
    }
    if (precision < 0.12) {
      return String.format(Locale.ROOT, "%d-%02d", year, month);
    }
    return String.format(Locale.ROOT, "%d-%02d-%02d", year, month, day);
  }

  private static List<String> distinct(SplittableRandom random, List<String> values, int n, double s) {
    List<String> out = new ArrayList<>();
    for (int guard = 0; out.size() < n && guard < 50; guard++) {
      String v = values.get(zipf(random, values.size(), s));
      if (!out.contains(v)) {
        out.add(v);
      }
    }
    return out;
  }

  /** A rank in [0, n) with probability proportional to 1 / (rank + 1)^s. */
  static int zipf(SplittableRandom random, int n, double s) {
    double total = 0;
    for (int k = 1; k <= n; k++) {
      total += 1 / Math.pow(k, s);
    }
    double u = random.nextDouble() * total;
    for (int k = 1; k <= n; k++) {
      u -= 1 / Math.pow(k, s);
      if (u <= 0) {
        return k - 1;
      }
    }
    return n - 1;
  }

  /** Box-Muller, so the stream of draws depends on the seed alone. */
  private static double gaussian(SplittableRandom random) {
    double u1 = 1 - random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
