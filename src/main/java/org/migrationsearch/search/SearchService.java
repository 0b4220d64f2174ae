package org.migrationsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.index.DocumentMapper;
import org.migrationsearch.index.IndexSchema;

/**
 * Searches the index: ranked hits, multi-select facet counts and snippets. The CLI and the web
 * layer both call this with plain request records and print what it returns.
 */
public final class SearchService implements SearchBackend {

  private final IndexAccess index;
  private final Duration timeBudget;

  private final SearchLimiter limiter;

  public SearchService(IndexAccess index, Duration timeBudget) {
    this(index, timeBudget, SearchLimiter.forThisMachine());
  }

  public SearchService(IndexAccess index, Duration timeBudget, SearchLimiter limiter) {
    this.index = index;
    this.timeBudget = timeBudget;
    this.limiter = limiter;
  }

  public IndexAccess index() {
    return index;
  }

  @Override
  public SearchResponse search(SearchRequest request) {
    long started = System.nanoTime();
    // A search waits for a place at most its own budget, then answers busy.
    try (SearchLimiter.Permit permit = limiter.acquire(timeBudget)) {
      return search(request, started);
    }
  }

  private SearchResponse search(SearchRequest request, long started) {
    Query userQuery = QueryFactory.parse(request.query(), request.syntax());
    boolean matchAll = userQuery instanceof MatchAllDocsQuery;
    Query base = FilterQueries.withDateRange(userQuery, request.from(), request.to());
    DrillDownQuery ddq = FilterQueries.drillDown(base, request.filters());
    int topN = request.page() * request.size();

    return index.withSnapshot(snapshot -> {
      Deadline deadline = new Deadline(timeBudget);
      IndexSearcher searcher = snapshot;
      TopDocs top;
      Facets facets = null;
      if (snapshot.facetState() == null) {
        top = searcher.search(ddq, deadline.guard(collector(request.sort(), topN)));
      } else {
        DrillSideways ds = new DrillSideways(searcher, IndexSchema.facetsConfig(), snapshot.facetState());
        var result = ds.search(ddq, deadline.guard(collector(request.sort(), topN)));
        top = result.collectorResult;
        facets = result.facets;
      }
      deadline.check();
      if (request.sort() != SortOrder.RELEVANCE && top.scoreDocs.length > 0 && !matchAll) {
        TopFieldCollector.populateScores(top.scoreDocs, searcher, userQuery);
      }
      int from = Math.min((request.page() - 1) * request.size(), top.scoreDocs.length);
      ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
      // Snippets follow the words searched for; the filters are on other fields and only make the
      // highlighter treat the query as one it does not understand.
      List<SearchHit> hits = toHits(searcher, page, request.highlight() ? userQuery : null, matchAll);
      Map<String, List<FacetValue>> facetValues = facetValues(facets, request, snapshot);
      long tookMs = (System.nanoTime() - started) / 1_000_000;
      return new SearchResponse(request.query(), top.totalHits.value, request.page(), request.size(), tookMs,
          hits, facetValues);
    });
  }

