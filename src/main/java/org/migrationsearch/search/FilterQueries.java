package org.migrationsearch.search;

import java.time.LocalDate;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.migrationsearch.index.IndexSchema;

/** The date range as a Lucene filter; facet filters are {@code facets.FacetCounter}'s. */
final class FilterQueries {

  private FilterQueries() {}

  static Query withDateRange(Query query, LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return query;
    }
    long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
    long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
    return new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(LongPoint.newRangeQuery(IndexSchema.DATE_DAY, lo, hi), Occur.FILTER)
        .build();
  }
}
