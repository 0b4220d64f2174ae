package org.migrationsearch.corpus.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.migrationsearch.corpus.CorpusFileException;
import org.migrationsearch.corpus.SkippedFile;

/**
 * Reads a PDF into page texts and metadata with Apache PDFBox, or fails with the reason the file
 * cannot be indexed. Thread-safe: every call works on its own document.
 *
 * <p>Memory stays bounded whatever the file's size: the file is read through a small buffer
 * rather than loaded whole, and decoded streams beyond a few megabytes go to a temporary file.
 * Time is bounded by a per-file limit that is checked while parsing and while running each
 * page's content, so a pathological file is abandoned, not left running.
 */
public final class PdfReader {

  private static final long MEMORY_BEFORE_TEMP_FILE = 16L * 1024 * 1024;
  private static final int HEADER_SEARCH_BYTES = 1024;

  private final Duration timeLimit;

  public PdfReader(Duration timeLimit) {
    this.timeLimit = timeLimit;
  }

  public PdfText read(Path file) throws CorpusFileException, IOException {
    requirePdfHeader(file);
    Deadline deadline = new Deadline(timeLimit.toNanos());
    try (PDDocument doc = Loader.loadPDF(new DeadlineRead(new RandomAccessReadBufferedFile(file.toFile()), deadline),
        "", null, null, MemoryUsageSetting.setupMixed(MEMORY_BEFORE_TEMP_FILE).streamCache)) {
      PageTextStripper stripper = new PageTextStripper(deadline);
      List<String> pages = PageCleaner.clean(stripper.pages(doc));
      switch (TextQuality.judge(pages)) {
        case EMPTY -> throw new CorpusFileException(SkippedFile.Kind.NO_TEXT, "no text layer (scanned image?)");
        case GARBLED -> throw new CorpusFileException(SkippedFile.Kind.NO_TEXT,
            "text cannot be decoded (fonts without a Unicode mapping)");
        case GOOD -> { }
      }
      return new PdfText(PdfMetadata.read(doc), stripper.firstPageTitle(), pages);
    } catch (Deadline.Exceeded e) {
      throw new CorpusFileException(SkippedFile.Kind.TIMED_OUT,
          "took too long (over " + timeLimit.toSeconds() + " s)");
    } catch (InvalidPasswordException e) {
      throw new CorpusFileException(SkippedFile.Kind.ENCRYPTED, "encrypted");
    } catch (IOException e) {
      if (isEncryptionProblem(e)) {
        throw new CorpusFileException(SkippedFile.Kind.ENCRYPTED, "encrypted (" + e.getMessage() + ")");
      }
      throw new CorpusFileException(SkippedFile.Kind.MALFORMED, "broken PDF: " + e.getMessage());
    } catch (StackOverflowError e) {
      throw new CorpusFileException(SkippedFile.Kind.MALFORMED, "broken PDF: its structure is nested too deeply");
    } catch (RuntimeException e) {
      // PDFBox meets damaged files with unchecked exceptions too; they are that file's failure.
      throw new CorpusFileException(SkippedFile.Kind.MALFORMED, "broken PDF: " + e);
    }
  }

  /**
   * Whether a title or author from a file's metadata is real rather than what the producing
   * application fills in by itself; the Word reader applies the same rules.
   */
  public static boolean isRealMetadata(String value) {
    return JunkMetadata.isReal(value);
  }

  private static void requirePdfHeader(Path file) throws IOException, CorpusFileException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEADER_SEARCH_BYTES);
    }
    if (head.length == 0) {
      throw new CorpusFileException(SkippedFile.Kind.EMPTY, "empty file");
    }
    String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
    if (!start.contains("%PDF-")) {
      throw new CorpusFileException(SkippedFile.Kind.MALFORMED, "not a PDF (no %PDF- header)");
    }
  }

  private static boolean isEncryptionProblem(IOException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    return m.contains("encrypt") || m.contains("security handler") || m.contains("decrypt");
  }
}
