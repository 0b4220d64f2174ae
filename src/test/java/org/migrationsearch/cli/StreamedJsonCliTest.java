package org.migrationsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.CliRun;
import org.migrationsearch.testing.Fixtures;

/**
 * {@code .jsonl} and {@code .json} files are read one document at a time: the size limit holds
 * for one document, not for the file. Tested with the limit lowered to 1 MB (so the files stay
 * small) and once in a JVM of its own whose heap is smaller than the file.
 */
class StreamedJsonCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MB = 1024 * 1024;

  @TempDir
  Path tmp;

  private static String line(int n, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(i % 7 == 0 ? "asylum " : "border ").append("procedure").append(n).append(' ');
    }
    return "{\"id\": \"doc-" + n + "\", \"title\": \"Document " + n + "\", \"language\": \"en\", \"text\": \""
        + text.toString().strip() + "\"}";
  }

  /** A valid document line of about {@code bytes} bytes. */
  private static String bigLine(int n, int bytes) {
    return line(n, bytes / 20);
  }

  private static int total(Path index, String... query) throws IOException {
    List<String> args = new ArrayList<>(List.of("search", "--index", index.toString(), "--json"));
    args.addAll(List.of(query));
    return JSON.readTree(CliRun.of(args.toArray(String[]::new)).out()).get("total").asInt();
  }

  @Test
  void aJsonlFileLargerThanTheDocumentLimitIsIndexedLineByLine() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int n = 1; n <= 60; n++) {
      lines.add(line(n, 1000)); // about 20 KB each: 1.2 MB in all, over the 1 MB limit
    }
    lines.set(29, bigLine(30, (int) (1.2 * MB))); // line 30: one document over the limit
    lines.set(44, "{\"title\": \"Broken\", \"text\": "); // line 45: cut short
    Path corpus = tmp.resolve("corpus");
    Fixtures.write(corpus, "batch.jsonl", String.join("\n", lines) + "\n");
    Path index = tmp.resolve("index");
    Path report = tmp.resolve("report.json");

    CliRun run = CliRun.of("index", "--corpus", corpus.toString(), "--index", index.toString(),
        "--document-limit", "1", "--report", report.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("indexed 58 documents from 1 files (2 skipped)");
    assertThat(run.err())
        .contains("skipped batch.jsonl:30: line 30: document too large (")
        .contains("the limit is 1 MB per document)")
        .contains("skipped batch.jsonl:45: line 45: invalid JSON");
    JsonNode skipped = JSON.readTree(report.toFile()).get("skipped");
    assertThat(skipped).extracting(s -> s.get("kind").asText()).containsExactly("too_large", "malformed");
    assertThat(total(index)).isEqualTo(58);
    // The lines around the skipped ones are all there, and searchable by their own words.
    assertThat(total(index, "procedure29")).isEqualTo(1);
    assertThat(total(index, "procedure31")).isEqualTo(1);
    assertThat(total(index, "procedure30")).isZero();
    assertThat(total(index, "procedure60")).isEqualTo(1);
  }

  @Test
  void withTheDefaultLimitTheSameFileIsIndexedWhole() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Fixtures.write(corpus, "batch.jsonl", line(1, 50) + "\n" + bigLine(2, (int) (1.2 * MB)) + "\n" + line(3, 50));
    Path index = tmp.resolve("index");

    CliRun run = CliRun.of("index", "--corpus", corpus.toString(), "--index", index.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).doesNotContain("skipped");
    assertThat(total(index)).isEqualTo(3);
  }

  @Test
  void aJsonArrayStreamsElementByElementAndSkipsTheOversizedOne() throws Exception {
    String array = "[\n" + line(1, 50) + ",\n" + bigLine(2, (int) (1.5 * MB)) + ",\n\"not an object\",\n"
        + line(4, 50) + ",\n" + line(5, 50) + "\n]\n";
    Path corpus = tmp.resolve("corpus");
    Fixtures.write(corpus, "many.json", array);
    Fixtures.write(corpus, "one.json", line(9, 50));
    Path index = tmp.resolve("index");

    CliRun run = CliRun.of("index", "--corpus", corpus.toString(), "--index", index.toString(),
        "--document-limit", "1");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains("skipped many.json:2: element 2 (line 3): document too large")
        .contains("skipped many.json:3: element 3 (line 4): expected a JSON object");
    assertThat(total(index)).isEqualTo(4);
    for (String word : List.of("procedure1", "procedure4", "procedure5", "procedure9")) {
      assertThat(total(index, word)).as(word).isEqualTo(1);
    }
    assertThat(total(index, "procedure2")).isZero();
  }

  @Test
  void aSingleJsonObjectOverTheLimitIsSkippedWithItsSize() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Fixtures.write(corpus, "big.json", bigLine(1, (int) (1.2 * MB)));
    Fixtures.write(corpus, "small.json", line(2, 50));

    CliRun run = CliRun.of("index", "--corpus", corpus.toString(), "--index", tmp.resolve("index").toString(),
        "--document-limit", "1");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("skipped big.json: document too large (").contains("the limit is 1 MB per document)");
    assertThat(total(tmp.resolve("index"))).isEqualTo(1);
  }

  /**
   * 70 MB of {@code .jsonl}, more than the old 64 MB file limit and than the heap of the JVM
   * indexing it: the oversized lines are measured and passed over without being held, the
   * documents between them are indexed.
   */
  @Test
  void aFileLargerThanTheHeapIndexesInAForkedJvm() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Path file = corpus.resolve("dump.jsonl");
    String filler = "x".repeat(MB);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int n = 1; n <= 35; n++) {
        w.write(line(n, 50));
        w.write('\n');
        w.write("{\"id\": \"huge-" + n + "\", \"text\": \"" + filler + filler + "\"}\n");
      }
    }
    assertThat(Files.size(file)).isGreaterThan(70L * 1000 * 1000);
    Path index = tmp.resolve("index");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
        "org.migrationsearch.cli.Main", "index", "--corpus", corpus.toString(), "--index", index.toString(),
        "--document-limit", "1", "--threads", "2")
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).contains("indexed 35 documents from 1 files (35 skipped)")
        .contains("skipped dump.jsonl:2: line 2: document too large (2.0 MB; the limit is 1 MB per document)")
        .doesNotContain("OutOfMemoryError");
    assertThat(total(index)).isEqualTo(35);
    assertThat(total(index, "procedure35")).isEqualTo(1);
  }
}
