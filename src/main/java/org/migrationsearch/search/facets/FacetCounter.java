package org.migrationsearch.search.facets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.migrationsearch.index.IndexSchema;

/**
 * Facet filters as a Lucene query and the counts shown beside each value. The count beside a value
 * is what ticking it now would give, so where a filter goes decides what its facet counts:
 *
 * <ul>
 *   <li>an any-of selection is a drill-down dimension, so drill-sideways counts that facet without
 *       it (ticking one more value widens the hits);
 *   <li>an all-of selection and every {@code not_} exclusion narrow the hits for every facet, their
 *       own included, so that facet is counted within the current hits (ticking one more value in
 *       all-of mode, or any value beside an exclusion, can only keep hits that are already there).
 * </ul>
 */
public final class FacetCounter {

  private FacetCounter() {}

  /** The query with every facet filter, shaped for drill-sideways counting. */
  public static DrillDownQuery drillDown(Query base, Map<String, FacetFilter> filters) {
    FacetsConfig config = IndexSchema.facetsConfig();
    BooleanQuery.Builder narrowed = new BooleanQuery.Builder().add(base, Occur.MUST);
    List<Query> sideways = new ArrayList<>();
    List<String> sidewaysDims = new ArrayList<>();
    for (String dim : IndexSchema.FILTER_FACETS) {
      FacetFilter f = filters.get(dim);
      if (f == null || f.isEmpty()) {
        continue;
      }
      if (f.matchAll()) {
        f.values().forEach(v -> narrowed.add(term(dim, v), Occur.FILTER));
      } else if (!f.values().isEmpty()) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        f.values().forEach(v -> any.add(term(dim, v), Occur.SHOULD));
        sideways.add(any.build());
        sidewaysDims.add(dim);
      }
      f.excluded().forEach(v -> narrowed.add(term(dim, v), Occur.MUST_NOT));
    }
    DrillDownQuery ddq = new DrillDownQuery(config, narrowed.build());
    for (int i = 0; i < sideways.size(); i++) {
      ddq.add(sidewaysDims.get(i), sideways.get(i));
    }
    return ddq;
  }

  /**
   * The facet values to show, most frequent first. Picked and excluded values stay listed even at
   * zero so the user can unpick them; {@code years} lists every year of the index, zeros included.
   *
   * @param facets the drill-sideways counts, or null when the index has no facets
   */
  public static Map<String, List<FacetValue>> values(Facets facets, Map<String, FacetFilter> filters,
      List<String> years) throws IOException {
    Map<String, Map<String, Long>> counts = new HashMap<>();
    for (String dim : IndexSchema.ALL_FACETS) {
      counts.put(dim, counts(facets, dim));
    }
    return values(counts, filters, years);
  }

  /**
   * The same from each dimension's positive counts however they were counted, so another backend
   * (Solr's facet counts) lists its values exactly as the local index does.
   */
  public static Map<String, List<FacetValue>> values(Map<String, Map<String, Long>> countsByDim,
      Map<String, FacetFilter> filters, List<String> years) {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : IndexSchema.FILTER_FACETS) {
      Map<String, Long> counts = new HashMap<>(countsByDim.getOrDefault(dim, Map.of()));
      FacetFilter filter = filters.get(dim);
      if (filter != null) {
        filter.values().forEach(v -> counts.putIfAbsent(v, 0L));
        filter.excluded().forEach(v -> counts.putIfAbsent(v, 0L));
      }
      List<FacetValue> values = new ArrayList<>();
      counts.forEach((value, count) -> values.add(new FacetValue(value, FacetLabels.label(dim, value), count,
          filter != null && filter.values().contains(value),
          filter != null && filter.excluded().contains(value) ? Boolean.TRUE : null)));
      values.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.label().compareTo(b.label()));
      out.put(dim, values);
    }
    Map<String, Long> yearCounts = countsByDim.getOrDefault(IndexSchema.FACET_YEAR, Map.of());
    List<FacetValue> yearValues = new ArrayList<>();
    for (String y : years) {
      yearValues.add(FacetValue.year(y, yearCounts.getOrDefault(y, 0L)));
    }
    out.put(IndexSchema.FACET_YEAR, yearValues);
    return out;
  }

  /** The positive counts of one dimension; none when the index has no value for it. */
  public static Map<String, Long> counts(Facets facets, String dim) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    if (facets == null) {
      return counts;
    }
    FacetResult r;
    try {
      r = facets.getAllChildren(dim);
    } catch (IllegalArgumentException e) {
      return counts;
    }
    if (r != null) {
      for (LabelAndValue lv : r.labelValues) {
        if (lv.value.longValue() > 0) {
          counts.put(lv.label, lv.value.longValue());
        }
      }
    }
    return counts;
  }

  private static Query term(String dim, String value) {
    String field = IndexSchema.facetsConfig().getDimConfig(dim).indexFieldName;
    return new TermQuery(DrillDownQuery.term(field, dim, value));
  }
}
