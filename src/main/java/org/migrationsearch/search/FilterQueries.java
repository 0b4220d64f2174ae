package org.migrationsearch.search;

import java.time.LocalDate;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.migrationsearch.index.IndexSchema;

/**
 * Facet filters and the date range as Lucene queries. Each facet's filter becomes one drill-down
 * dimension, so drill-sideways can count that facet without its own filter.
 */
final class FilterQueries {

  private FilterQueries() {}

  static DrillDownQuery drillDown(Query base, Map<String, FacetFilter> filters) {
    FacetsConfig config = IndexSchema.facetsConfig();
    DrillDownQuery ddq = new DrillDownQuery(config, base);
    for (String dim : IndexSchema.FILTER_FACETS) {
      FacetFilter f = filters.get(dim);
      if (f != null && !f.isEmpty()) {
        ddq.add(dim, dimensionQuery(dim, f));
      }
    }
    return ddq;
  }

  /** any: one of the values; all: every value; excluded values never. */
  static Query dimensionQuery(String dim, FacetFilter f) {
    String field = IndexSchema.facetsConfig().getDimConfig(dim).indexFieldName;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (f.values().isEmpty()) {
      b.add(new MatchAllDocsQuery(), Occur.FILTER);
    } else if (f.matchAll()) {
      f.values().forEach(v -> b.add(new TermQuery(DrillDownQuery.term(field, dim, v)), Occur.FILTER));
    } else {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      f.values().forEach(v -> any.add(new TermQuery(DrillDownQuery.term(field, dim, v)), Occur.SHOULD));
      b.add(any.build(), Occur.FILTER);
    }
    f.excluded().forEach(v -> b.add(new TermQuery(DrillDownQuery.term(field, dim, v)), Occur.MUST_NOT));
    return b.build();
  }

  /**
   * Documents whose date overlaps [from, to]: a partial date stands for its whole month or year,
   * so "2018-04" matches {@code from=2018-04-15} and "2024" matches {@code to=2024-01-31}.
   */
  static Query withDateRange(Query query, LocalDate from, LocalDate to) {
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
