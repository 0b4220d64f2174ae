package org.migrationsearch.search.facets;

import java.util.List;

/**
 * The filter on one facet: keep documents with any (or, with {@code matchAll}, all) of
 * {@code values}, and drop documents with any of {@code excluded}.
 */
public record FacetFilter(List<String> values, boolean matchAll, List<String> excluded) {

  public FacetFilter {
    values = List.copyOf(values);
    excluded = List.copyOf(excluded);
  }

  public boolean isEmpty() {
    return values.isEmpty() && excluded.isEmpty();
  }
}
