package org.migrationsearch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Entities;
import org.migrationsearch.search.SearchException;
import org.migrationsearch.search.SearchBackend;
import org.migrationsearch.search.country.CountryProfiles;

/** The HTML pages: one shell each, filled in by the page's own script from the JSON API. */
final class Pages {

  private static final String HTML = "text/html; charset=utf-8";
  private static final String NOT_FOUND_ANSWERED = "migration-search.not-found-page";

  private final String searchPage = resource("/web/index.html");
  private final String documentPage = resource("/web/document.html");
  private final String countryPage = resource("/web/country.html");
  private final String notFoundPage = resource("/web/not-found.html");

  void search(Context ctx) {
    ctx.contentType(HTML).result(searchPage);
  }

  /** An unknown id is a 404 page here, not an empty document shell that never fills in. */
  void document(Context ctx, SearchBackend search) {
    String id = ctx.pathParam("id");
    shellOr404(ctx, documentPage, () -> search.document(id), "No document has the identifier “" + id
        + "”. It may have been removed from the corpus when the index was last rebuilt.");
  }

  void country(Context ctx, CountryProfiles countries) {
    String code = ctx.pathParam("code");
    shellOr404(ctx, countryPage, () -> countries.profile(code), "“" + code + "” is not a country code or name this index knows.");
  }

  /** The page's shell when {@code lookup} finds what it shows, otherwise the 404 page saying what is missing. */
  private void shellOr404(Context ctx, String shell, Runnable lookup, String missing) {
    try {
      lookup.run();
    } catch (SearchException e) {
      if (e.code() != SearchException.Code.NOT_FOUND) {
        throw e;
      }
      notFound(ctx, missing);
      return;
    }
    ctx.contentType(HTML).result(shell);
  }

  /** The 404 page of every address that is not a page, with {@code message} (plain text) inside. */
  void notFound(Context ctx, String message) {
    ctx.attribute(NOT_FOUND_ANSWERED, Boolean.TRUE);
    ctx.status(404).contentType(HTML).result(notFoundPage.replace("{{message}}", Entities.escape(message)));
  }

  static boolean answeredNotFound(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute(NOT_FOUND_ANSWERED));
  }

  private static String resource(String path) {
    try (InputStream in = Pages.class.getResourceAsStream(path)) {
      if (in == null) {
        return "<!doctype html><title>migration-search</title><p>The web page is not bundled in this build. {{message}}";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
