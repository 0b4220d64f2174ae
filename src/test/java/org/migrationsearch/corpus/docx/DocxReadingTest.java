package org.migrationsearch.corpus.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.corpus.CorpusReader;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.corpus.FileReadResult;
import org.migrationsearch.testing.DocxBuilder;

/** Word files read through the corpus reader, from fixtures written here with POI. */
class DocxReadingTest {

  @TempDir Path corpus;

  private FileReadResult read(Path file) {
    return new CorpusReader(corpus).read(file);
  }

  @Test
  void headingsParagraphsTablesAndCorePropertiesAreRead() {
    Path f = DocxBuilder.create()
        .properties("Briefing on Consular Registration", "Ministry Liaison Unit", "2025-02-03T09:00:00Z")
        .heading(1, "Consular registration drives")
        .paragraph("Mobile consulates registered nationals in three border towns.")
        .table(List.of(List.of("Town", "Registrations"), List.of("Tapachula", "4,210"), List.of("Tenosique", "1,985")))
        .paragraph("Registration opens access to identity documents.")
        .write(corpus.resolve("briefs/consular.docx"));
    FileReadResult r = read(f);
    assertThat(r.skipped()).isEmpty();
    Document d = r.documents().get(0);
    assertThat(d.id()).isEqualTo("briefs/consular");
    assertThat(d.title()).isEqualTo("Briefing on Consular Registration");
    assertThat(d.source()).isEqualTo("Ministry Liaison Unit");
    assertThat(d.date()).isEqualTo("2025-02-03");
    assertThat(d.text()).contains("Consular registration drives\n\nMobile consulates registered nationals");
    assertThat(d.text()).contains("Town | Registrations\nTapachula | 4,210\nTenosique | 1,985");
    assertThat(d.pageStarts()).isEmpty();
  }

  @Test
  void withoutATitlePropertyTheFirstHeadingIsTheTitle() {
    Path f = DocxBuilder.create()
        .properties(null, "Administrator", null)
        .paragraph("DRAFT - not for circulation")
        .heading(1, "Family Reunification Backlog")
        .paragraph("Applications waited fourteen months on average.")
        .write(corpus.resolve("draft.docx"));
    Document d = read(f).documents().get(0);
    assertThat(d.title()).isEqualTo("Family Reunification Backlog");
    assertThat(d.source()).isNull();
  }

  @Test
  void brokenAndMisnamedFilesAreReported() throws IOException {
    Path notZip = Files.writeString(corpus.resolve("memo.docx"), "just text, not a Word file");
    assertThat(read(notZip).skipped().get(0).reason()).startsWith("not a Word document");
    Path empty = DocxBuilder.create().write(corpus.resolve("empty.docx"));
    assertThat(read(empty).skipped().get(0).reason()).isEqualTo("no text in the document");
  }
}
