package org.migrationsearch.search.highlight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.migrationsearch.index.IndexSchema;

/**
 * Snippets from Lucene's {@link UnifiedHighlighter}, reading match offsets from the postings
 * (stored at index time) so long reports are not re-analysed. Title and text are indexed per
 * language but stored once under their logical names; this highlighter maps one to the other.
 */
public final class SnippetHighlighter {

  static final int TEXT_PASSAGES = 3;
  static final int PASSAGE_LENGTH = 220;
  /** Whole 100-page reports are highlighted, not just their first pages. */
  static final int MAX_CONTENT_LENGTH = 5_000_000;

  /** Hits highlighted at a time between looks at the deadline: one costly batch bounds the overrun. */
  static final int BATCH = 4;

  /**
   * Title and text snippets of one hit; the title snippet is null when the title did not match.
   * {@code textAnchors} holds, for each text snippet, the offset its page is told from.
   */
  public record Snippets(String title, List<String> text, List<Integer> textAnchors) {}

  /** Snippets by document; {@code partial} when the deadline came before every hit had its turn. */
  public record Result(Map<Integer, Snippets> snippets, boolean partial) {
    public static final Result NONE = new Result(Map.of(), false);
  }

  private final IndexSearcher searcher;

  public SnippetHighlighter(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /**
   * @param stored each hit's stored fields, with at least title, text and language: the caller
   *     reads them once for display and highlighting alike, since every read decompresses the
   *     document's block again
   * @param deadline checked between batches of hits; null for none
   */
  public Result highlight(Query query, int[] docIds, Map<Integer, org.apache.lucene.document.Document> stored,
      boolean matchAll, QueryTimeout deadline) throws IOException {
    Map<Integer, Snippets> out = new HashMap<>();
    // Rewritten, a fuzzy term is the few index terms it expanded to, which the highlighter finds
    // by seeking each one; left as it is, it is an automaton run against every hit's terms.
    Query rewritten = searcher.rewrite(query);
    Map<String, Optional<Query>> byField = new HashMap<>();
    for (int from = 0; from < docIds.length; from += BATCH) {
      if (deadline != null && deadline.shouldExit()) {
        return new Result(out, true);
      }
      int[] batch = Arrays.copyOfRange(docIds, from, Math.min(docIds.length, from + BATCH));
      highlightBatch(field -> byField.computeIfAbsent(field, f -> Optional.ofNullable(FieldQueries.only(rewritten, f)))
          .orElse(NOTHING), batch, stored, matchAll, out);
    }
    return new Result(out, false);
  }

  /** Stands for a query with nothing on a field: the text's opening passage is shown unmarked. */
  private static final Query NOTHING = new MatchNoDocsQuery();

  private void highlightBatch(Function<String, Query> queryOn, int[] docIds,
      Map<Integer, org.apache.lucene.document.Document> stored, boolean matchAll, Map<Integer, Snippets> out)
      throws IOException {
    Map<String, List<Integer>> byLanguage = new LinkedHashMap<>();
    for (int id : docIds) {
      String lang = IndexSchema.languageKey(stored.get(id).get(IndexSchema.LANGUAGE));
      byLanguage.computeIfAbsent(lang, l -> new ArrayList<>()).add(id);
    }
    // Each language's hits are highlighted in their own fields only, with only the query's
    // clauses on those fields.
    for (Map.Entry<String, List<Integer>> group : byLanguage.entrySet()) {
      String lang = group.getKey();
      int[] ids = group.getValue().stream().mapToInt(Integer::intValue).toArray();
      String textField = IndexSchema.textField(lang);
      String titleField = IndexSchema.titleField(lang);
      Object[] text = newHighlighter(stored, false).highlight(textField, queryOn.apply(textField), ids, TEXT_PASSAGES);
      Object[] titles = matchAll ? null : newHighlighter(stored, true).highlight(titleField, queryOn.apply(titleField), ids, 1);
      for (int i = 0; i < ids.length; i++) {
        List<String> passages = new ArrayList<>();
        List<Integer> anchors = new ArrayList<>();
        if (text[i] instanceof MarkPassageFormatter.Formatted[] arr) {
          for (MarkPassageFormatter.Formatted f : arr) {
            passages.add(f.text());
            anchors.add(f.anchor());
          }
        }
        String title = null;
        if (titles != null && titles[i] instanceof MarkPassageFormatter.Formatted[] arr && arr.length > 0
            && arr[0].text().contains("<mark>")) {
          title = arr[0].text();
        }
        out.put(ids[i], new Snippets(title, passages, anchors));
      }
    }
  }

  private Highlighter newHighlighter(Map<Integer, org.apache.lucene.document.Document> stored, boolean title) {
    UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(searcher, IndexSchema.analyzer())
        .withFormatter(new MarkPassageFormatter())
        .withMaxLength(MAX_CONTENT_LENGTH)
        .withMaxNoHighlightPassages(title ? 0 : 1)
        .withHighlightPhrasesStrictly(true)
        .withBreakIterator(title
            ? WholeBreakIterator::new
            : () -> LengthGoalBreakIterator.createClosestToLength(
                WindowedBreakIterator.snippetSentences(), PASSAGE_LENGTH, 0.5f));
    return new Highlighter(b, stored);
  }

  /**
   * Highlights one physical field (title or text of the hits' language) from the stored value of
   * its logical field.
   */
  private static final class Highlighter extends UnifiedHighlighter {
    private final Map<Integer, org.apache.lucene.document.Document> stored;

    Highlighter(Builder builder, Map<Integer, org.apache.lucene.document.Document> stored) {
      super(builder);
      this.stored = stored;
    }

    Object[] highlight(String field, Query query, int[] docIds, int passages) throws IOException {
      return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {passages}).get(field);
    }

    @Override
    protected OffsetSource getOffsetSource(String field) {
      return OffsetSource.POSTINGS;
    }

    /**
     * The stock choice falls back to re-analysing each whole document into a memory index for
     * wildcards and for query parts it does not recognise (match-all, for one); that was most of
     * the time of a search. Every text field has offsets in its postings, which answer those too.
     */
    @Override
    protected OffsetSource getOptimizedOffsetSource(org.apache.lucene.search.uhighlight.UHComponents components) {
      OffsetSource chosen = super.getOptimizedOffsetSource(components);
      return chosen == OffsetSource.ANALYSIS ? OffsetSource.POSTINGS : chosen;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
        throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
        var stored = this.stored.get(doc);
        if (stored == null) {
          stored = searcher.storedFields().document(doc, Set.of(IndexSchema.TITLE, IndexSchema.TEXT));
        }
        CharSequence[] row = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          String value = stored.get(IndexSchema.logicalField(fields[f]));
          row[f] = value == null ? "" : value;
        }
        values.add(row);
      }
      return values;
    }
  }
}
