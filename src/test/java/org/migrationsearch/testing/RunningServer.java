package org.migrationsearch.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.migrationsearch.config.AppConfig;
import org.migrationsearch.enrich.Enricher;
import org.migrationsearch.index.CorpusIndexer;
import org.migrationsearch.index.ReindexService;
import org.migrationsearch.search.IndexAccess;
import org.migrationsearch.search.SearchBackend;
import org.migrationsearch.search.SearchService;
import org.migrationsearch.web.WebApp;

/**
 * A real server on a free loopback port over an index built from a corpus folder, wired the way
 * {@code serve} wires it (reindex commits are swapped in with a refresh), plus an HTTP client.
 */
public final class RunningServer implements AutoCloseable {

  /** One HTTP answer; {@code json} is null when the body is not JSON. */
  public record Answer(int status, HttpResponse<String> raw, JsonNode json) {
    public String body() {
      return raw.body();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  public final Path corpus;
  public final Path index;
  public final IndexAccess access;
  public final SearchService search;
  public final ReindexService reindex;
  private final Javalin app;
  private final AutoCloseable backendResources;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private RunningServer(Path corpus, Path index, IndexAccess access, SearchService search, ReindexService reindex,
      Javalin app, AutoCloseable backendResources) {
    this.corpus = corpus;
    this.index = index;
    this.access = access;
    this.search = search;
    this.reindex = reindex;
    this.app = app;
    this.backendResources = backendResources;
  }

  /**
   * The API over another backend (a Solr collection), as {@code serve --backend} wires it: no
   * local index and no reindexing. {@code resources} are closed with the server.
   */
  public static RunningServer serving(SearchBackend backend, AutoCloseable resources) {
    AppConfig config = AppConfig.builder().host("127.0.0.1").port(0).build();
    Javalin app = WebApp.createApp(backend, null, config).start();
    return new RunningServer(null, null, null, null, null, app, resources);
  }

  public static RunningServer start(Path corpus, Path index, String adminToken, Duration budget) throws IOException {
    return start(corpus, index, adminToken, access -> new SearchService(access, budget));
  }

  public static RunningServer start(Path corpus, Path index, String adminToken,
      java.util.function.Function<IndexAccess, SearchService> services) throws IOException {
    CorpusIndexer indexer = new CorpusIndexer(Enricher.standard());
    if (!IndexAccess.exists(index)) {
      indexer.rebuild(corpus, index, false);
    }
    IndexAccess access = IndexAccess.open(index);
    SearchService search = services.apply(access);
    ReindexService reindex = new ReindexService(indexer, corpus, index, report -> {
      try {
        access.refresh();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    AppConfig config = AppConfig.builder().host("127.0.0.1").port(0).corpus(corpus).index(index)
        .adminToken(adminToken).build();
    Javalin app = WebApp.createApp(search, reindex, config).start();
    return new RunningServer(corpus, index, access, search, reindex, app, null);
  }

  /** Writes the documents into {@code dir/corpus} and serves them from {@code dir/index}. */
  public static RunningServer over(Path dir, List<FixtureCorpus.Doc> docs, String adminToken) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    FixtureCorpus.write(corpus, docs);
    return start(corpus, dir.resolve("index"), adminToken, Duration.ofSeconds(10));
  }

  public String base() {
    return "http://127.0.0.1:" + app.port();
  }

  /** GET of a path with its query string already encoded. */
  public Answer get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET());
  }

  /** GET of {@code path} with parameters given as name, value, name, value, ... (encoded here). */
  public Answer get(String path, String... params) {
    return get(path + query(params));
  }

  public Answer post(String path, String authorization) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).POST(HttpRequest.BodyPublishers.noBody());
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b);
  }

  /**
   * One raw HTTP/1.1 exchange, status line and headers included: for what Java's client refuses
   * to send (a Host header of our choosing, a malformed escape such as {@code %zz}).
   */
  public String raw(String host, String pathAndQuery) {
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", app.port())) {
      s.setSoTimeout(30_000);
      s.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String raw(String pathAndQuery) {
    return raw("127.0.0.1:" + app.port(), pathAndQuery);
  }

  public static String query(String... params) {
    if (params.length == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder("?");
    for (int i = 0; i + 1 < params.length; i += 2) {
      if (i > 0) {
        sb.append('&');
      }
      sb.append(encode(params[i])).append('=').append(encode(params[i + 1]));
    }
    return sb.toString();
  }

  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      JsonNode json = null;
      String type = r.headers().firstValue("Content-Type").orElse("");
      if (type.startsWith("application/json")) {
        json = JSON.readTree(r.body());
      }
      return new Answer(r.statusCode(), r, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Ids of the hits of a search answer, in rank order. */
  public static List<String> ids(Answer a) {
    return ids(a.json().get("hits"));
  }

  public static List<String> ids(JsonNode hits) {
    return java.util.stream.StreamSupport.stream(hits.spliterator(), false)
        .map(h -> h.get("id").asText()).collect(Collectors.toList());
  }

  @Override
  public void close() throws Exception {
    app.stop();
    if (reindex != null) {
      reindex.close();
      access.close();
    }
    if (backendResources != null) {
      backendResources.close();
    }
  }
}
