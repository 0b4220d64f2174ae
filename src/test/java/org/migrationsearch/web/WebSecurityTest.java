package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.FixtureCorpus;
import org.migrationsearch.testing.RunningServer;
import org.migrationsearch.testing.RunningServer.Answer;

/**
 * What a web page the researcher visits could do to the local service: frame it, sniff it,
 * rebind its own name to 127.0.0.1 and read the corpus, or slip a formula into an exported sheet.
 */
class WebSecurityTest {

  @TempDir static Path dir;
  static RunningServer server;

  @BeforeAll
  static void start() throws Exception {
    List<FixtureCorpus.Doc> docs = new java.util.ArrayList<>(FixtureCorpus.policyDocuments());
    docs.add(new FixtureCorpus.Doc("odd/formula.json", "-1+1 asylum formula", "2024-01-01", "report", "en",
        List.of("MX"), List.of("asylum"), "-2+3", "A report on asylum with a hostile title."));
    server = RunningServer.over(dir, docs, null);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static String raw(String host, String pathAndQuery) {
    return server.raw(host, pathAndQuery);
  }

  private static void hasSecurityHeaders(Answer a) {
    String csp = a.header("Content-Security-Policy");
    assertThat(csp).as(a.raw().uri().toString()).contains("frame-ancestors 'none'").contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(a.header("Referrer-Policy")).isEqualTo("no-referrer");
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    hasSecurityHeaders(server.get("/"));
    hasSecurityHeaders(server.get("/documents/us%2Fborder-security-2024"));
    hasSecurityHeaders(server.get("/static/search.js"));
    hasSecurityHeaders(server.get("/api/health"));
    hasSecurityHeaders(server.get("/api/search", "q", "asylum"));
    hasSecurityHeaders(server.get("/api/search", "q", "("));
    hasSecurityHeaders(server.get("/api/documents/nope"));
    hasSecurityHeaders(server.get("/api/export", "q", "asylum"));
    Answer tooLong = server.get("/api/search", "q", "a".repeat(70_000));
    assertThat(tooLong.status()).isIn(414, 431);
    hasSecurityHeaders(tooLong);
  }

  @Test
  void aForeignHostIsRefusedAndOurOwnAddressesAnswer() {
    int port = URI.create(server.base()).getPort();
    String refused = raw("attacker.example:" + port, "/api/export?format=csv");
    assertThat(refused).startsWith("HTTP/1.1 403").contains("\"error\":\"forbidden\"").contains("attacker.example")
        .doesNotContain("asylum");
    assertThat(raw("rebind.attacker.example", "/")).startsWith("HTTP/1.1 403");
    for (String ok : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port)) {
      assertThat(raw(ok, "/api/health")).as(ok).startsWith("HTTP/1.1 200");
    }
  }

  @Test
  void configuredNamesAreAnsweredToo() {
    RequestGuard guard = new RequestGuard(List.of("search.lab.example", "127.0.0.1"));
    assertThat(guard.allowsHost("search.lab.example:7070")).isTrue();
    assertThat(guard.allowsHost("Search.Lab.Example.")).isTrue();
    assertThat(guard.allowsHost("lab.example")).isFalse();
    assertThat(guard.allowsHost("search.lab.example.attacker.example")).isFalse();
    assertThat(guard.allowsHost("10.0.0.7:7070")).isTrue();
  }

  @Test
  void exportedCellsStartingWithAMinusAndADigitAreText() {
    Answer csv = server.get("/api/export", "q", "formula", "format", "csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).contains(",'-1+1 asylum formula,").contains(",'-2+3,");
  }

  @Test
  void aLongQueryKeepsExportHeadersShort() {
    String q = "a".repeat(16_000);
    Answer csv = server.get("/api/export", "q", q, "format", "csv");
    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.header("X-Query")).isNull();
    assertThat(csv.header("X-Query-Omitted")).isNotBlank();
    assertThat(csv.header("X-Index-Build")).isNotBlank();
    Answer json = server.get("/api/export", "q", q, "format", "json");
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.json().get("query").asText()).isEqualTo(q);
  }
}
