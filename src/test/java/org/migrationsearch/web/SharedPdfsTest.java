package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.CliRun;
import org.migrationsearch.testing.PdfPages;
import org.migrationsearch.testing.RunningServer;

/**
 * The real-world PDFs of {@code ../shared/pdfs} (pdf.js's test files): indexed through the CLI,
 * then searched through HTTP. Skipped when the folder is absent.
 */
class SharedPdfsTest {

  static final Path PDFS = Path.of("..", "shared", "pdfs");

  @TempDir static Path tmp;
  static CliRun indexRun;
  static JsonNode report;
  static RunningServer server;

  @BeforeAll
  static void indexAll() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(PDFS), "../shared/pdfs is not present");
    Path index = tmp.resolve("index");
    Path reportFile = tmp.resolve("report.json");
    indexRun = CliRun.of("index", "--corpus", PDFS.toString(), "--index", index.toString(),
        "--report", reportFile.toString());
    report = new ObjectMapper().readTree(reportFile.toFile());
    server = RunningServer.start(PDFS, index, null, Duration.ofSeconds(20));
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyFileIsIndexedOrReportedWithAReason() throws IOException {
    assertThat(indexRun.exitCode()).as(indexRun.err()).isZero();
    Set<String> skipped = new HashSet<>();
    for (JsonNode s : report.get("skipped")) {
      assertThat(s.get("reason").asText()).as(s.get("path").asText()).isNotBlank();
      assertThat(s.get("reason").asText()).as(s.get("path").asText()).doesNotStartWith("took too long");
      skipped.add(s.get("path").asText());
    }
    List<String> pdfs;
    try (Stream<Path> files = Files.list(PDFS)) {
      pdfs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted().toList();
    }
    for (String name : pdfs) {
      if (skipped.contains(name)) {
        continue;
      }
      String id = name.substring(0, name.length() - 4);
      RunningServer.Answer doc = server.get("/api/documents/" + RunningServer.encode(id));
      assertThat(doc.status()).as(name + " is neither indexed nor reported").isEqualTo(200);
      assertThat(doc.json().get("page_starts").size()).as(name).isPositive();
    }
    // Most of the files are there to break readers; a fair share still has text worth finding.
    assertThat(pdfs.size() - skipped.size()).isGreaterThan(50);
  }

  @Test
  void phraseFromTheSixthPageOfTheResearchPaperIsFoundOnThatPage() {
    assertFoundOnItsPage("tracemonkey", "incur a punishing runtime overhead");
  }

  @Test
  void phraseFromTheMiddleOfTheBookIsFoundOnItsPage() {
    // Wraps over a line end inside a two-line sentence, with a hyphenated word before it.
    assertFoundOnItsPage("freeculture", "concentration in the media throws that condition into doubt");
    assertFoundOnItsPage("freeculture", "Television stations have a general policy of avoiding");
  }

  /** The expected page comes from PDFBox's plain extraction of each page, independently of ours. */
  private static void assertFoundOnItsPage(String id, String phrase) {
    int expected = PdfPages.pageOf(PDFS.resolve(id + ".pdf"), phrase);
    assertThat(expected).as("the phrase must be in the file").isPositive();
    JsonNode r = server.get("/api/search", "q", "\"" + phrase + "\"").json();
    JsonNode hit = null;
    for (JsonNode h : r.get("hits")) {
      if (h.get("id").asText().equals(id)) {
        hit = h;
      }
    }
    assertThat(hit).as(r.toString()).isNotNull();
    JsonNode snippets = hit.get("snippets");
    JsonNode pages = hit.get("snippet_pages");
    assertThat(pages.size()).isEqualTo(snippets.size());
    assertThat(snippets.get(0).asText()).contains("<mark>");
    assertThat(pages.get(0).asInt()).as(snippets.get(0).asText()).isEqualTo(expected);
  }
}
