package org.migrationsearch.search.highlight;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The part of a query that can mark one field. The highlighter builds a weight of the whole query
 * for every hit and field it highlights, and every term of the query is looked up in the index
 * each time, in all six title and text fields, though only one field's matches are kept.
 */
final class FieldQueries {

  private FieldQueries() {}

  /**
   * The clauses of {@code query} (rewritten) on {@code field}, all optional: only hits are
   * highlighted, so whether a clause was required no longer matters, and a required clause that
   * matched in another field must not hide this field's matches. Null when nothing is on the field.
   */
  static Query only(Query query, String field) {
    if (query instanceof BoostQuery b) {
      Query inner = only(b.getQuery(), field);
      return inner == null ? null : new BoostQuery(inner, b.getBoost());
    }
    if (query instanceof ConstantScoreQuery c) {
      Query inner = only(c.getQuery(), field);
      return inner == null ? null : new ConstantScoreQuery(inner);
    }
    if (query instanceof DisjunctionMaxQuery d) {
      List<Query> kept = d.getDisjuncts().stream().map(q -> only(q, field)).filter(Objects::nonNull).toList();
      return kept.size() <= 1 ? first(kept) : new DisjunctionMaxQuery(kept, d.getTieBreakerMultiplier());
    }
    if (query instanceof BooleanQuery bq) {
      // Excluded words and filters mark nothing.
      List<Query> kept = bq.clauses().stream()
          .filter(c -> c.getOccur() != BooleanClause.Occur.MUST_NOT && c.getOccur() != BooleanClause.Occur.FILTER)
          .map(c -> only(c.getQuery(), field)).filter(Objects::nonNull).toList();
      if (kept.size() <= 1) {
        return first(kept);
      }
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      kept.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
      return any.build();
    }
    return fields(query).contains(field) ? query : null;
  }

  private static Query first(List<Query> queries) {
    return queries.isEmpty() ? null : queries.get(0);
  }

  private static Set<String> fields(Query query) {
    Set<String> fields = new HashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String f) {
        fields.add(f);
        return true;
      }
    });
    return fields;
  }
}
