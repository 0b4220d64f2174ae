package org.migrationsearch.search.plan;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.migrationsearch.index.IndexSchema;
import org.migrationsearch.search.QuerySyntax;
import org.migrationsearch.search.SearchException;

/** Turns the user's query text into a Lucene query, or a {@code bad_query} error. */
public final class QueryFactory {

  /** What Solr users type to list everything. */
  private static final java.util.Set<String> MATCH_ALL = java.util.Set.of("*", "*:*");

  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

  private QueryFactory() {}

  /** Lucene's simple syntax over the weighted fields, its fuzzy words expanded once per snapshot. */
  private static final class SimpleParser extends SimpleQueryParser {
    SimpleParser() {
      super(IndexSchema.queryAnalyzer(), FieldExpandingQueryParser.weightedFields());
    }

    /** As Lucene's own, but with {@link FuzzyExpansions}. */
    @Override
    protected Query newFuzzyQuery(String text, int fuzziness) {
      BooleanQuery.Builder bq = new BooleanQuery.Builder();
      for (Map.Entry<String, Float> field : weights.entrySet()) {
        Query q = FuzzyExpansions.query(new Term(field.getKey(), getAnalyzer().normalize(field.getKey(), text)),
            fuzziness);
        bq.add(field.getValue() == 1f ? q : new BoostQuery(q, field.getValue()), BooleanClause.Occur.SHOULD);
      }
      return simplify(bq.build());
    }
  }

  public static Query parse(String text, QuerySyntax syntax) {
    if (text == null || text.isBlank() || MATCH_ALL.contains(text.strip())) {
      return new MatchAllDocsQuery();
    }
    Query q;
    try {
      if (syntax == QuerySyntax.SIMPLE) {
        SimpleQueryParser parser = new SimpleParser();
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        q = parser.parse(text);
      } else {
        q = new FieldExpandingQueryParser(IndexSchema.queryAnalyzer()).parse(text);
      }
    } catch (ParseException e) {
      throw badQuery(text, e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses();
    } catch (TooComplexToDeterminizeException e) {
      throw new SearchException(SearchException.Code.BAD_QUERY, "a wildcard or regular expression is too complex"
          + " (it would need more than " + Operations.DEFAULT_DETERMINIZE_WORK_LIMIT + " automaton states); simplify it");
    } catch (StackOverflowError e) {
      throw QueryLimits.nestingRefused(-1);
    } catch (IllegalArgumentException e) {
      // Lucene refuses some well-formed syntax when it builds the query, e.g. a bad /regex/.
      throw new SearchException(SearchException.Code.BAD_QUERY,
          e.getMessage() == null ? "the query cannot be run" : e.getMessage());
    }
    if (q != null && clauseCount(q) > IndexSearcher.getMaxClauseCount()) {
      // Lucene counts clauses only when the search runs; refusing here keeps it a 400, not a 500.
      throw tooManyClauses();
    }
    // Only stop words, or only operators: nothing to look for, so nothing matches.
    if (q != null) {
      QueryLimits.checkQuery(q);
    }
    if (q == null) {
      return new org.apache.lucene.search.MatchNoDocsQuery("no searchable words");
    }
    return q instanceof MatchAllDocsQuery ? q : ProximityBoost.apply(q);
  }

  private static SearchException tooManyClauses() {
    return new SearchException(SearchException.Code.BAD_QUERY,
        "the query has too many words or expands to too many terms (the limit is " + IndexSearcher.getMaxClauseCount()
            + " clauses); shorten it or make wildcards more specific");
  }

  /** Leaf queries, as {@link IndexSearcher} counts them against its clause limit. */
  private static int clauseCount(Query q) {
    int[] count = {0};
    q.visit(new org.apache.lucene.search.QueryVisitor() {
      @Override
      public void consumeTerms(Query query, org.apache.lucene.index.Term... terms) {
        count[0]++;
      }

      @Override
      public void consumeTermsMatching(Query query, String field,
          java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
        count[0]++;
      }

      @Override
      public void visitLeaf(Query query) {
        count[0]++;
      }

      @Override
      public org.apache.lucene.search.QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return count[0];
  }

  private static SearchException badQuery(String text, ParseException e) {
    String message = e.getMessage() == null ? "cannot parse the query" : e.getMessage();
    String prefix = "Cannot parse '" + text + "': ";
    if (message.startsWith(prefix)) {
      message = message.substring(prefix.length());
    }
    message = message.replace('\n', ' ').replaceAll("\\s+", " ").strip();
    Integer position = null;
    Matcher m = COLUMN.matcher(message);
    if (m.find()) {
      // JavaCC counts columns from 1; positions count characters from 0.
      position = Math.max(0, Math.min(text.length(), Integer.parseInt(m.group(1)) - 1));
    }
    if (message.startsWith("Lexical error") && message.contains("<EOF>")) {
      position = text.length();
      message = "the query ends inside a quoted phrase or an escape; close the quote";
    } else if (message.contains("Encountered \"<EOF>\"")) {
      position = text.length();
      message = "the query ends too early (an operator or bracket is missing its other side)";
    } else if (message.startsWith("Encountered")) {
      message = "unexpected " + message.substring("Encountered".length()).strip();
    }
    // People read positions from 1, as "character N", on the page, in the CLI and here alike; the
    // answer's position field is the 0-based offset a program slices the query with.
    message = message.replaceAll("\\s*at line \\d+, column \\d+\\.?", "").strip();
    if (position != null) {
      message = message + " (at character " + (position + 1) + ")";
    }
    return new SearchException(SearchException.Code.BAD_QUERY, message, position);
  }
}
