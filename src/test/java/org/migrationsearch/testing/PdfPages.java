package org.migrationsearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The page a phrase is on, by PDFBox's plain text extraction of each page: an answer found
 * independently of the engine's own reading, for tests to compare its page numbers with.
 */
public final class PdfPages {

  private PdfPages() {}

  /** The 1-based page whose text holds the phrase (line ends and hyphen breaks ignored), or -1. */
  public static int pageOf(Path pdf, String phrase) {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper plain = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        plain.setStartPage(p);
        plain.setEndPage(p);
        String text = plain.getText(doc).replaceAll("-\\r?\\n", "").replaceAll("\\s+", " ");
        if (text.contains(phrase)) {
          return p;
        }
      }
      return -1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
