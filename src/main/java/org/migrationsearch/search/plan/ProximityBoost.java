package org.migrationsearch.search.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.migrationsearch.index.IndexSchema;

/**
 * Ranks documents where the query's words occur close together above documents where they lie
 * far apart: an optional sloppy phrase over the query's own terms, per field, added to the query.
 * It only changes scores; what matches is decided by the user's query alone.
 */
final class ProximityBoost {

  /** Words up to this many positions apart still earn some of the boost; adjacent ones earn most. */
  static final int SLOP = 10;
  static final float WEIGHT = 1.0f;
  /** Long pasted queries gain nothing from a phrase over all their words and cost much. */
  static final int MAX_TERMS = 8;

  private ProximityBoost() {}

  static Query apply(Query userQuery) {
    Map<String, Set<Term>> byField = new LinkedHashMap<>();
    collect(userQuery, byField);
    List<Query> phrases = new ArrayList<>();
    byField.forEach((field, terms) -> {
      if (terms.size() < 2 || terms.size() > MAX_TERMS) {
        return;
      }
      PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(SLOP);
      terms.forEach(phrase::add);
      Query q = phrase.build();
      phrases.add(field.startsWith(IndexSchema.TITLE) ? new BoostQuery(q, FieldExpandingQueryParser.TITLE_BOOST) : q);
    });
    if (phrases.isEmpty()) {
      return userQuery;
    }
    BooleanQuery.Builder near = new BooleanQuery.Builder();
    phrases.forEach(p -> near.add(p, BooleanClause.Occur.SHOULD));
    return new BooleanQuery.Builder()
        .add(userQuery, BooleanClause.Occur.MUST)
        .add(new BoostQuery(near.build(), WEIGHT), BooleanClause.Occur.SHOULD)
        .build();
  }

  /** The plain terms the query looks for, per field, in query order; excluded terms are left out. */
  private static void collect(Query q, Map<String, Set<Term>> byField) {
    if (q instanceof BooleanQuery bq) {
      for (BooleanClause c : bq.clauses()) {
        if (c.getOccur() != BooleanClause.Occur.MUST_NOT) {
          collect(c.getQuery(), byField);
        }
      }
    } else if (q instanceof BoostQuery boost) {
      collect(boost.getQuery(), byField);
    } else if (q instanceof TermQuery tq) {
      byField.computeIfAbsent(tq.getTerm().field(), f -> new LinkedHashSet<>()).add(tq.getTerm());
    } else if (q instanceof PhraseQuery pq) {
      for (Term t : pq.getTerms()) {
        byField.computeIfAbsent(t.field(), f -> new LinkedHashSet<>()).add(t);
      }
    }
  }
}
