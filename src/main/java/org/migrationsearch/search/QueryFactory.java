package org.migrationsearch.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.migrationsearch.index.IndexSchema;

/** Turns the user's query text into a Lucene query, or a {@code bad_query} error. */
public final class QueryFactory {

  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

  private QueryFactory() {}

  public static Query parse(String text, QuerySyntax syntax) {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    Query q;
    if (syntax == QuerySyntax.SIMPLE) {
      SimpleQueryParser parser = new SimpleQueryParser(IndexSchema.queryAnalyzer(), FieldExpandingQueryParser.weightedFields());
      parser.setDefaultOperator(BooleanClause.Occur.MUST);
      q = parser.parse(text);
    } else {
      try {
        q = new FieldExpandingQueryParser(IndexSchema.queryAnalyzer()).parse(text);
      } catch (ParseException e) {
        throw badQuery(text, e);
      } catch (IndexSearcher.TooManyClauses e) {
        throw new SearchException(SearchException.Code.BAD_QUERY,
            "the query expands to too many terms; make wildcards more specific");
      }
    }
    // Only stop words, or only operators: nothing to look for, so nothing matches.
    return q == null ? new org.apache.lucene.search.MatchNoDocsQuery("no searchable words") : q;
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
    if (message.contains("Encountered \"<EOF>\"")) {
      position = text.length();
      message = "the query ends too early (an operator or bracket is missing its other side)";
    } else if (message.startsWith("Encountered")) {
      message = "unexpected " + message.substring("Encountered".length()).strip();
    }
    return new SearchException(SearchException.Code.BAD_QUERY, message, position);
  }
}
