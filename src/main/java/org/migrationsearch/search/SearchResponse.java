package org.migrationsearch.search;

import org.migrationsearch.search.facets.FacetValue;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** The body of {@code GET /api/search} and of {@code search --json}. */
@JsonPropertyOrder({"query", "total", "page", "size", "took_ms", "hits", "facets"})
public record SearchResponse(
    String query,
    long total,
    int page,
    int size,
    long tookMs,
    List<SearchHit> hits,
    Map<String, List<FacetValue>> facets) {}
