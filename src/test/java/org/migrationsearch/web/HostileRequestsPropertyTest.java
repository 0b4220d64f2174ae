package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.migrationsearch.testing.FixtureCorpus;
import org.migrationsearch.testing.GeneratedCorpus;
import org.migrationsearch.testing.RunningServer;
import org.migrationsearch.testing.RunningServer.Answer;

/**
 * Random and mutated queries and parameters thrown at every endpoint that takes them: whatever
 * arrives, the answer is one of the contract's statuses with a JSON body, it comes within the
 * budget plus a margin, and the service is healthy afterwards.
 */
class HostileRequestsPropertyTest {

  static final Duration BUDGET = Duration.ofSeconds(2);
  /** Generous: the machine running the tests is shared; an unbounded request takes tens of seconds. */
  static final long MARGIN_MS = 4000;

  static Path dir;
  static RunningServer server;

  @BeforeContainer
  static void start() throws Exception {
    dir = Files.createTempDirectory("hostile-requests");
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    List<FixtureCorpus.Doc> docs = new ArrayList<>(FixtureCorpus.policyDocuments());
    docs.addAll(GeneratedCorpus.richDocuments(300, 200, 3));
    FixtureCorpus.write(corpus, docs);
    server = RunningServer.start(corpus, dir.resolve("index"), null, BUDGET);
  }

  @AfterContainer
  static void stop() throws Exception {
    server.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Provide
  Arbitrary<String> queries() {
    Arbitrary<String> seeds = Arbitraries.of("asylum", "\"border security\"~5", "title:asylum", "migr*", "asylum~2",
        "/reg.x/", "asylum AND (refugees OR migración)", "*:*", "*", "text:\"safe mobility\"", "-asylum +visa",
        "[a TO z]", "asylum^3", "basure~2 OR timola~2", "/a{1000000}/", "/(a|b)*a(a|b){30}/");
    Arbitrary<String> mutated = Combinators.combine(seeds, Arbitraries.of("(", ")", "\"", "*", "?", "~", "^", ":",
        "\\", "/", "[", "{", "~2", " AND ", " OR ", " NOT ", "-", "+", "!", "&&", "\u0000", "\u001b", "é", "😀", "%"),
        Arbitraries.integers().between(0, 40), Arbitraries.integers().between(1, 30))
        .as((seed, insert, at, repeat) -> {
          String base = String.join(" ", java.util.Collections.nCopies(Math.min(repeat, 8), seed));
          int pos = Math.min(at, base.length());
          return base.substring(0, pos) + insert.repeat(1 + repeat % 5) + base.substring(pos);
        });
    Arbitrary<String> random = Arbitraries.strings().withChars("()[]{}\"*?~^:\\/+-!&| aAzé移0123456789")
        .ofMaxLength(80);
    Arbitrary<String> nested = Arbitraries.integers().between(0, 4000)
        .map(n -> "(".repeat(n) + "asylum" + ")".repeat(n));
    Arbitrary<String> fuzzySpam = Arbitraries.integers().between(1, 45).map(n -> {
      StringBuilder q = new StringBuilder();
      for (int i = 0; i < n; i++) {
        q.append(i == 0 ? "" : " OR ").append("sunela").append(i).append("~2");
      }
      return q.toString();
    });
    Arbitrary<String> wildcards = Arbitraries.integers().between(1, 12)
        .map(n -> "p" + "*i".repeat(n) + "q".repeat(n));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, mutated), net.jqwik.api.Tuple.of(3, random), net.jqwik.api.Tuple.of(1, nested),
        net.jqwik.api.Tuple.of(1, fuzzySpam), net.jqwik.api.Tuple.of(1, wildcards));
  }

  @Provide
  Arbitrary<List<String>> parameters() {
    Arbitrary<List<String>> page = Arbitraries.of("1", "2", "0", "-1", "999999", "abc", "\u0663", "1e3", "")
        .map(v -> List.of("page", v));
    Arbitrary<List<String>> size = Arbitraries.of("1", "10", "100", "101", "0", "x", "\uff15").map(v -> List.of("size", v));
    Arbitrary<List<String>> sort = Arbitraries.of("relevance", "newest", "oldest", "bogus").map(v -> List.of("sort", v));
    Arbitrary<List<String>> syntax = Arbitraries.of("lucene", "simple", "regex").map(v -> List.of("syntax", v));
    Arbitrary<List<String>> highlight = Arbitraries.of("true", "false", "maybe").map(v -> List.of("highlight", v));
    Arbitrary<List<String>> filter = Combinators.combine(
        Arbitraries.of("country", "not_country", "topic", "type", "language", "source", "country_match", "not_topic"),
        Arbitraries.of("MX", "US", "Mexico", "zz", "", "asylum", "all", "any", "State Department", "\u0000"))
        .as(List::of);
    Arbitrary<List<String>> dates = Combinators.combine(Arbitraries.of("from", "to"),
        Arbitraries.of("2020", "2020-13-01", "2024-02-30", "x", "2019-01-01", "\u0662\u0660\u0662\u0660")).as(List::of);
    return Arbitraries.oneOf(page, size, sort, syntax, highlight, filter, dates).list().ofMaxSize(8)
        .map(lists -> lists.stream().flatMap(List::stream).toList());
  }

  @Provide
  Arbitrary<String> endpoints() {
    return Arbitraries.of("/api/search", "/api/search", "/api/search", "/api/export", "/api/facets",
        "/api/documents/", "/api/documents/similar");
  }

  @Property(tries = 150)
  void everyRequestGetsAContractAnswerInTime(@ForAll("endpoints") String endpoint, @ForAll("queries") String q,
      @ForAll("parameters") List<String> parameters) {
    List<String> params = new ArrayList<>(List.of("q", q));
    params.addAll(parameters);
    String path = switch (endpoint) {
      case "/api/documents/" -> "/api/documents/" + RunningServer.encode(q);
      case "/api/documents/similar" -> "/api/documents/" + RunningServer.encode(q) + "/similar";
      case "/api/export" -> {
        params.add("format");
        params.add("json");
        yield endpoint;
      }
      default -> endpoint;
    };
    long started = System.nanoTime();
    Answer a = server.get(path, params.toArray(String[]::new));
    long ms = (System.nanoTime() - started) / 1_000_000;

    assertThat(a.status()).as(path + " " + params + " -> " + a.body()).isIn(200, 400, 404, 414, 503);
    assertThat(a.json()).as("JSON body for " + path + " " + params + ": " + a.body()).isNotNull();
    if (a.status() != 200) {
      assertThat(a.json().get("error").asText()).isNotBlank();
      assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
    assertThat(ms).as(path + " " + params).isLessThanOrEqualTo(BUDGET.toMillis() + MARGIN_MS);
    Answer health = server.get("/api/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asText()).isEqualTo("ok");
  }

  @Property(tries = 40)
  void brokenEscapesAreBadParameters(@ForAll("queryEndpoints") String endpoint,
      @ForAll("brokenEscapes") String escape) {
    String answer = server.raw(endpoint + "?q=" + escape);
    assertThat(answer).as(endpoint + " " + escape).startsWith("HTTP/1.1 400").contains("application/json")
        .contains("\"error\":\"bad_parameter\"");
  }

  @Provide
  Arbitrary<String> queryEndpoints() {
    return Arbitraries.of("/api/search", "/api/export", "/api/facets");
  }

  @Provide
  Arbitrary<String> brokenEscapes() {
    return Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(6),
        Arbitraries.of("%", "%z", "%zz", "%G0", "%C3%28", "%FF", "%E2%82", "%%"))
        .as((word, bad) -> word + bad);
  }
}
