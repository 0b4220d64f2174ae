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
public final class SearchService {

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

  /**
   * The budget runs from the moment the request arrives: waiting for a place, the search, facet
   * counts and snippets all spend it, and snippets stop at the deadline rather than overrun it.
   */
  public SearchResponse search(SearchRequest request) {
    long started = System.nanoTime();
    Deadline deadline = new Deadline(timeBudget);
    Query userQuery = QueryFactory.parse(request.query(), request.syntax());
    try (SearchLimiter.Permit permit = limiter.acquire(deadline.remaining(), QueryLimits.expandsTerms(userQuery))) {
      return search(request, userQuery, started, deadline);
    }
  }

  private SearchResponse search(SearchRequest request, Query userQuery, long started, Deadline deadline) {
    boolean matchAll = userQuery instanceof MatchAllDocsQuery;
    Query base = FilterQueries.withDateRange(userQuery, request.from(), request.to());
    DrillDownQuery ddq = FilterQueries.drillDown(base, request.filters());
    int topN = request.page() * request.size();

    return index.withSnapshot(snapshot -> {
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
      Map<String, List<FacetValue>> facetValues = facetValues(facets, request, snapshot);
      Hits hits = toHits(searcher, page, request.highlight() ? userQuery : null, matchAll, deadline);
      long tookMs = (System.nanoTime() - started) / 1_000_000;
      return new SearchResponse(request.query(), top.totalHits.value, request.page(), request.size(), tookMs,
          hits.hits(), facetValues, hits.snippetsPartial() ? Boolean.TRUE : null);
    });
  }

  /** Facet counts over the whole index. */
  public Map<String, List<FacetValue>> facets() {
    SearchRequest all = SearchRequest.all();
    return search(new SearchRequest("", all.syntax(), Map.of(), null, null, all.sort(), 1, 1, false)).facets();
  }

  public Document document(String id) {
    return index.withSnapshot(snapshot -> {
      TopDocs top = snapshot.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        throw new SearchException(SearchException.Code.NOT_FOUND, "no document with id '" + id + "'");
      }
      return DocumentMapper.fromStored(snapshot.storedFields().document(top.scoreDocs[0].doc));
    });
  }

  public IndexStats stats() {
    Map<String, List<FacetValue>> facets = facets();
    return index.withSnapshot(snapshot -> new IndexStats(
        snapshot.documents(), snapshot.buildInfo().buildId(), snapshot.buildInfo().builtAt(),
        snapshot.buildInfo().corpus(), facets));
  }

  /** Up to {@code max} documents most like this one, by more-like-this over title and text. */
  public List<SearchHit> similar(String id, int max) {
    Deadline deadline = new Deadline(timeBudget);
    try (SearchLimiter.Permit permit = limiter.acquire(deadline.remaining())) {
      return similarTo(id, max, deadline);
    }
  }

  private List<SearchHit> similarTo(String id, int max, Deadline deadline) {
    Document source = document(id);
    return index.withSnapshot(snapshot -> {
      Query like = SimilarDocuments.query(snapshot.getIndexReader(), source);
      Query query = new BooleanQuery.Builder()
          .add(like, BooleanClause.Occur.SHOULD)
          .add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.MUST_NOT)
          .build();
      deadline.check();
      IndexSearcher searcher = snapshot.requestSearcher(deadline);
      TopDocs top = searcher.search(query, max);
      if (searcher.timedOut()) {
        throw deadline.exceeded();
      }
      return toHits(searcher, top.scoreDocs, null, false, deadline).hits();
    });
  }

  /**
   * Streams every hit of a search, in rank order, to {@code writer}: pages of hits are fetched
   * with search-after, so memory stays bounded however many documents match. One snapshot serves
   * the whole export, so it is consistent even if a reindex commits meanwhile. An export holds an
   * expensive search's place while it streams; its query phase (parsing, counting) has the
   * search budget, and past it the export is refused before its first byte.
   */
  public long export(SearchRequest request, ExportWriter writer) throws IOException {
    Deadline deadline = new Deadline(timeBudget);
    Query userQuery = QueryFactory.parse(request.query(), request.syntax());
    try (SearchLimiter.Permit permit = limiter.acquire(deadline.remaining(), true)) {
      return export(request, userQuery, writer, deadline);
    }
  }

  private long export(SearchRequest request, Query userQuery, ExportWriter writer, Deadline deadline)
      throws IOException {
    boolean matchAll = userQuery instanceof MatchAllDocsQuery;
    Query query = FilterQueries.drillDown(
        FilterQueries.withDateRange(userQuery, request.from(), request.to()), request.filters());
    try {
      return index.withSnapshot(snapshot -> {
        IndexSearcher counting = snapshot.requestSearcher(deadline);
        int total = counting.count(query);
        if (counting.timedOut()) {
          throw deadline.exceeded();
        }
        IndexSearcher searcher = snapshot.requestSearcher(null);
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
          for (SearchHit hit : toHits(searcher, page.scoreDocs, null, matchAll, null).hits()) {
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

  /** A page of hits; {@code snippetsPartial} when the deadline stopped highlighting before the last hit. */
  private record Hits(List<SearchHit> hits, boolean snippetsPartial) {}

  private Hits toHits(IndexSearcher searcher, ScoreDoc[] docs, Query highlightQuery, boolean matchAll,
      Deadline deadline) throws IOException {
    boolean highlight = highlightQuery != null && docs.length > 0;
    // One stored-fields read per hit serves both its display fields and its snippets.
    Map<Integer, org.apache.lucene.document.Document> stored = new HashMap<>();
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
      stored.put(ids[i], searcher.storedFields().document(ids[i], highlight ? DISPLAY_AND_TEXT_FIELDS : DISPLAY_FIELDS));
    }
    SnippetHighlighter.Result highlighted = highlight
        ? new SnippetHighlighter(searcher).highlight(highlightQuery, ids, stored, matchAll, deadline)
        : SnippetHighlighter.Result.NONE;
    Map<Integer, SnippetHighlighter.Snippets> snippets = highlighted.snippets();
    List<SearchHit> hits = new ArrayList<>(docs.length);
    for (ScoreDoc sd : docs) {
      Document d = DocumentMapper.fromStored(stored.get(sd.doc));
      SnippetHighlighter.Snippets s = snippets.get(sd.doc);
      float score = Float.isNaN(sd.score) ? 0f : sd.score;
      hits.add(new SearchHit(d.id(), d.title(), d.date(), d.type(), d.source(), d.url(), d.language(),
          d.countries(), d.topics(), score, s == null ? null : s.title(), s == null ? List.of() : s.text()));
    }
    return new Hits(hits, highlighted.partial());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  private static Map<String, List<FacetValue>> facetValues(Facets facets, SearchRequest request, IndexSnapshot snapshot)
      throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : IndexSchema.FILTER_FACETS) {
      Map<String, Long> counts = counts(facets, dim);
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
    Map<String, Long> yearCounts = counts(facets, IndexSchema.FACET_YEAR);
    List<FacetValue> years = new ArrayList<>();
    for (String y : snapshot.years()) {
      years.add(FacetValue.year(y, yearCounts.getOrDefault(y, 0L)));
    }
    out.put(IndexSchema.FACET_YEAR, years);
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
