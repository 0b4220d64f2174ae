package org.migrationsearch.corpus.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.migrationsearch.corpus.CorpusFileException;
import org.migrationsearch.corpus.SkippedFile;

/**
 * Reads {@code .docx} files with Apache POI: paragraphs and headings in order, each table row as
 * one line with its cells separated by " | ", and the core properties as metadata.
 */
public final class DocxReader {

  public DocxText read(Path file) throws CorpusFileException, IOException {
    try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
      StringBuilder text = new StringBuilder();
      String heading = null;
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          String t = p.getText().strip();
          if (t.isEmpty()) {
            continue;
          }
          if (heading == null && isHeading(p)) {
            heading = t;
          }
          block(text, t);
        } else if (element instanceof XWPFTable table) {
          block(text, tableText(table));
        }
      }
      return new DocxText(metadata(doc.getProperties()), heading, text.toString());
    } catch (OLE2NotOfficeXmlFileException e) {
      throw new CorpusFileException(SkippedFile.Kind.MALFORMED, "an old Word (.doc) file named .docx; save it as .docx");
    } catch (NotOfficeXmlFileException | org.apache.poi.EmptyFileException e) {
      throw new CorpusFileException(SkippedFile.Kind.MALFORMED, "not a Word document: " + e.getMessage());
    } catch (IOException e) {
      throw new CorpusFileException(SkippedFile.Kind.MALFORMED, "broken Word document: " + e.getMessage());
    } catch (RuntimeException e) {
      // POI reports damaged packages with unchecked exceptions; they are this file's failure only.
      throw new CorpusFileException(SkippedFile.Kind.MALFORMED, "broken Word document: " + e);
    }
  }

  private static boolean isHeading(XWPFParagraph p) {
    String style = p.getStyle();
    if (style == null) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT);
    return s.equals("title") || s.startsWith("heading");
  }

  private static String tableText(XWPFTable table) {
    StringBuilder sb = new StringBuilder();
    for (XWPFTableRow row : table.getRows()) {
      StringBuilder line = new StringBuilder();
      for (XWPFTableCell cell : row.getTableCells()) {
        String t = cell.getText().replaceAll("\\s+", " ").strip();
        if (!t.isEmpty()) {
          if (line.length() > 0) {
            line.append(" | ");
          }
          line.append(t);
        }
      }
      if (line.length() > 0) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(line);
      }
    }
    return sb.toString();
  }

  private static void block(StringBuilder text, String block) {
    if (block.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append("\n\n");
    }
    text.append(block);
  }

  private static Map<String, String> metadata(POIXMLProperties properties) {
    Map<String, String> out = new HashMap<>();
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    putIfPresent(out, "title", core.getTitle());
    putIfPresent(out, "source", core.getCreator());
    Date created = core.getCreated();
    if (created != null) {
      LocalDate d = created.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
      if (!d.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
        out.put("date", d.toString());
      }
    }
    return out;
  }

  private static void putIfPresent(Map<String, String> out, String key, String value) {
    if (value != null && !value.isBlank()) {
      out.put(key, value.strip());
    }
  }
}
