package org.migrationsearch.search.country;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migrationsearch.enrich.country.CountryNames;
import org.migrationsearch.index.IndexSchema;
import org.migrationsearch.search.RequestParameters;
import org.migrationsearch.search.SearchException;
import org.migrationsearch.search.SearchHit;
import org.migrationsearch.search.SearchResponse;
import org.migrationsearch.search.SearchBackend;
import org.migrationsearch.search.facets.FacetLabels;
import org.migrationsearch.search.facets.FacetValue;

/**
 * A country's policy timeline: its documents per year split by type and by topic, its top topics,
 * its newest documents and the countries it appears with most. Every figure is a search of the
 * same service with {@code country=CC} in all-of mode, so each count is one the search page gives.
 */
public final class CountryProfiles {

  static final int NEWEST = 10;
  static final int TOP = 10;

  private final SearchBackend search;

  public CountryProfiles(SearchBackend search) {
    this.search = search;
  }

  /** One year of the timeline: the documents of that year, by type and by topic. */
  public record Year(String year, long total, Map<String, Long> byType, Map<String, Long> byTopic) {}

  /** The body of {@code /api/countries/{CC}}. */
  public record Profile(String code, String label, long total, String search, List<Year> years,
      List<FacetValue> types, List<FacetValue> topics, List<FacetValue> countries, List<SearchHit> newest) {}

  public Profile profile(String rawCode) {
    String code = CountryNames.get().toCode(rawCode).orElse(null);
    if (code == null) {
      throw new SearchException(SearchException.Code.NOT_FOUND, "no country with the code or name '" + rawCode + "'");
    }
    SearchResponse all = run(code, null, null, NEWEST);
    Map<String, List<FacetValue>> facets = all.facets();
    List<FacetValue> years = facets.get(IndexSchema.FACET_YEAR);
    Map<String, Map<String, Long>> byType = split(code, IndexSchema.FACET_TYPE, facets.get(IndexSchema.FACET_TYPE));
    Map<String, Map<String, Long>> byTopic = split(code, IndexSchema.FACET_TOPIC, facets.get(IndexSchema.FACET_TOPIC));
    List<Year> timeline = new ArrayList<>();
    for (FacetValue y : years) {
      timeline.add(new Year(y.value(), y.count(), column(byType, y.value()), column(byTopic, y.value())));
    }
    List<FacetValue> others = facets.get(IndexSchema.FACET_COUNTRY).stream()
        .filter(v -> !v.value().equals(code) && v.count() > 0).limit(TOP).toList();
    return new Profile(code, FacetLabels.countryName(code), all.total(), "country=" + code, trim(timeline),
        positive(facets.get(IndexSchema.FACET_TYPE), Integer.MAX_VALUE),
        positive(facets.get(IndexSchema.FACET_TOPIC), TOP), others, all.hits());
  }

  /** For each value of {@code dim}, its documents per year. */
  private Map<String, Map<String, Long>> split(String code, String dim, List<FacetValue> values) {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (FacetValue v : values) {
      if (v.count() == 0) {
        continue;
      }
      Map<String, Long> perYear = new LinkedHashMap<>();
      for (FacetValue y : run(code, dim, v.value(), 1).facets().get(IndexSchema.FACET_YEAR)) {
        if (y.count() > 0) {
          perYear.put(y.value(), y.count());
        }
      }
      out.put(v.value(), perYear);
    }
    return out;
  }

  private static Map<String, Long> column(Map<String, Map<String, Long>> split, String year) {
    Map<String, Long> out = new LinkedHashMap<>();
    split.forEach((value, perYear) -> {
      Long n = perYear.get(year);
      if (n != null) {
        out.put(value, n);
      }
    });
    return out;
  }

  /** The years from the country's first document to its last. */
  private static List<Year> trim(List<Year> years) {
    int first = 0;
    int last = years.size() - 1;
    while (first <= last && years.get(first).total() == 0) {
      first++;
    }
    while (last >= first && years.get(last).total() == 0) {
      last--;
    }
    return years.subList(first, last + 1);
  }

  private static List<FacetValue> positive(List<FacetValue> values, int max) {
    return values.stream().filter(v -> v.count() > 0).limit(max).toList();
  }

  private SearchResponse run(String code, String dim, String value, int size) {
    Object[] kv = dim == null
        ? new Object[] {"country", code, "country_match", "all", "sort", "newest", "size", size, "highlight", "false"}
        : new Object[] {"country", code, "country_match", "all", dim, value, dim + "_match", "all", "size", size,
            "highlight", "false"};
    return search.search(RequestParameters.parse(RequestParameters.builder(kv)));
  }
}
