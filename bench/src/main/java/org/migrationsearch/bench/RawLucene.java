package org.migrationsearch.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.migrationsearch.index.IndexSchema;

/**
 * The query-side limit: what Lucene alone does for the same request on the same index, written
 * the plain way. All words required over every language's title and text (titles twice), the
 * same query analysis (with the thesaurus), relaxed to half of the words when fewer than five
 * documents match, the six facet dimensions counted from doc values, and snippets from the
 * postings' offsets for the ten hits shown. No spelling, concepts, proximity or time budget.
 */
final class RawLucene {

  private static final String[] TEXT_FIELDS = IndexSchema.textFields().toArray(String[]::new);

  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState facetState;
  private final String[] fields;
  private final Map<String, Float> boosts = new HashMap<>();

  RawLucene(DirectoryReader reader) throws IOException {
    this.searcher = new IndexSearcher(reader);
    this.facetState = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
    List<String> f = new ArrayList<>(IndexSchema.titleFields());
    f.addAll(IndexSchema.textFields());
    this.fields = f.toArray(String[]::new);
    IndexSchema.titleFields().forEach(t -> boosts.put(t, 2f));
  }

  /** Runs one query of the mix; returns the number of matching documents. */
  long search(QueryMix.Query q) throws IOException {
    Query words = parse(q.q(), false);
    var result = FacetsCollectorManager.search(searcher, filtered(words, q), 10, new FacetsCollectorManager());
    if (result.topDocs().totalHits.value < 5 && q.plainWords()) {
      words = parse(q.q(), true);
      result = FacetsCollectorManager.search(searcher, filtered(words, q), 10, new FacetsCollectorManager());
    }
    Facets facets = new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector());
    for (String dim : IndexSchema.ALL_FACETS) {
      try {
        facets.getTopChildren(10, dim);
      } catch (IllegalArgumentException absent) {
        // a dimension no document of this index holds
      }
    }
    if (!q.q().isBlank() && result.topDocs().scoreDocs.length > 0) {
      new Snippets(searcher).highlightFields(TEXT_FIELDS, words, result.topDocs(), new int[] {2, 2, 2});
    }
    // Stored fields of the page, as every engine returns them.
    StoredFields stored = searcher.storedFields();
    for (var sd : result.topDocs().scoreDocs) {
      stored.document(sd.doc);
    }
    return result.topDocs().totalHits.value;
  }

  private Query parse(String text, boolean relaxed) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    MultiFieldQueryParser p = new MultiFieldQueryParser(fields, IndexSchema.queryAnalyzer(), boosts);
    p.setDefaultOperator(relaxed ? QueryParser.Operator.OR : QueryParser.Operator.AND);
    try {
      Query parsed = p.parse(text);
      if (relaxed && parsed instanceof BooleanQuery b) {
        BooleanQuery.Builder mm = new BooleanQuery.Builder();
        b.clauses().forEach(mm::add);
        mm.setMinimumNumberShouldMatch((b.clauses().size() + 1) / 2);
        return mm.build();
      }
      return parsed;
    } catch (ParseException e) {
      return new MatchAllDocsQuery();
    }
  }

  private Query filtered(Query words, QueryMix.Query q) {
    DrillDownQuery dd = new DrillDownQuery(IndexSchema.facetsConfig(), words);
    q.filters().forEach((dim, values) -> values.forEach(v -> dd.add(dim, v)));
    if (q.from() == null) {
      return dd;
    }
    return new BooleanQuery.Builder()
        .add(dd, BooleanClause.Occur.MUST)
        .add(LongPoint.newRangeQuery(IndexSchema.DATE_LAST_DAY, q.from().toEpochDay(), Long.MAX_VALUE),
            BooleanClause.Occur.FILTER)
        .build();
  }

  /** The text is stored once under {@code text}; each language field highlights from it. */
  private static final class Snippets extends UnifiedHighlighter {
    private final IndexSearcher searcher;

    Snippets(IndexSearcher searcher) {
      super(UnifiedHighlighter.builder(searcher, IndexSchema.analyzer()).withMaxLength(100_000));
      this.searcher = searcher;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
        throws IOException {
      List<CharSequence[]> out = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
        String text = stored.document(doc).get(IndexSchema.TEXT);
        CharSequence[] values = new CharSequence[fields.length];
        java.util.Arrays.fill(values, text == null ? "" : text);
        out.add(values);
      }
      return out;
    }
  }
}
