package org.migrationsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportBrowserTest extends BrowserTestBase {

  /** Splits RFC 4180 text into records (quoted fields may hold commas, quotes and line breaks). */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  @Test
  void csvExportLinkCarriesTheSearchAndMatchesTheTotal() {
    open("/?q=migration&not_topic=refugees&from=2020-01-01&to=2024-12-31&page=2");
    long total = shownTotal();
    find("#export-open").click();
    String href = find("#export-csv").getAttribute("href");
    assertThat(href).contains("/api/export?").contains("format=csv").contains("q=migration")
        .contains("not_topic=refugees").contains("from=2020-01-01").contains("to=2024-12-31").doesNotContain("page=");

    HttpResponse<String> response = http(href);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<List<String>> rows = parseCsv(response.body().replace("\uFEFF", ""));
    assertThat(rows.get(0)).startsWith("id", "title", "date", "type", "source", "url", "language", "countries", "topics", "score")
        .contains("query", "parameters", "build_id", "exported_at", "total");
    assertThat(rows).hasSize((int) total + 1);
    assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
      assertThat(r).hasSize(rows.get(0).size());
      assertThat(r.get(8)).doesNotContain("refugees");
      assertThat(r.get(2).substring(0, 4)).isBetween("2020", "2024");
    });
  }

  @Test
  void jsonExportLinkMatchesTheTotal() {
    open("/?q=asylum&country=MX");
    long total = shownTotal();
    find("#export-open").click();
    String href = find("#export-json").getAttribute("href");
    assertThat(href).contains("format=json").contains("country=MX");
    Map<String, Object> body = api(href);
    assertThat(((Number) body.get("total")).longValue()).isEqualTo(total);
    assertThat((List<?>) body.get("hits")).hasSize((int) total);
    assertThat(body.get("query")).isEqualTo("asylum");
  }
}
