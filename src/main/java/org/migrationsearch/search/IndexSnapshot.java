package org.migrationsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.migrationsearch.index.IndexSchema;

/**
 * A searcher over one commit, with what is derived once per commit rather than per request:
 * the facet ordinal state, the build info and the range of years present.
 */
public final class IndexSnapshot extends IndexSearcher {

  private final SortedSetDocValuesReaderState facetState;
  private final BuildInfo buildInfo;
  private final List<String> years;

  IndexSnapshot(IndexReader reader) throws IOException {
    super(reader);
    this.facetState = hasFacets(reader)
        ? new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig())
        : null;
    this.buildInfo = reader instanceof DirectoryReader dr
        ? BuildInfo.fromUserData(dr.getIndexCommit().getUserData())
        : new BuildInfo("unknown", null, null);
    this.years = yearRange();
  }

  private static boolean hasFacets(IndexReader reader) {
    return reader.leaves().stream().anyMatch(l ->
        l.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
  }

  /** Null when the index has no facet values at all (an empty corpus). */
  public SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  public BuildInfo buildInfo() {
    return buildInfo;
  }

  /** Every year from the earliest to the latest document, so a timeline has no holes. */
  public List<String> years() {
    return years;
  }

  public int documents() {
    return getIndexReader().numDocs();
  }

  /** Below this many documents a segment says little of how a search runs over the index. */
  static final int SAMPLE_MIN_DOCUMENTS = 1_000;

  /**
   * One of this commit's segments as a snapshot of its own: the smallest that holds at least
   * {@link #SAMPLE_MIN_DOCUMENTS} documents, or the largest when none does. A search on it goes
   * through every step a search of the whole index does, for a fraction of the hits.
   */
  IndexSnapshot sample() throws IOException {
    List<LeafReaderContext> leaves = getIndexReader().leaves();
    if (leaves.size() <= 1) {
      return this;
    }
    LeafReader chosen = null;
    LeafReader largest = null;
    for (LeafReaderContext leaf : leaves) {
      LeafReader r = leaf.reader();
      if (largest == null || r.numDocs() > largest.numDocs()) {
        largest = r;
      }
      if (r.numDocs() >= SAMPLE_MIN_DOCUMENTS && (chosen == null || r.numDocs() < chosen.numDocs())) {
        chosen = r;
      }
    }
    return new IndexSnapshot(chosen != null ? chosen : largest);
  }

  /** A light searcher over the same reader, with a time budget that only this request shares. */
  public IndexSearcher requestSearcher(org.apache.lucene.index.QueryTimeout timeout) {
    IndexSearcher s = new IndexSearcher(getIndexReader());
    s.setSimilarity(getSimilarity());
    s.setQueryCache(getQueryCache());
    s.setQueryCachingPolicy(getQueryCachingPolicy());
    s.setTimeout(timeout);
    return s;
  }

  /**
   * Read from the facet ordinals rather than by counting the years of every document: at a million
   * documents that count was a full pass over the index on every start and every refresh. A year
   * whose documents are all deleted but not yet merged away still has an ordinal, so the two ends
   * are checked against live documents (a doc-freq read when nothing is deleted).
   */
  private List<String> yearRange() throws IOException {
    List<String> out = new ArrayList<>();
    SortedSetDocValuesReaderState.OrdRange range = facetState == null ? null : facetState.getOrdRange(IndexSchema.FACET_YEAR);
    if (range == null) {
      return out;
    }
    SortedSetDocValues ords = facetState.getDocValues();
    List<Integer> present = new ArrayList<>();
    for (int ord = range.start; ord <= range.end; ord++) {
      String[] path = FacetsConfig.stringToPath(ords.lookupOrd(ord).utf8ToString());
      present.add(Integer.parseInt(path[path.length - 1]));
    }
    present.sort(null);
    int lo = 0;
    int hi = present.size() - 1;
    while (lo <= hi && !live(present.get(lo))) {
      lo++;
    }
    while (hi > lo && !live(present.get(hi))) {
      hi--;
    }
    if (lo > hi) {
      return out;
    }
    for (int y = present.get(lo); y <= present.get(hi); y++) {
      out.add(Integer.toString(y));
    }
    return out;
  }

  private boolean live(int year) throws IOException {
    String field = IndexSchema.facetsConfig().getDimConfig(IndexSchema.FACET_YEAR).indexFieldName;
    return count(new TermQuery(DrillDownQuery.term(field, IndexSchema.FACET_YEAR, Integer.toString(year)))) > 0;
  }
}
