package org.migrationsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
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

  /** A light searcher over the same reader, with a time budget that only this request shares. */
  public IndexSearcher requestSearcher(org.apache.lucene.index.QueryTimeout timeout) {
    IndexSearcher s = new IndexSearcher(getIndexReader());
    s.setSimilarity(getSimilarity());
    s.setQueryCache(getQueryCache());
    s.setQueryCachingPolicy(getQueryCachingPolicy());
    s.setTimeout(timeout);
    return s;
  }

  private List<String> yearRange() throws IOException {
    List<String> out = new ArrayList<>();
    if (facetState == null) {
      return out;
    }
    FacetsCollector fc = search(new MatchAllDocsQuery(), new FacetsCollectorManager());
    FacetResult r = new SortedSetDocValuesFacetCounts(facetState, fc).getAllChildren(IndexSchema.FACET_YEAR);
    if (r == null) {
      return out;
    }
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (LabelAndValue lv : r.labelValues) {
      int y = Integer.parseInt(lv.label);
      min = Math.min(min, y);
      max = Math.max(max, y);
    }
    for (int y = min; y <= max; y++) {
      out.add(Integer.toString(y));
    }
    return out;
  }
}
