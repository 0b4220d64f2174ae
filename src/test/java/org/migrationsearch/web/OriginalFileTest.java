package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.Fixtures;
import org.migrationsearch.testing.PdfBuilder;
import org.migrationsearch.testing.RunningServer;
import org.migrationsearch.testing.RunningServer.Answer;

/** {@code GET /api/documents/{id}/file}: the original, from inside the corpus folder only. */
class OriginalFileTest {

  @TempDir static Path dir;
  static RunningServer server;

  @BeforeAll
  static void start() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    PdfBuilder.create()
        .page("# Consular Protection Abroad", "The first page of the statement.")
        .page("The second page names the consulates that will open.")
        .write(corpus.resolve("statements/consular.pdf"));
    Fixtures.write(corpus, "notes/brief.md", "# A short brief\n\nText of the brief on <b>visas</b>.\n");
    Fixtures.write(corpus, "notes/moved.md", "# A note that will be replaced\n\nSome text about returns.\n");
    Fixtures.write(dir, "secret.txt", "outside the corpus");
    server = RunningServer.start(corpus, dir.resolve("index"), null, Duration.ofSeconds(10));
    // After indexing, the file behind a document becomes a link to a file outside the corpus.
    Files.delete(corpus.resolve("notes/moved.md"));
    Files.createSymbolicLink(corpus.resolve("notes/moved.md"), dir.resolve("secret.txt"));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void pdfIsServedAsPdf() {
    Answer a = server.get("/api/documents/" + RunningServer.encode("statements/consular") + "/file");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.header("Content-Type")).isEqualTo("application/pdf");
    assertThat(a.body()).startsWith("%PDF-");
  }

  @Test
  void textFileIsServedAsTextWithoutTheRightToRunScripts() {
    Answer a = server.get("/api/documents/" + RunningServer.encode("notes/brief") + "/file");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.header("Content-Type")).startsWith("text/markdown");
    assertThat(a.header("Content-Security-Policy")).startsWith("sandbox");
    assertThat(a.body()).contains("Text of the brief");
  }

  @Test
  void unknownDocumentsAndTraversalAttemptsAreNotFound() {
    for (String path : new String[] {
        "/api/documents/unknown/file",
        "/api/documents/" + RunningServer.encode("../secret") + "/file",
        "/api/documents/%2E%2E%2Fsecret/file",
        "/api/documents/..%2F..%2Fsecret.txt/file",
        "/api/documents/" + RunningServer.encode("/etc/passwd") + "/file",
        "/api/documents/notes%2F..%2F..%2Fsecret/file"}) {
      Answer a = server.get(path);
      assertThat(a.status()).as(path).isEqualTo(404);
      assertThat(a.body()).as(path).doesNotContain("outside the corpus");
    }
  }

  @Test
  void aLinkLeadingOutOfTheCorpusIsNotFollowed() {
    Answer a = server.get("/api/documents/" + RunningServer.encode("notes/moved") + "/file");
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.json().get("error").asText()).isEqualTo("not_found");
    assertThat(a.body()).doesNotContain("outside the corpus");
  }

  @Test
  void documentOfAPdfListsWhereItsPagesStart() {
    Answer a = server.get("/api/documents/" + RunningServer.encode("statements/consular"));
    assertThat(a.json().get("page_starts").size()).isEqualTo(2);
    assertThat(a.json().get("title").asText()).isEqualTo("Consular Protection Abroad");
  }
}
