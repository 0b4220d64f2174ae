package org.migrationsearch.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code GET /api/search} and of {@code search --json}.
 *
 * @param snippetsPartial true when the time budget ran out while snippets were made, so some
 *     hits have fewer or none; absent otherwise
 */
@JsonPropertyOrder({"query", "total", "page", "size", "took_ms", "hits", "facets"})
public record SearchResponse(
    String query,
    long total,
    int page,
    int size,
    long tookMs,
    List<SearchHit> hits,
    Map<String, List<FacetValue>> facets,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean snippetsPartial) {}
