package org.migrationsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.CliRun;
import org.migrationsearch.testing.PdfBuilder;

/** Bad PDFs among good files: each is reported as "skipped <path>: <reason>" and the rest indexed. */
class PdfSkipReportTest {

  @TempDir Path dir;

  @Test
  void badPdfsAreReportedOneLineEachAndTheRestIsIndexed() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    PdfBuilder.create().page("Readable statement on temporary protection.").write(corpus.resolve("good.pdf"));
    PdfBuilder.create().page("Locked memo.").encryptWith("pw").write(corpus.resolve("locked.pdf"));
    PdfBuilder.create().imagePage().write(corpus.resolve("scan.pdf"));
    Files.writeString(corpus.resolve("fake.pdf"), "plain text in disguise");
    Files.writeString(corpus.resolve("note.md"), "# Note\n\nA note on resettlement quotas.\n");

    CliRun run = CliRun.of("index", "--corpus", corpus.toString(), "--index", dir.resolve("index").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("skipped locked.pdf: encrypted\n", "skipped scan.pdf: no text layer (scanned image?)\n",
        "skipped fake.pdf: not a PDF (no %PDF- header)\n");
    assertThat(run.out()).contains("indexed 2 documents from 5 files (3 skipped)");
    CliRun strict = CliRun.of("index", "--corpus", corpus.toString(), "--index", dir.resolve("strict").toString(),
        "--strict");
    assertThat(strict.exitCode()).isEqualTo(2);
  }
}
