package org.migrationsearch.search.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.migrationsearch.search.BuildInfo;
import org.migrationsearch.search.export.ExportWriter;
import org.migrationsearch.search.Json;
import org.migrationsearch.search.RequestParameters;
import org.migrationsearch.search.SearchHit;
import org.migrationsearch.search.SearchRequest;

/**
 * Hits as one JSON document streamed hit by hit: an envelope naming the query, the filters and
 * the index build, so that the result set can be cited and reproduced, then the hits.
 */
final class JsonExportWriter implements ExportWriter {

  private final JsonGenerator json;
  private final SearchRequest request;
  private final Provenance provenance;

  JsonExportWriter(OutputStream stream, SearchRequest request, Provenance provenance) throws IOException {
    this.json = Json.mapper().getFactory().createGenerator(stream, JsonEncoding.UTF8);
    this.request = request;
    this.provenance = provenance;
  }

  @Override
  public void begin(long total, BuildInfo build) throws IOException {
    json.writeStartObject();
    json.writeStringField("query", request.query());
    json.writeStringField("syntax", request.syntax().value());
    json.writeFieldName("filters");
    Map<String, Object> filters = RequestParameters.describeFilters(request);
    Json.mapper().writeValue(json, filters);
    json.writeStringField("sort", request.sort().value());
    json.writeStringField("parameters", provenance.parameters());
    json.writeStringField("build_id", build.buildId());
    json.writeStringField("built_at", build.builtAt());
    json.writeStringField("exported_at", provenance.exportedAt().toString());
    json.writeNumberField("total", total);
    json.writeArrayFieldStart("hits");
  }

  @Override
  public void hit(SearchHit hit) throws IOException {
    Json.mapper().writeValue(json, ExportRow.of(hit));
  }

  @Override
  public void end() throws IOException {
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
  }

  /** One exported document: the hit without its snippets. */
  record ExportRow(String id, String title, String date, String type, String source, String url, String language,
      java.util.List<String> countries, java.util.List<String> topics, float score) {
    static ExportRow of(SearchHit h) {
      return new ExportRow(h.id(), h.title(), h.date(), h.type(), h.source(), h.url(), h.language(),
          h.countries(), h.topics(), h.score());
    }
  }
}
