package org.migrationsearch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The HTML pages: one shell each, filled in by the page's own script from the JSON API. */
final class Pages {

  private final String searchPage = resource("/web/index.html");
  private final String documentPage = resource("/web/document.html");

  void search(Context ctx) {
    ctx.contentType("text/html; charset=utf-8").result(searchPage);
  }

  void document(Context ctx) {
    ctx.contentType("text/html; charset=utf-8").result(documentPage);
  }

  private static String resource(String path) {
    try (InputStream in = Pages.class.getResourceAsStream(path)) {
      if (in == null) {
        return "<!doctype html><title>migration-search</title><p>The web page is not bundled in this build.";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
