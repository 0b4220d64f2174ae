package org.migrationsearch.search;

import org.migrationsearch.search.facets.FacetFilter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.migrationsearch.enrich.country.CountryNames;
import org.migrationsearch.enrich.MetadataNormalizer;
import org.migrationsearch.index.IndexSchema;
import org.migrationsearch.search.plan.QueryLimits;

/**
 * Reads a search from query-string style parameters ({@code q}, {@code country}, {@code
 * not_topic}, {@code page}, ...). The HTTP API and the CLI both go through here, which is what
 * makes {@code search --json} and {@code GET /api/search} answer alike.
 */
public final class RequestParameters {

  private RequestParameters() {}

  public static SearchRequest parse(Map<String, List<String>> params) {
    String q = single(params, "q");
    if (q != null) {
      QueryLimits.checkText(q);
    }
    QuerySyntax syntax = optional(params, "syntax")
        .map(v -> QuerySyntax.parse(v).orElseThrow(() -> SearchException.badParameter(
            "syntax must be 'lucene' or 'simple', not '" + v + "'")))
        .orElse(QuerySyntax.LUCENE);
    SortOrder sort = optional(params, "sort")
        .map(v -> SortOrder.parse(v).orElseThrow(() -> SearchException.badParameter(
            "sort must be 'relevance', 'newest' or 'oldest', not '" + v + "'")))
        .orElse(SortOrder.RELEVANCE);
    int page = integer(params, "page", 1);
    int size = integer(params, "size", SearchRequest.DEFAULT_SIZE);
    if (page < 1) {
      throw SearchException.badParameter("page must be 1 or more, not " + page);
    }
    if (size < 1 || size > SearchRequest.MAX_SIZE) {
      throw SearchException.badParameter("size must be between 1 and " + SearchRequest.MAX_SIZE + ", not " + size);
    }
    if ((long) page * size > SearchRequest.MAX_DEPTH) {
      throw SearchException.badParameter("pages end at result " + SearchRequest.MAX_DEPTH
          + " (page x size); narrow the search or use /api/export for every hit");
    }
    boolean highlight = optional(params, "highlight").map(v -> bool("highlight", v)).orElse(true);
    boolean expand = optional(params, "expand").map(v -> bool("expand", v)).orElse(true);
    LocalDate from = optional(params, "from").map(v -> date("from", v, false)).orElse(null);
    LocalDate to = optional(params, "to").map(v -> date("to", v, true)).orElse(null);
    if (from != null && to != null && from.isAfter(to)) {
      throw SearchException.badParameter("from (" + from + ") is after to (" + to + ")");
    }
    QueryLimits.checkFilterValues(IndexSchema.FILTER_FACETS.stream()
        .mapToInt(dim -> params.getOrDefault(dim, List.of()).size() + params.getOrDefault("not_" + dim, List.of()).size())
        .sum());
    Map<String, FacetFilter> filters = new LinkedHashMap<>();
    for (String dim : IndexSchema.FILTER_FACETS) {
      List<String> values = values(params, dim, dim);
      List<String> excluded = values(params, "not_" + dim, dim);
      boolean all = optional(params, dim + "_match").map(v -> matchAll(dim, v)).orElse(false);
      FacetFilter f = new FacetFilter(values, all, excluded);
      if (!f.isEmpty()) {
        filters.put(dim, f);
      }
    }
    return SearchRequest.builder().query(q == null ? "" : q).syntax(syntax).filters(filters).dates(from, to)
        .sort(sort).page(page, size).highlight(highlight).expand(expand).build();
  }

  /** The parameters that describe a request, for echoing it in exports and logs. */
  public static Map<String, Object> describeFilters(SearchRequest r) {
    Map<String, Object> out = new LinkedHashMap<>();
    r.filters().forEach((dim, f) -> {
      if (!f.values().isEmpty()) {
        out.put(dim, f.values());
        if (f.matchAll()) {
          out.put(dim + "_match", "all");
        }
      }
      if (!f.excluded().isEmpty()) {
        out.put("not_" + dim, f.excluded());
      }
    });
    if (r.from() != null) {
      out.put("from", r.from().toString());
    }
    if (r.to() != null) {
      out.put("to", r.to().toString());
    }
    return out;
  }

