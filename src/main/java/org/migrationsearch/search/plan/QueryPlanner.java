package org.migrationsearch.search.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.migrationsearch.index.ConceptThesaurus;
import org.migrationsearch.index.IndexSchema;
import org.migrationsearch.index.LanguageAnalyzers;
import org.migrationsearch.index.Thesaurus;
import org.migrationsearch.search.plan.QueryFactory;
import org.migrationsearch.search.QuerySyntax;

/**
 * Turns query text into a {@link QueryPlan}. Text with operators (quotes, AND/OR/NOT, +/-,
 * fields, wildcards, fuzzy, brackets) is parsed as written and keeps its exact boolean meaning.
 * Plain words become word groups: each word, or each concept the thesaurus knows by several names,
 * is one group; the strict query needs every group, the relaxed one some of them.
 *
 * <p>Each word is searched in every language's title and text fields at once as one
 * disjunction (best field, plus a little of the others), not as a sum, so a word is not counted
 * again for every field that happens to hold it.
 */
public final class QueryPlanner {

  public static final float TITLE_BOOST = 2.0f;
  /** Share of the other fields' scores added to the best field's. */
  static final float FIELD_TIE = 0.1f;
  /** Concept names the user did not type weigh this much of the typed words. */
  static final float EXPANSION_WEIGHT = 0.5f;
  /** Relaxed matches need at least this share of the words. */
  static final double RELAXED_FRACTION = 0.5;
  /** Question words are ignored only in queries at least this long: "how" alone is what was asked. */
  static final int QUESTION_MIN_WORDS = 3;

  /** A name's words may be this many positions out of place ("Protocols for Migrant Protection" does not count). */
  static final int NAME_SLOP = 1;
  static final float PHRASE_WEIGHT = 1.0f;
  static final int PHRASE_SLOP = 10;
  static final float PAIR_WEIGHT = 0.5f;
  static final int PAIR_SLOP = 1;
  /**
   * Words beyond this many distinct ones are ignored: a pasted paragraph is searched by its
   * first words rather than refused or left to exceed Lucene's clause limit.
   */
  static final int MAX_WORDS = 32;
  /** Beyond this many words, a phrase of them all is too unlikely to be worth its cost. */
  static final int MAX_PHRASE_WORDS = 10;

  /**
   * Anything beyond words: quotes, brackets, field or boost marks, wildcards, fuzzy or regex
   * marks, a leading + or -, or the words AND, OR, NOT in capitals.
   */
  private static final Pattern OPERATORS = Pattern.compile(
      "[\"()\\[\\]{}:^~*?/\\\\!]|&&|\\|\\||(^|\\s)[+-]|(^|\\s)(AND|OR|NOT)(\\s|$)");
  /** Sentence punctuation at the end of a question is not a wildcard. */
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[?.!,;]+\\s*$");

  private final ConceptThesaurus concepts;
  private final Thesaurus translations;

  public QueryPlanner(ConceptThesaurus concepts, Thesaurus translations) {
    this.concepts = concepts;
    this.translations = translations;
  }

