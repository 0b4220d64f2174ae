package org.migrationsearch.corpus.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.migrationsearch.config.ReadLimits;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.corpus.CorpusReader;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.corpus.FileReadResult;
import org.migrationsearch.testing.CliRun;
import org.migrationsearch.testing.PdfBuilder;

/** PDF files read through the corpus reader, each behaviour pinned by a PDF made here with PDFBox. */
class PdfReadingTest {

  @TempDir Path corpus;

  private Document read(Path file) {
    FileReadResult r = new CorpusReader(corpus).read(file);
    assertThat(r.skipped()).as("skipped").isEmpty();
    assertThat(r.documents()).hasSize(1);
    return r.documents().get(0);
  }

  private String skipReason(Path file) {
    FileReadResult r = new CorpusReader(corpus).read(file);
    assertThat(r.documents()).isEmpty();
    assertThat(r.skipped()).hasSize(1);
    return r.skipped().get(0).reason();
  }

  private static List<String> numbered(String prefix, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(prefix + " sentence number " + i + " describes how the reception centres were run that year.");
    }
    return out;
  }

  @Test
  void twoColumnPageIsReadColumnByColumnAfterItsTitle() {
    Path f = PdfBuilder.create()
        .twoColumnPage(numbered("Leftside", 8), numbered("Rightside", 8))
        .write(corpus.resolve("columns.pdf"));
    String text = read(f).text();
    int lastLeft = text.indexOf("Leftside sentence number 8");
    int firstRight = text.indexOf("Rightside sentence number 1 ");
    assertThat(lastLeft).isNotNegative();
    assertThat(firstRight).isGreaterThan(lastLeft);
    // A sentence wrapped over several lines of its column reads as one phrase.
    assertThat(text).contains("Rightside sentence number 3 describes how the reception centres were run that year.");
  }

  @Test
  void pagesKeepTheirBoundariesEvenAroundAnImageOnlyPage() {
    Path f = PdfBuilder.create()
        .page("The first page speaks of labour mobility agreements.")
        .imagePage()
        .page("The third page speaks of family reunification procedures.")
        .write(corpus.resolve("three.pdf"));
    Document d = read(f);
    assertThat(d.pageStarts()).as(d.text().replace("\f", "<FF>")).hasSize(3);
    assertThat(Document.pageAt(d.pageStarts(), d.text().indexOf("labour mobility"))).isEqualTo(1);
    assertThat(Document.pageAt(d.pageStarts(), d.text().indexOf("family reunification"))).isEqualTo(3);
  }

  @Test
  void scannedDocumentWithoutTextIsSkipped() {
    Path f = PdfBuilder.create().imagePage().imagePage().write(corpus.resolve("scan.pdf"));
    assertThat(skipReason(f)).isEqualTo("no text layer (scanned image?)");
  }

  @Test
  void passwordProtectedDocumentIsSkippedAsEncrypted() {
    Path f = PdfBuilder.create().page("Confidential briefing on return flights.").encryptWith("secret")
        .write(corpus.resolve("locked.pdf"));
    assertThat(skipReason(f)).isEqualTo("encrypted");
  }

  @Test
  void junkMetadataGivesWayToTheLargestTypeOnTheFirstPage() {
    Path f = PdfBuilder.create()
        .info("Microsoft Word - draft3.docx", "Administrator", new GregorianCalendar(2023, 4, 4, 12, 0))
        .page("# Seasonal Work Visas in Practice", "An assessment of the first two harvest seasons under the new scheme.",
            "Employers filed more petitions than in any earlier year.")
        .write(corpus.resolve("junk.pdf"));
    Document d = read(f);
    assertThat(d.title()).isEqualTo("Seasonal Work Visas in Practice");
    assertThat(d.source()).isNull();
    assertThat(d.date()).isEqualTo("2023-05-04");
  }

  @Test
  void realMetadataIsKept() {
    GregorianCalendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    created.clear();
    created.set(2021, 10, 30, 9, 0);
    Path f = PdfBuilder.create()
        .info("Annual Report on Asylum Appeals", "Refugee Law Clinic", created)
        .page("# Something else in large type", "Body text of the report.")
        .write(corpus.resolve("real.pdf"));
    Document d = read(f);
    assertThat(d.title()).isEqualTo("Annual Report on Asylum Appeals");
    assertThat(d.source()).isEqualTo("Refugee Law Clinic");
    assertThat(d.date()).isEqualTo("2021-11-30");
  }

  @Test
  void runningHeadersAndPageNumbersAreRemovedFromTheText() {
    PdfBuilder b = PdfBuilder.create().runningHeader("Regional Migration Review 2024");
    for (int i = 1; i <= 4; i++) {
      b.page("Chapter " + i + " discusses consular cooperation between neighbouring states.");
    }
    Document d = read(b.write(corpus.resolve("headers.pdf")));
    assertThat(d.text()).doesNotContain("Regional Migration Review").doesNotContain("Page 2 of 4");
    assertThat(d.text()).contains("Chapter 3 discusses consular cooperation");
    assertThat(d.pageStarts()).hasSize(4);
  }

  @Test
  void fileThatIsNotAPdfIsReported() throws IOException {
    Path f = Files.writeString(corpus.resolve("letter.pdf"), "Dear colleagues, please find the report attached.");
    assertThat(skipReason(f)).isEqualTo("not a PDF (no %PDF- header)");
  }

  @Test
  void truncatedPdfIsReportedAsBroken() throws IOException {
    Path whole = PdfBuilder.create().page("A page that will be cut off.").write(corpus.resolve("whole.tmp"));
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(corpus.resolve("cut.pdf"), java.util.Arrays.copyOf(bytes, 60));
    assertThat(skipReason(cut)).startsWith("broken PDF");
  }

  @Test
  void fileOverTheTimeLimitIsAbandonedWithAReason() {
    Path f = PdfBuilder.create().page("Any page at all.").write(corpus.resolve("slow.pdf"));
    FileReadResult r = new CorpusReader(corpus, ReadLimits.DEFAULT.withFileTime(Duration.ofNanos(1))).read(f);
    assertThat(r.documents()).isEmpty();
    assertThat(r.skipped().get(0).reason()).startsWith("took too long");
  }

  @Test
  void indexCommandTakesTheTimeLimitAndRefusesANonPositiveOne() {
    PdfBuilder.create().page("A statement on humanitarian visas.").write(corpus.resolve("visas.pdf"));
    String index = corpus.resolveSibling(corpus.getFileName() + "-index").toString();
    CliRun ok = CliRun.of("index", "--corpus", corpus.toString(), "--index", index, "--file-time-limit", "30");
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.out()).startsWith("indexed 1 documents from 1 files (0 skipped)");
    CliRun bad = CliRun.of("index", "--corpus", corpus.toString(), "--index", index, "--file-time-limit", "0");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("--file-time-limit must be at least 1");
  }
}