  @Override
  public Document document(String id) {
    return index.withSnapshot(snapshot -> {
      TopDocs top = snapshot.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        throw new SearchException(SearchException.Code.NOT_FOUND, "no document with id '" + id + "'");
      }
      return DocumentMapper.fromStored(snapshot.storedFields().document(top.scoreDocs[0].doc));
    });
  }

  @Override
  public IndexStats stats() {
    Map<String, List<FacetValue>> facets = facets();
    return index.withSnapshot(snapshot -> new IndexStats(
        snapshot.documents(), snapshot.buildInfo().buildId(), snapshot.buildInfo().builtAt(),
        snapshot.buildInfo().corpus(), facets));
  }

  /** Up to {@code max} documents most like this one, by more-like-this over title and text. */
  @Override
  public List<SearchHit> similar(String id, int max) {
    try (SearchLimiter.Permit permit = limiter.acquire(timeBudget)) {
      return similarTo(id, max);
    }
  }

  private List<SearchHit> similarTo(String id, int max) {
    Document source = document(id);
    return index.withSnapshot(snapshot -> {
      Query like = SimilarDocuments.query(snapshot.getIndexReader(), source);
      Query query = new BooleanQuery.Builder()
          .add(like, BooleanClause.Occur.SHOULD)
          .add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.MUST_NOT)
          .build();
      IndexSearcher searcher = snapshot.requestSearcher(new Deadline(timeBudget));
      TopDocs top = searcher.search(query, max);
      if (searcher.timedOut()) {
        throw new Deadline(timeBudget).exceeded();
      }
      return toHits(searcher, top.scoreDocs, null, false);
    });
  }

  /**
   * Streams every hit of a search, in rank order, to {@code writer}: pages of hits are fetched
   * with search-after, so memory stays bounded however many documents match. One snapshot serves
   * the whole export, so it is consistent even if a reindex commits meanwhile.
   */
  @Override
  public long export(SearchRequest request, ExportWriter writer) throws IOException {
    Query userQuery = QueryFactory.parse(request.query(), request.syntax());
    boolean matchAll = userQuery instanceof MatchAllDocsQuery;
    Query query = FilterQueries.drillDown(
        FilterQueries.withDateRange(userQuery, request.from(), request.to()), request.filters());
    try {
      return index.withSnapshot(snapshot -> {
        IndexSearcher searcher = snapshot.requestSearcher(null);
        int total = searcher.count(query);
        writer.begin(total, snapshot.buildInfo());
        ScoreDoc after = null;
        long written = 0;
        while (true) {
          TopDocs page = switch (request.sort()) {
            case RELEVANCE -> searcher.searchAfter(after, query, EXPORT_BATCH);
            case NEWEST -> searcher.searchAfter(after, query, EXPORT_BATCH, byDate(true), !matchAll);
            case OLDEST -> searcher.searchAfter(after, query, EXPORT_BATCH, byDate(false), !matchAll);
          };
          if (page.scoreDocs.length == 0) {
            break;
          }
          for (SearchHit hit : toHits(searcher, page.scoreDocs, null, matchAll)) {
            writer.hit(hit);
            written++;
          }
          after = page.scoreDocs[page.scoreDocs.length - 1];
        }
        writer.end();
        return written;
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  static final int EXPORT_BATCH = 500;

  @Override
  public int documentCount() {
    return index.withSnapshot(IndexSnapshot::documents);
  }

  private static CollectorManager<?, ? extends TopDocs> collector(SortOrder sort, int topN) {
    return switch (sort) {
      case RELEVANCE -> new TopScoreDocCollectorManager(topN, null, Integer.MAX_VALUE, false);
      case NEWEST -> new TopFieldCollectorManager(byDate(true), topN, null, Integer.MAX_VALUE, false);
      case OLDEST -> new TopFieldCollectorManager(byDate(false), topN, null, Integer.MAX_VALUE, false);
    };
  }

  /** Undated documents come last either way. */
  static Sort byDate(boolean newestFirst) {
    SortField date = new SortField(IndexSchema.DATE_DAY, SortField.Type.LONG, newestFirst);
    date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(date, SortField.FIELD_SCORE, SortField.FIELD_DOC);
  }

  private static final Set<String> DISPLAY_FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.DATE,
      IndexSchema.TYPE, IndexSchema.SOURCE, IndexSchema.URL, IndexSchema.LANGUAGE, IndexSchema.COUNTRIES,
      IndexSchema.TOPICS);
  private static final Set<String> DISPLAY_AND_TEXT_FIELDS = union(DISPLAY_FIELDS, Set.of(IndexSchema.TEXT));

  private List<SearchHit> toHits(IndexSearcher searcher, ScoreDoc[] docs, Query highlightQuery, boolean matchAll)
      throws IOException {
    boolean highlight = highlightQuery != null && docs.length > 0;
    // One stored-fields read per hit serves both its display fields and its snippets.
    Map<Integer, org.apache.lucene.document.Document> stored = new HashMap<>();
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
      stored.put(ids[i], searcher.storedFields().document(ids[i], highlight ? DISPLAY_AND_TEXT_FIELDS : DISPLAY_FIELDS));
    }
    Map<Integer, SnippetHighlighter.Snippets> snippets = highlight
        ? new SnippetHighlighter(searcher).highlight(highlightQuery, ids, stored, matchAll)
        : Map.of();
    List<SearchHit> hits = new ArrayList<>(docs.length);
    for (ScoreDoc sd : docs) {
      Document d = DocumentMapper.fromStored(stored.get(sd.doc));
      SnippetHighlighter.Snippets s = snippets.get(sd.doc);
      float score = Float.isNaN(sd.score) ? 0f : sd.score;
      hits.add(new SearchHit(d.id(), d.title(), d.date(), d.type(), d.source(), d.url(), d.language(),
          d.countries(), d.topics(), score, s == null ? null : s.title(), s == null ? List.of() : s.text()));
    }
    return hits;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  private static Map<String, List<FacetValue>> facetValues(Facets facets, SearchRequest request, IndexSnapshot snapshot)
      throws IOException {
    Map<String, Map<String, Long>> counts = new HashMap<>();
    for (String dim : IndexSchema.ALL_FACETS) {
      counts.put(dim, counts(facets, dim));
    }
    return facetValues(counts, request, snapshot.years());
  }

  /**
   * The facet values to show, from each dimension's positive counts, most frequent first. Picked
   * and excluded values stay listed at zero so they can be unpicked; {@code years} lists every
   * year of the index, zeros included. Any backend's counts go through here.
   */
  public static Map<String, List<FacetValue>> facetValues(Map<String, Map<String, Long>> countsByDim,
      SearchRequest request, List<String> years) {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : IndexSchema.FILTER_FACETS) {
      Map<String, Long> counts = new HashMap<>(countsByDim.getOrDefault(dim, Map.of()));
      FacetFilter filter = request.filter(dim);
      if (filter != null) {
        filter.values().forEach(v -> counts.putIfAbsent(v, 0L));
        filter.excluded().forEach(v -> counts.putIfAbsent(v, 0L));
      }
      List<FacetValue> values = new ArrayList<>();
      counts.forEach((value, count) -> values.add(new FacetValue(value, FacetLabels.label(dim, value), count,
          filter != null && filter.values().contains(value),
          filter != null && filter.excluded().contains(value) ? Boolean.TRUE : null)));
      values.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.label().compareTo(b.label()));
      out.put(dim, values);
    }
    Map<String, Long> yearCounts = countsByDim.getOrDefault(IndexSchema.FACET_YEAR, Map.of());
    List<FacetValue> yearValues = new ArrayList<>();
    for (String y : years) {
      yearValues.add(FacetValue.year(y, yearCounts.getOrDefault(y, 0L)));
    }
    out.put(IndexSchema.FACET_YEAR, yearValues);
    return out;
  }

  private static Map<String, Long> counts(Facets facets, String dim) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    if (facets == null) {
      return counts;
    }
    FacetResult r;
    try {
      r = facets.getAllChildren(dim);
    } catch (IllegalArgumentException e) {
      return counts; // the dimension has no values in this index
    }
    if (r != null) {
      for (LabelAndValue lv : r.labelValues) {
        if (lv.value.longValue() > 0) {
          counts.put(lv.label, lv.value.longValue());
        }
      }
    }
    return counts;
  }
}
