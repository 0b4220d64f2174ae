package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationsearch.testing.FixtureCorpus.Doc;
import org.migrationsearch.testing.GeneratedCorpus;
import org.migrationsearch.testing.RunningServer;

/**
 * Facet counts against brute force over the generated labels. The rule: the count beside a value
 * is what ticking it now would give. For a facet in any-of mode that is multi-select
 * (drill-sideways): every other facet's filters, the date range and F's own exclusions apply, but
 * not F's picked values. For a facet in all-of mode it is the count within the current hits.
 */
class MultiSelectFacetCountsTest {

  static final List<String> FACETS = List.of("country", "topic", "type", "language", "source");

  @TempDir static Path dir;
  static RunningServer server;
  static List<Doc> docs;

  @BeforeAll
  static void start() throws Exception {
    docs = GeneratedCorpus.documents(200, 42);
    server = RunningServer.over(dir, docs, null);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static List<String> labels(Doc d, String facet) {
    return switch (facet) {
      case "country" -> d.countries();
      case "topic" -> d.topics();
      case "type" -> List.of(d.type());
      case "language" -> List.of(d.language());
      case "source" -> List.of(d.source());
      default -> throw new IllegalArgumentException(facet);
    };
  }

  /** One facet's filter: any of / all of {@code values}, none of {@code excluded}. */
  record Filter(List<String> values, boolean all, List<String> excluded) {
    boolean keeps(List<String> labels) {
      boolean in = values.isEmpty() || (all ? labels.containsAll(values) : values.stream().anyMatch(labels::contains));
      return in && excluded.stream().noneMatch(labels::contains);
    }
  }

  /** Parses "country=MX,US;country_match=all;not_topic=visas;from=2016-01-01" into filters and parameters. */
  static final class Case {
    final Map<String, Filter> filters = new HashMap<>();
    LocalDate from;
    LocalDate to;
    String q = "";
    final List<String> params = new ArrayList<>();

    Case(String spec) {
      Map<String, String> kv = new HashMap<>();
      for (String part : spec.split(";")) {
        if (!part.isBlank()) {
          String[] p = part.split("=", 2);
          kv.put(p[0], p[1]);
        }
      }
      for (String f : FACETS) {
        List<String> values = split(kv.get(f));
        List<String> excluded = split(kv.get("not_" + f));
        boolean all = "all".equals(kv.get(f + "_match"));
        values.forEach(v -> params.addAll(List.of(f, v)));
        excluded.forEach(v -> params.addAll(List.of("not_" + f, v)));
        if (all) {
          params.addAll(List.of(f + "_match", "all"));
        }
        if (!values.isEmpty() || !excluded.isEmpty()) {
          filters.put(f, new Filter(values, all, excluded));
        }
      }
      if (kv.containsKey("from")) {
        from = LocalDate.parse(kv.get("from"));
        params.addAll(List.of("from", kv.get("from")));
      }
      if (kv.containsKey("to")) {
        to = LocalDate.parse(kv.get("to"));
        params.addAll(List.of("to", kv.get("to")));
      }
      if (kv.containsKey("q")) {
        q = kv.get("q");
        params.addAll(List.of("q", q));
      }
      params.addAll(List.of("size", "100", "highlight", "false"));
    }

    private static List<String> split(String v) {
      return v == null ? List.of() : List.of(v.split(","));
    }

    boolean inDateRange(Doc d) {
      LocalDate date = LocalDate.parse(d.date());
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    boolean matchesQuery(Doc d) {
      return q.isEmpty() || d.text().contains(q);
    }

    /** Every filter but {@code skip}'s, the date range and the query. */
    boolean keeps(Doc d, String skip) {
      if (!inDateRange(d) || !matchesQuery(d)) {
        return false;
      }
      for (var e : filters.entrySet()) {
        if (!e.getKey().equals(skip) && !e.getValue().keeps(labels(d, e.getKey()))) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Where ticking a value narrows the hits (all-of mode, or no value picked yet), the count beside
   * a few unpicked values equals the total the search has once that value is ticked.
   */
  private static void tickingGivesTheCount(Case c, JsonNode r, String spec) {
    for (String facet : FACETS) {
      Filter own = c.filters.get(facet);
      if (own != null && !own.all() && !own.values().isEmpty()) {
        continue;
      }
      int checked = 0;
      for (JsonNode v : r.get("facets").get(facet)) {
        String value = v.get("value").asText();
        if (v.get("selected").asBoolean() || v.path("excluded").asBoolean(false) || checked++ >= 2) {
          continue;
        }
        List<String> ticked = new ArrayList<>(c.params);
        ticked.addAll(List.of(facet, value));
        long total = server.get("/api/search", ticked.toArray(String[]::new)).json().get("total").asLong();
        assertThat(v.get("count").asLong()).as(spec + ": ticking " + facet + "=" + value).isEqualTo(total);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "country=MX",
      "country=MX,US",
      "country=MX,US;country_match=all",
      "not_country=US",
      "country=MX,GT;not_country=US",
      "topic=asylum,visas;topic_match=all;type=report",
      "from=2016-03-01;to=2019-12-31",
      "country=CA,DE;topic=refugees;not_language=fr;from=2017-01-01",
      "source=Agency B;type=law,speech;not_topic=detention;to=2020-06-30",
      "language=es;country=SV,HN,GT;country_match=all",
      "q=migration;country=US;not_type=report;from=2015-06-01",
      "not_country=US,MX,GT,HN,SV,CA,DE,FR",
      "country=MX,GT;country_match=all;not_country=US",
      "country=MX,GT;not_country=US;topic=asylum,refugees;topic_match=all",
      "topic=asylum;not_topic=visas;not_type=law",
      "country=US;country_match=all;topic=visas;topic_match=any"})
  void totalsHitsAndFacetCountsMatchBruteForce(String spec) {
    Case c = new Case(spec);
    JsonNode r = server.get("/api/search", c.params.toArray(String[]::new)).json();
    assertThat(r).as(spec).isNotNull();

    List<String> expectedIds = docs.stream().filter(d -> c.keeps(d, null)).map(Doc::id).sorted().toList();
    assertThat(r.get("total").asInt()).as(spec).isEqualTo(expectedIds.size());
    List<String> hits = new ArrayList<>(RunningServer.ids(r.get("hits")));
    for (int page = 2; (page - 1) * 100 < expectedIds.size(); page++) {
      List<String> next = new ArrayList<>(c.params);
      next.addAll(List.of("page", Integer.toString(page)));
      hits.addAll(RunningServer.ids(server.get("/api/search", next.toArray(String[]::new))));
    }
    assertThat(hits.stream().sorted().toList()).as(spec).isEqualTo(expectedIds);

    for (String facet : FACETS) {
      Map<String, Long> expected = new TreeMap<>();
      Filter own = c.filters.get(facet);
      docs.stream().filter(d -> own != null && own.all() ? c.keeps(d, null) : c.keeps(d, facet)
              && (own == null || own.excluded().stream().noneMatch(labels(d, facet)::contains)))
          .forEach(d -> labels(d, facet).forEach(v -> expected.merge(v, 1L, Long::sum)));
      if (own != null) {
        // Picked and excluded values stay listed even at zero, so the user can unpick them.
        own.values().forEach(v -> expected.putIfAbsent(v, 0L));
        own.excluded().forEach(v -> expected.putIfAbsent(v, 0L));
      }
      Map<String, Long> actual = new TreeMap<>();
      for (JsonNode v : r.get("facets").get(facet)) {
        actual.put(v.get("value").asText(), v.get("count").asLong());
        boolean picked = own != null && own.values().contains(v.get("value").asText());
        assertThat(v.get("selected").asBoolean()).as(spec + " " + facet + " " + v).isEqualTo(picked);
        boolean dropped = own != null && own.excluded().contains(v.get("value").asText());
        assertThat(v.path("excluded").asBoolean(false)).as(spec + " " + facet + " " + v).isEqualTo(dropped);
      }
      assertThat(actual).as(spec + " facet " + facet).isEqualTo(expected);
    }

    tickingGivesTheCount(c, r, spec);

    // The year facet is not a filter: every filter and the date range apply, and every year from
    // the first to the last in the index is listed, zeros included.
    Map<String, Long> expectedYears = new TreeMap<>();
    for (int y = GeneratedCorpus.YEARS.get(0); y <= GeneratedCorpus.YEARS.get(GeneratedCorpus.YEARS.size() - 1); y++) {
      expectedYears.put(Integer.toString(y), 0L);
    }
    Function<Doc, String> year = d -> d.date().substring(0, 4);
    docs.stream().filter(d -> c.keeps(d, null)).forEach(d -> expectedYears.merge(year.apply(d), 1L, Long::sum));
    Map<String, Long> actualYears = new TreeMap<>();
    List<String> order = new ArrayList<>();
    r.get("facets").get("year").forEach(v -> {
      actualYears.put(v.get("value").asText(), v.get("count").asLong());
      order.add(v.get("value").asText());
    });
    assertThat(actualYears).as(spec + " years").isEqualTo(expectedYears);
    assertThat(order).as("years in order").isSorted();
  }
}
