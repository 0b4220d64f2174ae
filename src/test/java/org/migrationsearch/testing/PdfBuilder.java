package org.migrationsearch.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes small PDFs with PDFBox for tests and for the bundled sample corpus: pages of wrapped
 * paragraphs, two-column pages, image-only pages, running headers with page numbers, document
 * information and a user password. A paragraph starting with {@code "# "} is set large, as a title.
 */
public final class PdfBuilder {

  private static final PDType1Font BODY = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private static final float MARGIN = 60;
  private static final float BODY_SIZE = 11;
  private static final float TITLE_SIZE = 20;
  private static final float LEADING = 1.35f;

  private sealed interface Page permits TextPage, ColumnPage, ImagePage {}

  private record TextPage(List<String> paragraphs) implements Page {}

  private record ColumnPage(List<String> left, List<String> right) implements Page {}

  private record ImagePage() implements Page {}

  private final List<Page> pages = new ArrayList<>();
  private String title;
  private String author;
  private Calendar created;
  private String runningHeader;
  private String userPassword;

  public static PdfBuilder create() {
    return new PdfBuilder();
  }

  public PdfBuilder info(String title, String author, Calendar created) {
    this.title = title;
    this.author = author;
    this.created = created;
    return this;
  }

  /** The same header line on top of every page and "Page N of M" at the foot of each. */
  public PdfBuilder runningHeader(String header) {
    this.runningHeader = header;
    return this;
  }

  public PdfBuilder page(String... paragraphs) {
    pages.add(new TextPage(List.of(paragraphs)));
    return this;
  }

  public PdfBuilder twoColumnPage(List<String> left, List<String> right) {
    pages.add(new ColumnPage(left, right));
    return this;
  }

  /** A page with only a picture on it, as a scanner makes. */
  public PdfBuilder imagePage() {
    pages.add(new ImagePage());
    return this;
  }

  public PdfBuilder encryptWith(String password) {
    this.userPassword = password;
    return this;
  }

  public Path write(Path file) {
    try (PDDocument doc = new PDDocument()) {
      if (title != null || author != null || created != null) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreationDate(created);
      }
      for (int i = 0; i < pages.size(); i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
          if (runningHeader != null) {
            line(out, BODY, 9, MARGIN, page.getMediaBox().getHeight() - 35, runningHeader);
            line(out, BODY, 9, page.getMediaBox().getWidth() / 2 - 20, 30, "Page " + (i + 1) + " of " + pages.size());
          }
          draw(doc, out, page.getMediaBox(), pages.get(i));
        }
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
            new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      doc.save(file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void draw(PDDocument doc, PDPageContentStream out, PDRectangle box, Page page) throws IOException {
    float top = box.getHeight() - MARGIN - 10;
    float width = box.getWidth() - 2 * MARGIN;
    if (page instanceof TextPage t) {
      column(out, t.paragraphs(), MARGIN, top, width);
    } else if (page instanceof ColumnPage c) {
      float gutter = 24;
      float half = (width - gutter) / 2;
      column(out, c.left(), MARGIN, top, half);
      column(out, c.right(), MARGIN + half + gutter, top, half);
    } else {
      BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      for (int x = 0; x < 200; x++) {
        for (int y = 0; y < 100; y++) {
          img.setRGB(x, y, (x * 7 + y * 13) % 255 * 0x010101);
        }
      }
      PDImageXObject image = LosslessFactory.createFromImage(doc, img);
      out.drawImage(image, MARGIN, top - 300, 400, 200);
    }
  }

  /** Lays paragraphs out top-down in a column, wrapping words to its width. */
  private static void column(PDPageContentStream out, List<String> paragraphs, float x, float top, float width)
      throws IOException {
    float y = top;
    for (String p : paragraphs) {
      boolean heading = p.startsWith("# ");
      PDType1Font font = heading ? BOLD : BODY;
      float size = heading ? TITLE_SIZE : BODY_SIZE;
      for (String l : wrap(heading ? p.substring(2) : p, font, size, width)) {
        line(out, font, size, x, y, l);
        y -= size * LEADING;
      }
      y -= size * 0.9f;
    }
  }

  private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (font.getStringWidth(candidate) / 1000 * size > width && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static void line(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, y);
    out.showText(text);
    out.endText();
  }
}
