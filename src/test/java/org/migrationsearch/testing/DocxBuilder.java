package org.migrationsearch.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Writes small Word files with Apache POI: headings, paragraphs, tables and core properties. */
public final class DocxBuilder {

  private sealed interface Block permits Heading, Para, Table {}

  private record Heading(int level, String text) implements Block {}

  private record Para(String text) implements Block {}

  private record Table(List<List<String>> rows) implements Block {}

  private final List<Block> blocks = new ArrayList<>();
  private String title;
  private String creator;
  private String created;

  public static DocxBuilder create() {
    return new DocxBuilder();
  }

  /** @param createdIso W3C date-time, e.g. {@code 2025-02-03T09:00:00Z} */
  public DocxBuilder properties(String title, String creator, String createdIso) {
    this.title = title;
    this.creator = creator;
    this.created = createdIso;
    return this;
  }

  public DocxBuilder heading(int level, String text) {
    blocks.add(new Heading(level, text));
    return this;
  }

  public DocxBuilder paragraph(String text) {
    blocks.add(new Para(text));
    return this;
  }

  public DocxBuilder table(List<List<String>> rows) {
    blocks.add(new Table(rows));
    return this;
  }

  public Path write(Path file) {
    try (XWPFDocument doc = new XWPFDocument()) {
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      if (title != null) {
        core.setTitle(title);
      }
      if (creator != null) {
        core.setCreator(creator);
      }
      if (created != null) {
        core.setCreated(created);
      }
      for (Block b : blocks) {
        if (b instanceof Heading h) {
          XWPFParagraph p = doc.createParagraph();
          p.setStyle(h.level() == 0 ? "Title" : "Heading" + h.level());
          XWPFRun r = p.createRun();
          r.setBold(true);
          r.setFontSize(h.level() <= 1 ? 18 : 14);
          r.setText(h.text());
        } else if (b instanceof Para para) {
          doc.createParagraph().createRun().setText(para.text());
        } else if (b instanceof Table t) {
          XWPFTable table = doc.createTable(t.rows().size(), t.rows().get(0).size());
          for (int i = 0; i < t.rows().size(); i++) {
            XWPFTableRow row = table.getRow(i);
            for (int j = 0; j < t.rows().get(i).size(); j++) {
              row.getCell(j).setText(t.rows().get(i).get(j));
            }
          }
        }
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        doc.write(out);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalArgumentException("bad creation date " + created, e);
    }
  }
}
