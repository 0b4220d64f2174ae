package org.migrationsearch.search.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.migrationsearch.search.BuildInfo;
import org.migrationsearch.search.export.ExportWriter;
import org.migrationsearch.search.SearchHit;

/**
 * Hits as RIS records for Zotero, EndNote and Mendeley: {@code TAG  - value} lines ending in CRLF,
 * one record per hit closed by {@code ER  - }. Countries and topics are keywords (by name), the
 * document id is a note, and each record's second note cites the search it came from.
 */
final class RisExportWriter implements ExportWriter {

  private final Writer out;
  private final Provenance provenance;
  private String citation;

  RisExportWriter(OutputStream stream, Provenance provenance) {
    this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    this.provenance = provenance;
  }

  @Override
  public void begin(long total, BuildInfo build) throws IOException {
    citation = Citation.sentence(provenance, build, total);
  }

  @Override
  public void hit(SearchHit h) throws IOException {
    ReferenceTypes.Mapping type = ReferenceTypes.of(h.type());
    tag("TY", type.ris());
    tag("TI", h.title());
    if (h.date() != null && !h.date().isBlank()) {
      tag("PY", h.date().substring(0, Math.min(4, h.date().length())));
      // RIS dates are yyyy/mm/dd/ with empty parts for what is unknown.
      String[] parts = h.date().split("-");
      tag("DA", parts[0] + "/" + (parts.length > 1 ? parts[1] : "") + "/" + (parts.length > 2 ? parts[2] : "") + "/");
    }
    // A news article's source is the outlet it appeared in; any other document's is its publisher.
    tag("NEWS".equals(type.ris()) ? "T2" : "PB", h.source());
    tag("UR", h.url());
    tag("LA", h.language());
    for (String keyword : Citation.keywords(h)) {
      tag("KW", keyword);
    }
    tag("N1", "migration-search id: " + h.id());
    tag("N1", citation);
    out.write("ER  - \r\n\r\n");
  }

  @Override
  public void end() throws IOException {
    out.flush();
  }

  private void tag(String tag, String value) throws IOException {
    if (value == null || value.isBlank()) {
      return;
    }
    // A record is line-based: a line break inside a value would start a bogus tag.
    out.write(tag + "  - " + value.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip() + "\r\n");
  }
}
