package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.FixtureCorpus;
import org.migrationsearch.testing.RunningServer;
import org.migrationsearch.testing.RunningServer.Answer;

/**
 * The page's scripts and style sheet are served by our own handler, not Javalin's static files:
 * the same bytes as in the jar, a type a browser runs as a module, revalidation by ETag, and
 * nothing outside the assets folder.
 */
class StaticAssetsTest {

  @TempDir static Path dir;
  static RunningServer server;

  @BeforeAll
  static void start() throws Exception {
    server = RunningServer.over(dir, FixtureCorpus.policyDocuments(), null);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static String bundled(String name) throws Exception {
    try (InputStream in = StaticAssetsTest.class.getResourceAsStream("/web/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void servesEachAssetWithItsTypeAndTheBytesOfTheJar() throws Exception {
    Answer js = server.get("/static/search.js");
    assertThat(js.status()).isEqualTo(200);
    assertThat(js.header("Content-Type")).startsWith("text/javascript");
    assertThat(js.body()).isEqualTo(bundled("search.js"));
    Answer css = server.get("/static/style.css");
    assertThat(css.header("Content-Type")).startsWith("text/css");
    assertThat(css.body()).isEqualTo(bundled("style.css"));
    assertThat(css.header("Cache-Control")).isEqualTo("max-age=0");
  }

  @Test
  void aCurrentCopyIsRevalidatedWithoutItsBody() throws Exception {
    Answer first = server.get("/static/common.js");
    String etag = first.header("ETag");
    assertThat(etag).startsWith("\"").endsWith("\"");
    assertThat(server.get("/static/common.js").header("ETag")).as("the same tag every time").isEqualTo(etag);
    HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(server.base() + "/static/common.js")).header("If-None-Match", etag).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(server.get("/static/style.css").header("ETag")).as("another file, another tag").isNotEqualTo(etag);
  }

  @Test
  void nothingButTheAssetsIsReachable() {
    for (String path : new String[] {"/static/nothing.js", "/static/..%2Fsimplelogger.properties",
        "/static/%2E%2E%2Fweb%2Findex.html", "/static/simplelogger.properties", "/static/.hidden.js"}) {
      Answer a = server.get(path);
      assertThat(a.status()).as(path).isEqualTo(404);
      assertThat(a.json().get("error").asText()).as(path).isEqualTo("not_found");
    }
    assertThat(server.raw("/static/../org/migrationsearch/web/WebApp.class")).doesNotStartWith("HTTP/1.1 200");
  }

  @Test
  void headAnswersWithTheHeadersOfAGet() throws Exception {
    HttpResponse<String> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(server.base() + "/static/search.js")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
    assertThat(head.headers().firstValue("ETag")).isPresent();
    assertThat(head.body()).isEmpty();
  }
}
