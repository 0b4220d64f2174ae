package org.migrationsearch.web;

import org.migrationsearch.search.ErrorBody;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.UriCompliance;
import org.migrationsearch.config.AppConfig;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.corpus.StructuredText;
import org.migrationsearch.index.ReindexService;
import org.migrationsearch.search.BuildInfo;
import org.migrationsearch.search.export.ExportWriter;
import org.migrationsearch.search.Json;
import org.migrationsearch.search.RequestParameters;
import org.migrationsearch.search.SearchException;
import org.migrationsearch.search.SearchHit;
import org.migrationsearch.search.SearchRequest;
import org.migrationsearch.search.SearchResponse;
import org.migrationsearch.search.SearchBackend;
import org.migrationsearch.search.country.CountryProfiles;
import org.migrationsearch.search.export.ExportFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of the search service: parses requests, calls a {@link SearchBackend}, writes JSON.
 * Errors become the contract's JSON answers in one place ({@link #mapErrors}).
 */
public final class WebApp {

  private static final Logger ACCESS = LoggerFactory.getLogger("access");
  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
  private static final String JSON = "application/json; charset=utf-8";

  static final int MAX_REQUEST_HEADER_BYTES = 64 * 1024;
  static final int MAX_PROVENANCE_HEADER_CHARS = 2048;

  private WebApp() {}

  /** The body of {@code /api/health}. */
  record Health(String status, int documents) {}

  /**
   * Starts, on a thread of its own, the slowest static set-up of Jetty's server: its MIME table
   * collects every locale the JDK knows (a fifth of a second on a cold JVM), and would otherwise
   * do so on the thread starting the server. Then it prepares what every answer needs and no index
   * holds ({@link SearchResponse#prepare}), which the first search would otherwise do. For callers
   * that have other work to do meanwhile.
   */
  public static void prepareInBackground() {
    Thread t = new Thread(() -> {
      try {
        Class.forName("org.eclipse.jetty.http.MimeTypes", true, WebApp.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        // The server's own start loads it again and reports what is wrong.
      }
      SearchResponse.prepare();
    }, "http-prepare");
    t.setDaemon(true);
    t.start();
  }

  /**
   * @param reindex rebuilds the local index from inside the service; null when the backend is
   *     filled from outside (a Solr collection, updated with {@code push})
   */
  public static Javalin createApp(SearchBackend search, ReindexService reindex, AppConfig config) {
    AdminAuth auth = new AdminAuth(config.adminToken());
    List<String> hostNames = new ArrayList<>(config.allowedHosts());
    hostNames.add(config.host());
    RequestGuard guard = new RequestGuard(hostNames);
    Pages pages = new Pages();
    StaticAssets assets = new StaticAssets("/web");
    OriginalFiles originals = new OriginalFiles(config.corpus());
    CountryProfiles countries = new CountryProfiles(search);
    return Javalin.create(c -> {
      c.jetty.host = config.host();
      c.jetty.port = config.port();
      c.startup.showJavalinBanner = false;
      c.http.prefer405over404 = true;
      // Document ids contain slashes; clients send them URL-encoded as %2F, which Jetty refuses by default.
      c.jetty.modifyHttpConfiguration(http -> {
        http.setUriCompliance(UriCompliance.DEFAULT.with("ids with slashes",
            UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR, UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING));
        // Long pasted queries travel in the URL; Jetty's 8 KB default refuses a page of text.
        http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
        // At the connection, so that static files and Jetty's own error answers carry them too.
        http.addCustomizer((request, responseHeaders) -> {
          RequestGuard.addSecurityHeaders(responseHeaders);
          return request;
        });
      });
      c.jetty.modifyServletContextHandler(h -> {
        h.getServletHandler().setDecodeAmbiguousURIs(true);
        h.setErrorHandler(new JsonErrorHandler());
      });
      c.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      c.requestLogger.http((ctx, ms) -> ACCESS.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(),
          Math.round(ms)));

      c.routes.before(ctx -> {
        guard.checkHost(ctx);
        RequestGuard.checkQueryString(ctx.queryString());
      });
      c.routes.get("/api/search", ctx -> json(ctx, search.search(request(ctx))));
      c.routes.get("/api/facets", ctx -> json(ctx, search.facets()));
      c.routes.get("/api/documents/<id>/similar", ctx -> {
        String id = ctx.pathParam("id");
        json(ctx, Map.of("id", id, "hits", search.similar(id, 10)));
      });
      c.routes.get("/api/documents/<id>/file", ctx -> originals.serve(ctx, search));
      c.routes.get("/api/documents/<id>/structure", ctx -> json(ctx, structure(ctx.pathParam("id"), search, config.corpus())));
      c.routes.get("/api/documents/<id>", ctx -> json(ctx, search.document(ctx.pathParam("id"))));
      c.routes.get("/api/export", ctx -> export(ctx, search));
      c.routes.get("/api/health", ctx -> json(ctx, new Health("ok", search.documentCount())));
      c.routes.get("/api/stats", ctx -> json(ctx, stats(search, reindex)));
      c.routes.post("/api/admin/reindex", ctx -> reindex(ctx, auth, reindex));
      io.javalin.http.Handler asset = ctx -> {
        if (!assets.serve(ctx, ctx.pathParam("name"))) {
          throw new NotFoundResponse("no such file: " + ctx.path());
        }
      };
      c.routes.get("/static/{name}", asset);
      c.routes.head("/static/{name}", asset);
      c.routes.get("/", ctx -> pages.search(ctx));
      c.routes.get("/documents/<id>", ctx -> pages.document(ctx, search));
      researcherRoutes(c, search, pages, countries);

      mapErrors(c, pages);
    });
  }

