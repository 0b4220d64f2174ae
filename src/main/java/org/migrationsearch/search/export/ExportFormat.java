package org.migrationsearch.search.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.migrationsearch.search.export.ExportWriter;
import org.migrationsearch.search.SearchException;
import org.migrationsearch.search.SearchRequest;

/** The formats of {@code /api/export}: what each is called, served as and written by. */
public enum ExportFormat {
  CSV("csv", "text/csv; charset=utf-8; header=present"),
  JSON("json", "application/json; charset=utf-8"),
  RIS("ris", "application/x-research-info-systems; charset=utf-8"),
  BIBTEX("bib", "application/x-bibtex; charset=utf-8");

  private final String extension;
  private final String contentType;

  ExportFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }

  /** No format at all means CSV; an empty or unknown one is a mistake worth saying. */
  public static ExportFormat parse(String value) {
    if (value == null) {
      return CSV;
    }
    for (ExportFormat f : values()) {
      if (f.value().equalsIgnoreCase(value.strip())) {
        return f;
      }
    }
    throw SearchException.badParameter("format must be one of "
        + Arrays.stream(values()).map(f -> "'" + f.value() + "'").collect(Collectors.joining(", "))
        + ", not '" + value + "'");
  }

  /** A writer of this format for the hits of {@code request}, exported at {@code now}. */
  public ExportWriter writer(OutputStream out, SearchRequest request, Instant now) throws IOException {
    Provenance provenance = Provenance.of(request, now);
    return switch (this) {
      case CSV -> new CsvExportWriter(out, provenance);
      case JSON -> new JsonExportWriter(out, request, provenance);
      case RIS -> new RisExportWriter(out, provenance);
      case BIBTEX -> new BibtexExportWriter(out, provenance);
    };
  }
}
