package org.migrationsearch.search.plan;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.migrationsearch.search.SearchException;

/**
 * Bounds on the query forms whose cost grows with what the user types rather than with the
 * index: every limit is checked before the search starts and refused as a {@code bad_query}
 * that names it, so one request cannot hold a search slot for long or exhaust the stack.
 */
public final class QueryLimits {

  /** Characters in {@code q}: a few pages of pasted text. */
  public static final int MAX_QUERY_CHARS = 20_000;
  /** Nested parentheses; each level is a recursion in the parser and in every query walk. */
  public static final int MAX_NESTING_DEPTH = 32;
  /** Distinct words searched with {@code ~}. */
  public static final int MAX_FUZZY_TERMS = 32;
  /** Index terms one fuzzy word may expand to (Lucene's default, as in Solr and Elasticsearch). */
  public static final int MAX_FUZZY_EXPANSIONS = FuzzyQuery.defaultMaxExpansions;
  /** Facet values over all filters of one request ({@code country=...&topic=...&not_source=...}). */
  public static final int MAX_FILTER_VALUES = 100;

  private QueryLimits() {}

  /** Checks the text itself, before it is parsed. */
  public static void checkText(String text) {
    if (text.length() > MAX_QUERY_CHARS) {
      throw refused("the query is " + text.length() + " characters long; the limit is " + MAX_QUERY_CHARS);
    }
    int depth = nestingDepth(text);
    if (depth > MAX_NESTING_DEPTH) {
      throw nestingRefused(depth);
    }
  }

  static SearchException nestingRefused(int depth) {
    String found = depth > 0 ? depth + " levels" : "too many levels";
    return refused("the query nests parentheses " + found + " deep; the limit is " + MAX_NESTING_DEPTH);
  }

  /** Checks the parsed query: how many fuzzy words it holds. */
  public static void checkQuery(Query query) {
    Set<String> fuzzy = new HashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... terms) {
        if (q instanceof FuzzyQuery f) {
          fuzzy.add(f.getTerm().text());
        }
      }

      @Override
      public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
        if (q instanceof FuzzyQuery f) {
          fuzzy.add(f.getTerm().text());
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    if (fuzzy.size() > MAX_FUZZY_TERMS) {
      throw refused("the query has " + fuzzy.size() + " fuzzy (~) words; the limit is " + MAX_FUZZY_TERMS);
    }
  }

  /** True when the query holds a fuzzy, wildcard, prefix or regular-expression part. */
  public static boolean expandsTerms(Query query) {
    boolean[] found = {false};
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
        found[0] = true;
      }

      @Override
      public void visitLeaf(Query q) {
        found[0] |= q instanceof MultiTermQuery;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return found[0];
  }

  public static void checkFilterValues(int count) {
    if (count > MAX_FILTER_VALUES) {
      throw SearchException.badParameter("the request has " + count + " filter values; the limit is "
          + MAX_FILTER_VALUES + " over all filters");
    }
  }

  /**
   * The deepest nesting of parentheses outside quoted phrases and escapes, which both syntaxes
   * use for grouping.
   */
  static int nestingDepth(String text) {
    int depth = 0;
    int max = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        max = Math.max(max, ++depth);
      } else if (!quoted && c == ')' && depth > 0) {
        depth--;
      }
    }
    return max;
  }

  static SearchException refused(String message) {
    return new SearchException(SearchException.Code.BAD_QUERY, message);
  }
}
