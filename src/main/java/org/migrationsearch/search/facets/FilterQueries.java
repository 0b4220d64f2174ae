package org.migrationsearch.search.facets;

import java.time.LocalDate;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.migrationsearch.index.IndexSchema;

/** The date range as a Lucene filter; facet filters are {@code facets.FacetCounter}'s. */
public final class FilterQueries {

  private FilterQueries() {}

  /**
   * Documents whose date overlaps [from, to]: a partial date stands for its whole month or year,
   * so "2018-04" matches {@code from=2018-04-15} and "2024" matches {@code to=2024-01-31}.
   */
  public static Query withDateRange(Query query, LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return query;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
    if (from != null) {
      b.add(LongPoint.newRangeQuery(IndexSchema.DATE_LAST_DAY, from.toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
    }
    if (to != null) {
      b.add(LongPoint.newRangeQuery(IndexSchema.DATE_DAY, Long.MIN_VALUE, to.toEpochDay()), Occur.FILTER);
    }
    return b.build();
  }
}