  public static QueryPlanner bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final QueryPlanner BUNDLED = new QueryPlanner(ConceptThesaurus.bundled(), Thesaurus.bundled());
  }

  /** Whether the text is plain words, to be matched all-words-first. */
  public static boolean isPlainWords(String text) {
    return !OPERATORS.matcher(TRAILING_PUNCTUATION.matcher(text).replaceAll("")).find();
  }

  public QueryPlan plan(String text, QuerySyntax syntax, boolean expand) {
    if (text == null || text.isBlank() || text.strip().equals("*") || text.strip().equals("*:*")) {
      return new QueryPlan(new MatchAllDocsQuery(), List.of(), null, List.of(), List.of());
    }
    if (!isPlainWords(text)) {
      return new QueryPlan(QueryFactory.parse(text, syntax), List.of(), null, List.of(), List.of());
    }
    List<String> tokens = ConceptThesaurus.words(TRAILING_PUNCTUATION.matcher(text).replaceAll(""));
    boolean question = tokens.stream().filter(t -> !LanguageAnalyzers.isStopWord(t)).count() >= QUESTION_MIN_WORDS;
    List<String> content = new ArrayList<>();
    boolean[] isContent = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      isContent[i] = !LanguageAnalyzers.isStopWord(t) && !(question && QuestionWords.contains(t));
      if (isContent[i] && content.size() < MAX_WORDS && !content.contains(t)) {
        content.add(t);
      } else {
        isContent[i] = false;
      }
    }
    if (content.isEmpty()) {
      return new QueryPlan(new MatchNoDocsQuery("no searchable words"), List.of(), null, List.of(), List.of());
    }
    Analyzer wordAnalyzer = expand ? IndexSchema.queryAnalyzer() : IndexSchema.analyzer();
    List<ConceptThesaurus.Match> matches = expand ? concepts.find(tokens) : List.of();
    List<QueryPlan.WordGroup> groups = new ArrayList<>();
    Set<String> expanded = new LinkedHashSet<>();
    int m = 0;
    for (int i = 0; i < tokens.size(); ) {
      ConceptThesaurus.Match match = m < matches.size() && matches.get(m).start() == i ? matches.get(m++) : null;
      if (match != null) {
        Query group = conceptGroup(tokens, isContent, match, wordAnalyzer);
        if (group != null) {
          groups.add(new QueryPlan.WordGroup(String.join(" ", tokens.subList(match.start(), match.end())), group));
          expanded.addAll(match.alternatives());
        }
        i = match.end();
        continue;
      }
      if (isContent[i]) {
        Query word = word(tokens.get(i), wordAnalyzer);
        if (word != null) {
          groups.add(new QueryPlan.WordGroup(tokens.get(i), word));
          if (expand) {
            expanded.addAll(translations.spanishFor(tokens.get(i)));
            expanded.addAll(translations.englishFor(tokens.get(i)));
          }
        }
      }
      i++;
    }
    if (groups.isEmpty()) {
      return new QueryPlan(new MatchNoDocsQuery("no searchable words"), List.of(), null, List.of(), List.of());
    }
    BooleanQuery.Builder strict = new BooleanQuery.Builder();
    groups.forEach(g -> strict.add(g.query(), BooleanClause.Occur.MUST));
    content.forEach(expanded::remove);
    return new QueryPlan(strict.build(), groups, proximity(content), List.copyOf(expanded), content);
  }

  /**
   * A concept: the name as typed, as a phrase (a name recognised as one is not a bag of words),
   * or any of its other names.
   */
  private static Query conceptGroup(List<String> tokens, boolean[] isContent, ConceptThesaurus.Match match,
      Analyzer wordAnalyzer) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    List<String> typed = tokens.subList(match.start(), match.end());
    boolean anyContent = false;
    for (int k = match.start(); k < match.end(); k++) {
      anyContent |= isContent[k];
    }
    Query asTyped = anyContent ? phrase(String.join(" ", typed), NAME_SLOP, wordAnalyzer) : null;
    if (asTyped != null) {
      any.add(asTyped, BooleanClause.Occur.SHOULD);
    }
    for (String name : match.alternatives()) {
      Query alt = phrase(name, NAME_SLOP, IndexSchema.analyzer());
      if (alt != null) {
        any.add(new BoostQuery(alt, EXPANSION_WEIGHT), BooleanClause.Occur.SHOULD);
      }
    }
    BooleanQuery q = any.build();
    return q.clauses().isEmpty() ? null : q;
  }

  /** One word in every title and text field, the best field counting most. */
  static Query word(String word, Analyzer analyzer) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    List<Query> perField = new ArrayList<>();
    for (String field : fields()) {
      Query q = builder.createBooleanQuery(field, word, BooleanClause.Occur.MUST);
      if (q != null) {
        perField.add(boostTitle(field, q));
      }
    }
    return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, FIELD_TIE);
  }

  /** Words in this order, at most {@code slop} positions out of place, in every field. */
  static Query phrase(String text, int slop, Analyzer analyzer) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    List<Query> perField = new ArrayList<>();
    for (String field : fields()) {
      Query q = builder.createPhraseQuery(field, text, slop);
      if (q != null) {
        perField.add(boostTitle(field, q));
      }
    }
    return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, FIELD_TIE);
  }

  /**
   * Boosts for the words as a phrase and for each adjacent pair (Solr's pf and pf2), in titles
   * above texts, scored on the exact index analysis without translations.
   */
  static Query proximity(List<String> content) {
    if (content.size() < 2) {
      return null;
    }
    List<String> words = content.subList(0, Math.min(content.size(), MAX_PHRASE_WORDS));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Query all = phrase(String.join(" ", words), PHRASE_SLOP, IndexSchema.analyzer());
    if (all != null) {
      b.add(new BoostQuery(all, PHRASE_WEIGHT), BooleanClause.Occur.SHOULD);
    }
    for (int i = 0; i + 1 < words.size() && words.size() > 2; i++) {
      Query pair = phrase(words.get(i) + " " + words.get(i + 1), PAIR_SLOP, IndexSchema.analyzer());
      if (pair != null) {
        b.add(new BoostQuery(pair, PAIR_WEIGHT), BooleanClause.Occur.SHOULD);
      }
    }
    BooleanQuery q = b.build();
    return q.clauses().isEmpty() ? null : q;
  }

  private static Query boostTitle(String field, Query q) {
    return field.startsWith(IndexSchema.TITLE) ? new BoostQuery(q, TITLE_BOOST) : q;
  }

  private static List<String> fields() {
    List<String> out = new ArrayList<>(IndexSchema.titleFields());
    out.addAll(IndexSchema.textFields());
    return out;
  }
}
