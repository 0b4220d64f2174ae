package org.migrationsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.CliRun;
import org.migrationsearch.testing.Fixtures;

/**
 * {@code index} on a corpus with a binary file named .txt, an empty file, invalid UTF-8 and a
 * .jsonl with one broken line: every good document indexed, every bad one reported; with
 * {@code --strict} exit 2 and the previous index unchanged.
 */
class IndexCommandTest {

  @TempDir
  Path tmp;

  private Path badCorpus() {
    Path corpus = tmp.resolve("corpus");
    Fixtures.write(corpus, "good/one.md", "---\ntitle: One\nlanguage: en\n---\nAsylum seekers waited at the border for months.");
    Fixtures.write(corpus, "good/two.txt", "Two\n\nRefugee resettlement resumed after a long pause.");
    Fixtures.write(corpus, "bad/binary.txt", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0});
    Fixtures.write(corpus, "bad/empty.md", new byte[0]);
    Fixtures.write(corpus, "bad/latin1.txt", "Migraci\u00f3n".getBytes(StandardCharsets.ISO_8859_1));
    Fixtures.write(corpus, "batch.jsonl",
        "{\"title\": \"Three\", \"text\": \"Deportation flights\"}\n{\"title\": oops}\n{\"title\": \"Four\", \"text\": \"Visa rules\"}\n");
    return corpus;
  }

  @Test
  void indexesGoodDocumentsAndReportsEveryBadOne() throws Exception {
    Path corpus = badCorpus();
    Path report = tmp.resolve("report.json");
    CliRun run = CliRun.of("index", "--corpus", corpus.toString(), "--index", tmp.resolve("index").toString(),
        "--report", report.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("indexed 4 documents from 6 files \\(4 skipped\\) in \\d+\\.\\d s\\R");
    assertThat(run.err())
        .contains("skipped bad/binary.txt: binary content")
        .contains("skipped bad/empty.md: empty file")
        .contains("skipped bad/latin1.txt: not valid UTF-8")
        .contains("skipped batch.jsonl:2: line 2: invalid JSON");

    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("indexed").asInt()).isEqualTo(4);
    assertThat(json.get("files").asInt()).isEqualTo(6);
    assertThat(json.get("seconds").isNumber()).isTrue();
    assertThat(json.get("skipped")).hasSize(4);
    assertThat(json.get("skipped").get(0).get("path").asText()).isEqualTo("bad/binary.txt");
    assertThat(json.get("skipped").get(0).get("reason").asText()).isNotBlank();

    CliRun search = CliRun.of("search", "--index", tmp.resolve("index").toString(), "--json");
    assertThat(new ObjectMapper().readTree(search.out()).get("total").asInt()).isEqualTo(4);
  }

  @Test
  void strictExitsTwoAndLeavesThePreviousIndex() throws Exception {
    Path corpus = tmp.resolve("clean");
    Fixtures.write(corpus, "one.md", "---\ntitle: One\n---\nAsylum seekers waited at the border.");
    Path index = tmp.resolve("index");
    assertThat(CliRun.of("index", "--corpus", corpus.toString(), "--index", index.toString(), "--strict").exitCode())
        .isZero();
    String statsBefore = CliRun.of("stats", "--index", index.toString(), "--json").out();

    CliRun strict = CliRun.of("index", "--corpus", badCorpus().toString(), "--index", index.toString(), "--strict");
    assertThat(strict.exitCode()).isEqualTo(2);
    assertThat(strict.err()).contains("skipped bad/binary.txt").contains("nothing committed");
    assertThat(strict.out()).isEmpty();
    assertThat(CliRun.of("stats", "--index", index.toString(), "--json").out()).isEqualTo(statsBefore);
  }

  @Test
  void missingCorpusIsAFatalErrorThatCommitsNothing() {
    CliRun run = CliRun.of("index", "--corpus", tmp.resolve("nope").toString(), "--index", tmp.resolve("i").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("corpus folder not found");
    assertThat(Files.exists(tmp.resolve("i").resolve("segments_1"))).isFalse();
  }

  @Test
  void updateModeReportsWhatChanged() {
    Path corpus = tmp.resolve("c");
    Fixtures.write(corpus, "a.txt", "A\n\nAsylum.");
    Path index = tmp.resolve("i");
    CliRun.of("index", "--corpus", corpus.toString(), "--index", index.toString());
    Fixtures.write(corpus, "b.txt", "B\n\nRefugees.");
    CliRun run = CliRun.of("index", "--mode", "update", "--corpus", corpus.toString(), "--index", index.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("1 added or changed, 1 unchanged, 0 deleted");
  }
}
