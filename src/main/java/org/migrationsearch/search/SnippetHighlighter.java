package org.migrationsearch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
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
final class SnippetHighlighter {

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
  record Snippets(String title, List<String> text, List<Integer> textAnchors) {}

  /** Snippets by document; {@code partial} when the deadline came before every hit had its turn. */
  record Result(Map<Integer, Snippets> snippets, boolean partial) {
    static final Result NONE = new Result(Map.of(), false);
  }

  private final IndexSearcher searcher;

  SnippetHighlighter(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /**
   * @param stored each hit's stored fields, with at least title, text and language: the caller
   *     reads them once for display and highlighting alike, since every read decompresses the
   *     document's block again
   */
  Result highlight(Query query, int[] docIds, Map<Integer, org.apache.lucene.document.Document> stored,
      boolean matchAll, Deadline deadline) throws IOException {
    Map<Integer, Snippets> out = new HashMap<>();
    // Rewritten, a fuzzy term is the few index terms it expanded to, which the highlighter finds
    // by seeking each one; left as it is, it is an automaton run against every hit's terms.
    Query rewritten = searcher.rewrite(query);
    for (int from = 0; from < docIds.length; from += BATCH) {
      if (deadline != null && deadline.shouldExit()) {
        return new Result(out, true);
      }
      int[] batch = java.util.Arrays.copyOfRange(docIds, from, Math.min(docIds.length, from + BATCH));
      highlightBatch(rewritten, batch, stored, matchAll, out);
    }
    return new Result(out, false);
  }

  private void highlightBatch(Query query, int[] docIds, Map<Integer, org.apache.lucene.document.Document> stored,
      boolean matchAll, Map<Integer, Snippets> out) throws IOException {
    Map<Integer, String> languages = new HashMap<>();
    for (int id : docIds) {
      languages.put(id, IndexSchema.languageKey(stored.get(id).get(IndexSchema.LANGUAGE)));
    }
    String[] textFields = IndexSchema.textFields().toArray(String[]::new);
    String[] titleFields = IndexSchema.titleFields().toArray(String[]::new);

    Map<String, Object[]> text = newHighlighter(languages, stored, false)
        .highlight(textFields, query, docIds, TEXT_PASSAGES);
    Map<String, Object[]> titles = matchAll
        ? Map.of()
        : newHighlighter(languages, stored, true).highlight(titleFields, query, docIds, 1);

    for (int i = 0; i < docIds.length; i++) {
      String lang = languages.get(docIds[i]);
      Object[] textResult = text.get(IndexSchema.textField(lang));
      List<String> passages = new ArrayList<>();
      List<Integer> anchors = new ArrayList<>();
      if (textResult != null && textResult[i] instanceof MarkPassageFormatter.Formatted[] arr) {
        for (MarkPassageFormatter.Formatted f : arr) {
          passages.add(f.text());
          anchors.add(f.anchor());
        }
      }
      String title = null;
      Object[] titleResult = titles.get(IndexSchema.titleField(lang));
      if (titleResult != null && titleResult[i] instanceof MarkPassageFormatter.Formatted[] arr && arr.length > 0
          && arr[0].text().contains("<mark>")) {
        title = arr[0].text();
      }
      out.put(docIds[i], new Snippets(title, passages, anchors));
    }
  }

  private Highlighter newHighlighter(Map<Integer, String> languages,
      Map<Integer, org.apache.lucene.document.Document> stored, boolean title) {
    UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(searcher, IndexSchema.analyzer())
        .withFormatter(new MarkPassageFormatter())
        .withMaxLength(MAX_CONTENT_LENGTH)
        .withMaxNoHighlightPassages(title ? 0 : 1)
        .withHighlightPhrasesStrictly(true)
        .withBreakIterator(title
            ? WholeBreakIterator::new
            : () -> LengthGoalBreakIterator.createClosestToLength(
                PrecomputedBreakIterator.snippetSentences(), PASSAGE_LENGTH, 0.5f));
    return new Highlighter(b, languages, stored);
  }

  /** Loads each document's stored title or text for its own language's field only. */
  private static final class Highlighter extends UnifiedHighlighter {
    private final Map<Integer, String> languages;
    private final Map<Integer, org.apache.lucene.document.Document> stored;

    Highlighter(Builder builder, Map<Integer, String> languages, Map<Integer, org.apache.lucene.document.Document> stored) {
      super(builder);
      this.languages = languages;
      this.stored = stored;
    }

    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int passages) throws IOException {
      int[] max = new int[fields.length];
      java.util.Arrays.fill(max, passages);
      return highlightFieldsAsObjects(fields, query, docIds, max);
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
        String lang = languages.getOrDefault(doc, IndexSchema.OTHER);
        CharSequence[] row = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          boolean ownLanguage = fields[f].equals(IndexSchema.titleField(lang)) || fields[f].equals(IndexSchema.textField(lang));
          String value = ownLanguage ? stored.get(IndexSchema.logicalField(fields[f])) : null;
          row[f] = value == null ? "" : value;
        }
        values.add(row);
      }
      return values;
    }
  }
}
