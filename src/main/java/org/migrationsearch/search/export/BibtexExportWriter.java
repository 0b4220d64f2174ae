package org.migrationsearch.search.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.migrationsearch.search.BuildInfo;
import org.migrationsearch.search.export.ExportWriter;
import org.migrationsearch.search.SearchHit;

/**
 * Hits as BibTeX entries (UTF-8, which biber and bibtex8 read): keys made from document ids and
 * unique within the file, values with TeX's special characters escaped, titles in double braces
 * so their capitals survive any style. The search the file came from is an {@code @comment} at the
 * top, which every BibTeX reader skips.
 */
final class BibtexExportWriter implements ExportWriter {

  private static final String[] MONTHS =
      {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

  private final Writer out;
  private final Provenance provenance;
  private final Set<String> keys = new HashSet<>();

  BibtexExportWriter(OutputStream stream, Provenance provenance) {
    this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    this.provenance = provenance;
  }

  @Override
  public void begin(long total, BuildInfo build) throws IOException {
    out.write("@comment{" + escape(Citation.sentence(provenance, build, total)) + "}\n\n");
  }

  @Override
  public void hit(SearchHit h) throws IOException {
    String entry = ReferenceTypes.of(h.type()).bibtex();
    out.write("@" + entry + "{" + key(h.id()) + ",\n");
    field("title", h.title() == null ? null : "{" + escape(h.title()) + "}");
    String date = h.date();
    if (date != null && date.matches("\\d{4}(-\\d{2}){0,2}")) {
      field("year", date.substring(0, 4));
      if (date.length() >= 7) {
        out.write("  month = " + MONTHS[Integer.parseInt(date.substring(5, 7)) - 1] + ",\n");
      }
      field("date", date);
    }
    String sourceField = switch (entry) {
      case "article" -> "journal";
      case "techreport" -> "institution";
      default -> "organization";
    };
    field(sourceField, escape(h.source()));
    field("url", h.url() == null ? null : h.url().replace("{", "%7B").replace("}", "%7D"));
    field("language", escape(h.language()));
    field("keywords", escape(String.join(", ", Citation.keywords(h))));
    field("note", escape("migration-search id: " + h.id()));
    out.write("}\n\n");
  }

  @Override
  public void end() throws IOException {
    out.flush();
  }

  private void field(String name, String value) throws IOException {
    if (value != null && !value.isBlank()) {
      out.write("  " + name + " = {" + value.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip() + "},\n");
    }
  }

  /** A key from the id's letters and digits, with a counter when two ids make the same key. */
  private String key(String id) {
    String base = id.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    if (base.isEmpty()) {
      base = "doc";
    }
    String key = base;
    for (int n = 2; !keys.add(key); n++) {
      key = base + "-" + n;
    }
    return key;
  }

  static String escape(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\' -> b.append("\\textbackslash{}");
        case '{', '}', '%', '&', '$', '#', '_' -> b.append('\\').append(c);
        case '^' -> b.append("\\^{}");
        case '~' -> b.append("\\~{}");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
