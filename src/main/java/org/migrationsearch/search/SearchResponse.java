package org.migrationsearch.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.index.IndexSchema;
import org.migrationsearch.search.facets.FacetCounter;
import org.migrationsearch.search.facets.FacetValue;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code GET /api/search} and of {@code search --json}.
 *
 * @param total documents matching: every word for plain words, or, when relaxed, enough of them
 * @param relaxed true when too few documents contain every word, so those with most of them are
 *     shown as well
 * @param expanded the concept names and translations searched besides the words typed
 * @param suggestion the query with its misspelt words corrected, when some word is unknown
 * @param correctedFrom the query as typed, when it found too little and these are the results of
 *     {@code query}, its correction
 * @param snippetsPartial true when some hits have fewer snippets or none: the time budget ran
 *     out while snippets were made, or the page has more hits than get snippets; absent otherwise
 */
@JsonPropertyOrder({"query", "total", "page", "size", "took_ms", "relaxed", "expanded", "suggestion",
    "corrected_from", "hits", "facets"})
public record SearchResponse(
    String query,
    long total,
    int page,
    int size,
    long tookMs,
    List<SearchHit> hits,
    Map<String, List<FacetValue>> facets,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean relaxed,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> expanded,
    @JsonInclude(JsonInclude.Include.NON_NULL) String suggestion,
    @JsonInclude(JsonInclude.Include.NON_NULL) String correctedFrom,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean snippetsPartial) {

  public SearchResponse(String query, long total, int page, int size, long tookMs, List<SearchHit> hits,
      Map<String, List<FacetValue>> facets) {
    this(query, total, page, size, tookMs, hits, facets, false, List.of(), null, null, null);
  }

  /** The same answer given again, in {@code value} milliseconds. */
  public SearchResponse withTookMs(long value) {
    return new SearchResponse(query, total, page, size, value, hits, facets, relaxed, expanded, suggestion,
        correctedFrom, snippetsPartial);
  }

  /**
   * Labels and writes one made-up answer, so that the facet labels (country and topic names) and
   * the JSON serializers of an answer are loaded before the first search needs them: a quarter of
   * a second of a fresh JVM's first answer, none of it needing the index, which {@code serve}
   * spends while its HTTP server and index are still starting.
   */
  public static void prepare() {
    Document doc = new Document("prepared", null, "Title", "2024-01-02", "Source", "https://example.org/", "report",
        "en", List.of("MX"), List.of("refugees"), "");
    SearchHit hit = SearchHit.of(doc).score(1f).titleSnippet("<mark>Title</mark>").snippets(List.of("<mark>a</mark>"))
        .build();
    Map<String, Map<String, Long>> counts = new HashMap<>();
    IndexSchema.ALL_FACETS.forEach(dim -> counts.put(dim, Map.of()));
    counts.put(IndexSchema.FACET_COUNTRY, Map.of("MX", 1L));
    counts.put(IndexSchema.FACET_TOPIC, Map.of("refugees", 1L));
    counts.put(IndexSchema.FACET_TYPE, Map.of("report", 1L));
    counts.put(IndexSchema.FACET_LANGUAGE, Map.of("en", 1L));
    counts.put(IndexSchema.FACET_YEAR, Map.of("2024", 1L));
    Json.write(new SearchResponse("prepared", 1, 1, 10, 0, List.of(hit),
        FacetCounter.values(counts, Map.of(), List.of("2024"))));
  }

  public SearchResponse withCorrectedFrom(String typed, long tookMs) {
    return new SearchResponse(query, total, page, size, tookMs, hits, facets, relaxed, expanded, null, typed,
        snippetsPartial);
  }
}
