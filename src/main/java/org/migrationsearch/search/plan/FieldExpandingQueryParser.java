package org.migrationsearch.search.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.migrationsearch.index.IndexSchema;

/**
 * Lucene's classic query syntax over our logical fields. A term without a field searches titles
 * and texts; {@code title:} and {@code text:} search one of them; each is expanded to the
 * physical field of every analysis language, so one query finds English and Spanish documents,
 * each analysed its own way. Titles weigh more than texts.
 */
final class FieldExpandingQueryParser extends QueryParser {

  static final String DEFAULT_FIELD = "_default";
  static final float TITLE_BOOST = org.migrationsearch.search.plan.QueryPlanner.TITLE_BOOST;

  private static final Map<String, List<String>> LOGICAL_FIELDS = Map.of(
      DEFAULT_FIELD, concat(IndexSchema.titleFields(), IndexSchema.textFields()),
      IndexSchema.TITLE, IndexSchema.titleFields(),
      IndexSchema.TEXT, IndexSchema.textFields());

  FieldExpandingQueryParser(Analyzer analyzer) {
    super(DEFAULT_FIELD, analyzer);
    setDefaultOperator(QueryParser.Operator.AND);
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
  }

  /** Physical fields with their weights, for query types built outside the parser. */
  static Map<String, Float> weightedFields() {
    Map<String, Float> weights = new java.util.LinkedHashMap<>();
    IndexSchema.titleFields().forEach(f -> weights.put(f, TITLE_BOOST));
    IndexSchema.textFields().forEach(f -> weights.put(f, 1.0f));
    return weights;
  }

  @FunctionalInterface
  private interface PerField {
    Query build(String physicalField) throws ParseException;
  }

  /**
   * True while a logical field is being expanded: QueryParser's own methods call back into the
   * overridden ones (a phrase with slop builds the plain phrase first) with the physical field,
   * which must then be used as it is rather than refused as unknown.
   */
  private boolean expanding;

  private Query expand(String field, PerField perField) throws ParseException {
    if (expanding) {
      return perField.build(field);
    }
    List<String> physical = LOGICAL_FIELDS.get(field);
    if (physical == null) {
      throw new ParseException("unknown field '" + field + "': use title: or text:, or no field at all");
    }
    List<Query> parts = new ArrayList<>();
    expanding = true;
    try {
      for (String f : physical) {
        Query q = perField.build(f);
        if (q != null) {
          parts.add(f.startsWith(IndexSchema.TITLE) ? new BoostQuery(q, TITLE_BOOST) : q);
        }
      }
    } finally {
      expanding = false;
    }
    if (parts.isEmpty()) {
      return null;
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    parts.forEach(p -> b.add(p, BooleanClause.Occur.SHOULD));
    return b.build();
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    return expand(field, f -> super.getFieldQuery(f, queryText, quoted));
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    return expand(field, f -> super.getFieldQuery(f, queryText, slop));
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return expand(field, f -> super.getPrefixQuery(f, termStr));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    return expand(field, f -> super.getWildcardQuery(f, termStr));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    return expand(field, f -> super.getFuzzyQuery(f, termStr, minSimilarity));
  }

  /** Lucene's own fuzzy query, with its expansion kept per index snapshot. */
  @Override
  protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
    String text = term.text();
    int edits = FuzzyQuery.floatToEdits(minimumSimilarity, text.codePointCount(0, text.length()));
    return prefixLength == FuzzyQuery.defaultPrefixLength ? FuzzyExpansions.query(term, edits)
        : super.newFuzzyQuery(term, minimumSimilarity, prefixLength);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    return expand(field, f -> super.getRegexpQuery(f, termStr));
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    return expand(field, f -> super.getRangeQuery(f, part1, part2, startInclusive, endInclusive));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}