  /** Feeds and country timelines: the pages and answers a researcher comes back to. */
  private static void researcherRoutes(io.javalin.config.JavalinConfig c, SearchBackend search, Pages pages,
      CountryProfiles countries) {
    c.routes.get("/feeds/search.atom", ctx -> AtomFeed.serve(ctx, search));
    c.routes.get("/api/countries/<code>", ctx -> json(ctx, countries.profile(ctx.pathParam("code"))));
    c.routes.get("/countries/<code>", ctx -> pages.country(ctx, countries));
  }

  /**
   * The document's text with its headings, lists and tables, read again from its file in the corpus
   * folder (the index keeps plain text); 404 when the file has no structure or is gone.
   */
  private static StructuredText.Structure structure(String id, SearchBackend search, Path corpusFolder)
      throws IOException {
    Document doc = search.document(id);
    Path corpus = corpusFolder.toAbsolutePath().normalize();
    Path file = doc.path() == null ? null : corpus.resolve(doc.path()).normalize();
    if (file == null || !file.startsWith(corpus) || !Files.isRegularFile(file)) {
      throw new SearchException(SearchException.Code.NOT_FOUND, "the file of '" + id + "' is not in the corpus folder");
    }
    return StructuredText.of(file).orElseThrow(() -> new SearchException(SearchException.Code.NOT_FOUND,
        "'" + id + "' is plain text; it has no headings, lists or tables to show"));
  }

  /** API and feed addresses answer errors in JSON; every other address is a page a person asked for. */
  static boolean isPageAddress(String path) {
    return !path.startsWith("/api/") && !path.startsWith("/feeds/") && !path.startsWith("/static/");
  }

