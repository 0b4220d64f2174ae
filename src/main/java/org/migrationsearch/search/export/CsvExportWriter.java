package org.migrationsearch.search.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.migrationsearch.search.BuildInfo;
import org.migrationsearch.search.export.ExportWriter;
import org.migrationsearch.search.SearchHit;

/**
 * Hits as CSV per RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line
 * break, quotes doubled. A UTF-8 byte-order mark comes first because spreadsheets otherwise read
 * accented titles as Latin-1. Lists (countries, topics) are joined with semicolons. Cells that
 * a spreadsheet would evaluate as formulas are kept as text.
 *
 * <p>The file cites itself in plain columns rather than comment lines, which pandas, R and
 * spreadsheets would each need to be told to skip: after the document's columns, every row
 * repeats the query, the {@code /api/search} parameters that reproduce the result set, the index
 * build, the time of export and the number of rows, so even a copied subset of rows keeps them.
 */
final class CsvExportWriter implements ExportWriter {

  static final List<String> COLUMNS = List.of("id", "title", "date", "type", "source", "url", "language",
      "countries", "topics", "score", "query", "parameters", "build_id", "exported_at", "total");

  private final Writer out;
  private final Provenance provenance;
  private List<String> provenanceCells;

  CsvExportWriter(OutputStream stream, Provenance provenance) {
    this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    this.provenance = provenance;
  }

  @Override
  public void begin(long total, BuildInfo build) throws IOException {
    provenanceCells = List.of(provenance.query(), provenance.parameters(), nz(build.buildId()),
        provenance.exportedAt().toString(), Long.toString(total));
    out.write('\uFEFF');
    row(COLUMNS);
  }

  @Override
  public void hit(SearchHit h) throws IOException {
    List<String> cells = new ArrayList<>(List.of(nz(h.id()), nz(h.title()), nz(h.date()), nz(h.type()),
        nz(h.source()), nz(h.url()), nz(h.language()), String.join(";", h.countries()),
        String.join(";", h.topics()), String.format(Locale.ROOT, "%.4f", h.score())));
    cells.addAll(provenanceCells);
    row(cells);
  }

  @Override
  public void end() throws IOException {
    out.flush();
  }

  private void row(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(defuse(fields.get(i))));
    }
    out.write("\r\n");
  }

  /**
   * A cell a spreadsheet would run as a formula (=, +, -, @, tab or carriage return first) gets
   * a leading apostrophe, which spreadsheets show as text; a title must never execute. A minus
   * before a digit counts too: {@code -1+1} is evaluated, and no exported column is a negative number.
   */
  static String defuse(String field) {
    if (field.isEmpty()) {
      return field;
    }
    char c = field.charAt(0);
    boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return formula ? "'" + field : field;
  }

  static String quote(String field) {
    boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
        || field.indexOf('\r') >= 0 || (!field.isEmpty() && (field.charAt(0) == ' ' || field.charAt(field.length() - 1) == ' '));
    return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