  /**
   * The query string that asks for this search again ({@code q=asylum&country=MX&sort=newest}),
   * without page and size: what exports cite and feeds link to.
   */
  public static String toQueryString(SearchRequest r) {
    List<String> parts = new ArrayList<>();
    if (!r.query().isEmpty()) {
      parts.add(pair("q", r.query()));
    }
    if (r.syntax() != QuerySyntax.LUCENE) {
      parts.add(pair("syntax", r.syntax().value()));
    }
    describeFilters(r).forEach((key, value) -> {
      if (value instanceof List<?> list) {
        list.forEach(v -> parts.add(pair(key, String.valueOf(v))));
      } else {
        parts.add(pair(key, String.valueOf(value)));
      }
    });
    if (r.sort() != SortOrder.RELEVANCE) {
      parts.add(pair("sort", r.sort().value()));
    }
    return String.join("&", parts);
  }

  private static String pair(String key, String value) {
    return key + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Builds the parameter map from single values and repeatable lists, skipping nulls. */
  public static Map<String, List<String>> builder(Object... keyValues) {
    Map<String, List<String>> out = new HashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      String key = (String) keyValues[i];
      Object v = keyValues[i + 1];
      if (v instanceof List<?> list) {
        for (Object item : list) {
          out.computeIfAbsent(key, k -> new ArrayList<>()).add(String.valueOf(item));
        }
      } else if (v != null) {
        out.computeIfAbsent(key, k -> new ArrayList<>()).add(String.valueOf(v));
      }
    }
    return out;
  }

  private static List<String> values(Map<String, List<String>> params, String key, String dim) {
    List<String> raw = params.getOrDefault(key, List.of());
    List<String> out = new ArrayList<>();
    for (String v : raw) {
      if (v == null || v.isBlank()) {
        continue;
      }
      String value = v.strip();
      value = switch (dim) {
        // Names are accepted where codes are expected: "Mexico", "México" and "mx" all mean MX.
        case IndexSchema.FACET_COUNTRY -> CountryNames.get().toCode(value).orElse(value.toUpperCase(Locale.ROOT));
        case IndexSchema.FACET_LANGUAGE ->
            MetadataNormalizer.instance().normalizeLanguage(value).orElse(value.toLowerCase(Locale.ROOT));
        case IndexSchema.FACET_TOPIC, IndexSchema.FACET_TYPE -> value.toLowerCase(Locale.ROOT);
        default -> value;
      };
      if (!out.contains(value)) {
        out.add(value);
      }
    }
    return out;
  }

  private static String single(Map<String, List<String>> params, String key) {
    List<String> v = params.get(key);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (v.size() > 1 && v.stream().distinct().count() > 1) {
      throw SearchException.badParameter("'" + key + "' was given " + v.size() + " times; give it once");
    }
    return v.get(0);
  }

  private static java.util.Optional<String> optional(Map<String, List<String>> params, String key) {
    String v = single(params, key);
    return v == null || v.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(v.strip());
  }

  private static int integer(Map<String, List<String>> params, String key, int fallback) {
    return optional(params, key).map(v -> {
      // Integer.parseInt also reads Arabic-Indic and other digits; a page number is ASCII.
      if (!v.matches("[+-]?[0-9]{1,9}")) {
        throw SearchException.badParameter(key + " must be a whole number, not '" + v + "'");
      }
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw SearchException.badParameter(key + " must be a whole number, not '" + v + "'");
      }
    }).orElse(fallback);
  }

  private static boolean bool(String key, String v) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw SearchException.badParameter(key + " must be true or false, not '" + v + "'");
    };
  }

  private static boolean matchAll(String dim, String v) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "all" -> true;
      case "any" -> false;
      default -> throw SearchException.badParameter(dim + "_match must be 'any' or 'all', not '" + v + "'");
    };
  }

  /** {@code yyyy-mm-dd}; {@code yyyy-mm} and {@code yyyy} stand for their first or last day. */
  static LocalDate date(String key, String v, boolean endOfPeriod) {
    try {
      if (v.matches("\\d{4}")) {
        int year = Integer.parseInt(v);
        return endOfPeriod ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(v);
        return endOfPeriod ? ym.atEndOfMonth() : ym.atDay(1);
      }
      return LocalDate.parse(v);
    } catch (java.time.DateTimeException e) {
      throw SearchException.badParameter(key + " must be a date written yyyy-mm-dd, not '" + v + "'");
    }
  }
}
