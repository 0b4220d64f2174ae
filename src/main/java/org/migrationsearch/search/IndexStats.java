package org.migrationsearch.search;

import org.migrationsearch.search.facets.FacetValue;
import java.util.List;
import java.util.Map;

/** What {@code stats} shows: size, provenance and facet counts of the index. */
public record IndexStats(
    int documents, String buildId, String builtAt, String corpus, Map<String, List<FacetValue>> facets) {}