  private static void mapErrors(io.javalin.config.JavalinConfig c, Pages pages) {
    c.routes.exception(SearchException.class, (e, ctx) -> {
      int status = switch (e.code()) {
        case BAD_QUERY, BAD_PARAMETER -> 400;
        case NOT_FOUND -> 404;
        case TIMEOUT, BUSY -> 503;
      };
      if (status == 503) {
        // Refusals under load pass in a moment; a client that honours this header (ours does)
        // comes back once instead of hammering.
        ctx.header("Retry-After", "1");
      }
      error(ctx, status, ErrorBody.of(e));
    });
    c.routes.exception(RequestGuard.HostRefused.class, (e, ctx) ->
        error(ctx, 403, ErrorBody.of("forbidden", e.getMessage())));
    c.routes.exception(HttpResponseException.class, (e, ctx) ->
        error(ctx, e.getStatus(), ErrorBody.of(codeFor(e.getStatus()), e.getMessage())));
    c.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("request failed: {} {}", ctx.method(), ctx.path(), e);
      error(ctx, 500, ErrorBody.of("internal", "the server failed to answer; the log has the details"));
    });
    c.routes.error(404, ctx -> {
      if (isPageAddress(ctx.path())) {
        // A page route's own 404 (an unknown document) already says what is missing.
        if (!Pages.answeredNotFound(ctx)) {
          pages.notFound(ctx, "There is no page at " + ctx.path() + ".");
        }
      } else if (ctx.result() == null || ctx.result().isEmpty()) {
        error(ctx, 404, ErrorBody.of("not_found", "no such address: " + ctx.path()));
      }
    });
    c.routes.error(405, ctx -> error(ctx, 405, ErrorBody.of("method_not_allowed",
        ctx.method() + " is not allowed on " + ctx.path())));
  }

  static String codeFor(int status) {
    return switch (status) {
      case 400, 414, 431 -> "bad_parameter";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 503 -> "busy";
      default -> "error";
    };
  }

  static SearchRequest request(Context ctx) {
    return RequestParameters.parse(ctx.queryParamMap());
  }

  static void json(Context ctx, Object body) {
    ctx.contentType(JSON).result(Json.write(body));
  }

  private static void error(Context ctx, int status, ErrorBody body) {
    ctx.status(status);
    json(ctx, body);
  }

  private static Map<String, Object> stats(SearchBackend search, ReindexService reindex) {
    var s = search.stats();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("documents", s.documents());
    out.put("build_id", s.buildId());
    out.put("built_at", s.builtAt());
    out.put("corpus", reindex == null ? s.corpus() : reindex.corpus().toString());
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("state", reindex != null && reindex.isRunning() ? "running" : "idle");
    r.put("last", reindex == null ? null : reindex.last());
    out.put("reindex", r);
    out.put("facets", s.facets());
    return out;
  }

  private static void reindex(Context ctx, AdminAuth auth, ReindexService reindex) {
    if (reindex == null) {
      error(ctx, 409, ErrorBody.of("conflict",
          "this service searches a Solr collection; update it with the push command"));
      return;
    }
    switch (auth.check(ctx.header("Authorization"))) {
      case NOT_CONFIGURED -> error(ctx, 403, ErrorBody.of("forbidden",
          "reindexing over HTTP is disabled: set MIGRATION_SEARCH_ADMIN_TOKEN to enable it"));
      case REFUSED -> {
        ctx.header("WWW-Authenticate", "Bearer");
        error(ctx, 401, ErrorBody.of("unauthorized", "a valid 'Authorization: Bearer <token>' header is required"));
      }
      case ALLOWED -> {
        boolean started = reindex.start();
        ctx.status(202);
        json(ctx, Map.of("state", "running", "started", started,
            "message", started ? "rebuild started; searches use the current index until it commits"
                : "a rebuild is already running"));
      }
    }
  }

  private static void export(Context ctx, SearchBackend search) throws IOException {
    SearchRequest request = request(ctx);
    ExportFormat format = ExportFormat.parse(ctx.queryParam("format"));
    ctx.contentType(format.contentType());
    OutputStream out = ctx.outputStream();
    ExportWriter body = format.writer(out, request, Instant.now());
    // The provenance headers are set once the query has parsed and the export holds its
    // snapshot, before the first byte: a bad query is still a clean 400, and the build named is
    // exactly the index the rows come from.
    ExportWriter writer = new ExportWriter() {
      @Override
      public void begin(long total, BuildInfo build) throws IOException {
        // Jetty fails the whole answer when its headers outgrow its buffer; a long pasted query
        // is named in the JSON export's envelope instead.
        String query = URLEncoder.encode(request.query(), StandardCharsets.UTF_8);
        String filters = RequestParameters.describeFilters(request).entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        if (query.length() + filters.length() <= MAX_PROVENANCE_HEADER_CHARS) {
          ctx.header("X-Query", query);
          ctx.header("X-Filters", filters);
        } else {
          ctx.header("X-Query-Omitted", "too long for a header; export as JSON for the full query and filters");
        }
        ctx.header("X-Index-Build", build.buildId());
        ctx.header("Content-Disposition",
            "attachment; filename=\"migration-search-" + build.buildId() + "." + format.extension() + "\"");
        body.begin(total, build);
      }

      @Override
      public void hit(SearchHit hit) throws IOException {
        body.hit(hit);
      }

      @Override
      public void end() throws IOException {
        body.end();
      }
    };
    try {
      search.export(request, writer);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

}
