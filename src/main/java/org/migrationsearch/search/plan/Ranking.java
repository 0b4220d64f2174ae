package org.migrationsearch.search.plan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.migrationsearch.index.IndexSchema;
import org.migrationsearch.search.SearchHit;

/** The ranking steps after matching: proximity rescoring, ties by id, and what each hit lacks. */
public final class Ranking {

  /** Below this many documents with every word, the search is relaxed to most of the words. */
  public static final int MIN_ALL_WORDS_HITS = 5;
  /** The top hits the proximity boosts rescore; deeper pages keep the first-pass order. */
  public static final int RESCORE_WINDOW = 100;

  public static final SortField ID_ORDER = new SortField(IndexSchema.ID_SORT, SortField.Type.STRING);
  public static final Sort BY_SCORE_THEN_ID = new Sort(SortField.FIELD_SCORE, ID_ORDER);

  private Ranking() {}

  /**
   * The first {@link #RESCORE_WINDOW} hits rescored, followed by the rest in first-pass order, so
   * a deep page and an export see the same order as the first page.
   */
  public static ScoreDoc[] rescoreWindow(IndexSearcher searcher, TopDocs firstPass, Query proximity)
      throws IOException {
    ScoreDoc[] all = firstPass.scoreDocs;
    int window = Math.min(all.length, RESCORE_WINDOW);
    ScoreDoc[] head = rescore(searcher,
        new TopDocs(firstPass.totalHits, Arrays.copyOfRange(all, 0, window)), proximity);
    ScoreDoc[] out = Arrays.copyOf(head, all.length);
    System.arraycopy(all, window, out, window, all.length - window);
    return out;
  }

  /**
   * The hits with the proximity query's score added where it matches, best first, equal scores
   * in id order.
   */
  public static ScoreDoc[] rescore(IndexSearcher searcher, TopDocs firstPass, Query proximity) throws IOException {
    TopDocs rescored = QueryRescorer.rescore(searcher, firstPass, proximity, 1.0, firstPass.scoreDocs.length);
    ScoreDoc[] docs = rescored.scoreDocs;
    String[] ids = ids(searcher, docs);
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -docs[i].score).thenComparing(i -> ids[i]));
    ScoreDoc[] out = new ScoreDoc[docs.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = docs[order[i]];
    }
    return out;
  }

  /** A hit sorted by score carries its score as the first sort value, not as its score. */
  public static void scoresFromSortValues(ScoreDoc[] docs) {
    for (ScoreDoc d : docs) {
      if (d instanceof FieldDoc fd && fd.fields.length > 0 && fd.fields[0] instanceof Float f) {
        d.score = f;
      }
    }
  }

  private static String[] ids(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    String[] ids = new String[docs.length];
    for (int i = 0; i < docs.length; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
      SortedDocValues values = leaf.reader().getSortedDocValues(IndexSchema.ID_SORT);
      int local = docs[i].doc - leaf.docBase;
      ids[i] = values != null && values.advanceExact(local) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }
    return ids;
  }

  /** Each hit with the words (or concepts) of the query it does not contain. */
  public static List<SearchHit> withMissingWords(IndexSearcher searcher, ScoreDoc[] docs, List<SearchHit> hits,
      List<QueryPlan.WordGroup> groups) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Weight> weights = new ArrayList<>();
    for (QueryPlan.WordGroup g : groups) {
      weights.add(searcher.createWeight(searcher.rewrite(g.query()), ScoreMode.COMPLETE_NO_SCORES, 1f));
    }
    List<SearchHit> out = new ArrayList<>(hits.size());
    for (int i = 0; i < docs.length; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
      int local = docs[i].doc - leaf.docBase;
      List<String> missing = new ArrayList<>();
      for (int g = 0; g < groups.size(); g++) {
        var scorer = weights.get(g).scorer(leaf);
        if (scorer == null || scorer.iterator().advance(local) != local) {
          missing.add(groups.get(g).label());
        }
      }
      out.add(hits.get(i).withMissing(missing));
    }
    return out;
  }

}
