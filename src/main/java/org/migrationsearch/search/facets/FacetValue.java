package org.migrationsearch.search.facets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A facet value with its count. The year facet carries neither label nor selection flags.
 *
 * @param excluded true when a {@code not_} filter drops this value
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"value", "label", "count", "selected", "excluded"})
public record FacetValue(String value, String label, long count, Boolean selected, Boolean excluded) {

  public static FacetValue year(String value, long count) {
    return new FacetValue(value, null, count, null, null);
  }
}
