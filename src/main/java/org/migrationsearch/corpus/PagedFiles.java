package org.migrationsearch.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.migrationsearch.corpus.docx.DocxReader;
import org.migrationsearch.corpus.docx.DocxText;
import org.migrationsearch.corpus.pdf.PdfReader;
import org.migrationsearch.corpus.pdf.PdfText;

/**
 * Reads the binary office formats, PDF and Word, into documents. A PDF keeps its pages: each
 * page's text ends with {@link Document#PAGE_BREAK}, so page numbers can be given for any offset.
 */
final class PagedFiles {

  private final PdfReader pdf;
  private final DocxReader docx = new DocxReader();

  PagedFiles(Duration timeLimit) {
    this.pdf = new PdfReader(timeLimit);
  }

  static boolean handles(String ext) {
    return ext.equals("pdf") || ext.equals("docx");
  }

  Document read(Path file, String id, String path, String ext) throws CorpusFileException, IOException {
    if (ext.equals("pdf")) {
      PdfText t = pdf.read(file);
      StringBuilder text = new StringBuilder();
      for (String page : t.pages()) {
        text.append(page).append(Document.PAGE_BREAK);
      }
      String title = t.firstPageTitle() != null ? t.firstPageTitle() : TextTitles.fromText(text.toString());
      return DeclaredFields.fromStrings(id, path, t.metadata(), title, text.toString());
    }
    DocxText t = docx.read(file);
    if (t.text().isBlank()) {
      throw new CorpusFileException(SkippedFile.Kind.NO_TEXT, "no text in the document");
    }
    Map<String, String> meta = new HashMap<>(t.metadata());
    meta.entrySet().removeIf(e -> !e.getKey().equals("date") && !PdfReader.isRealMetadata(e.getValue()));
    String title = t.firstHeading() != null ? t.firstHeading() : TextTitles.fromText(t.text());
    return DeclaredFields.fromStrings(id, path, meta, title, t.text());
  }
}
