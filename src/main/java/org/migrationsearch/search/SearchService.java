package org.migrationsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.index.DocumentMapper;
import org.migrationsearch.index.IndexSchema;
import org.migrationsearch.search.plan.QueryPlan;
import org.migrationsearch.search.plan.Ranking;
import org.migrationsearch.search.plan.SpellingCorrector;
import org.migrationsearch.search.facets.FacetCounter;
import org.migrationsearch.search.highlight.SnippetHighlighter;
import org.migrationsearch.search.facets.FacetValue;
import org.migrationsearch.search.cache.ResultCache;
import org.migrationsearch.search.export.ExportWriter;
import org.migrationsearch.search.plan.SimilarDocuments;

/**
 * Searches the index: ranked hits, multi-select facet counts and snippets. The CLI and the web
 * layer both call this with plain request records and print what it returns.
 */
public final class SearchService implements SearchBackend {

  private final IndexAccess index;
  private final Duration timeBudget;

  private final SearchLimiter limiter;

  /** Bytes the result cache may hold by its estimate, whatever its number of entries. */
  static final long RESULT_CACHE_BYTES = 64L << 20;

  /** Answers by commit and request; null when the cache is off. */
  private final ResultCache<CacheKey, SearchResponse> results;

  /**
   * A request's plan follows from the request alone (the planner and its thesauri are fixed for
   * the life of the process), so the request stands for its plan; the reader's cache key names
   * the commit searched, so an answer is never served from another commit.
   */
  private record CacheKey(Object commit, SearchRequest request) {}

  public SearchService(IndexAccess index, Duration timeBudget) {
    this(index, timeBudget, SearchLimiter.forThisMachine(), 0);
  }

  /** @param resultCacheEntries how many finished answers to keep; 0 keeps none */
  public SearchService(IndexAccess index, Duration timeBudget, int resultCacheEntries) {
    this(index, timeBudget, SearchLimiter.forThisMachine(), resultCacheEntries);
  }

  public SearchService(IndexAccess index, Duration timeBudget, SearchLimiter limiter) {
    this(index, timeBudget, limiter, 0);
  }

  private SearchService(IndexAccess index, Duration timeBudget, SearchLimiter limiter, int resultCacheEntries) {
    this.index = index;
    this.timeBudget = timeBudget;
    this.limiter = limiter;
    this.results = resultCacheEntries > 0 ? new ResultCache<>(resultCacheEntries, RESULT_CACHE_BYTES) : null;
    if (results != null) {
      // Keys of older commits are never asked for again; dropping them frees their room at once.
      index.addListener(new ReferenceManager.RefreshListener() {
        @Override
        public void beforeRefresh() {}

        @Override
        public void afterRefresh(boolean didRefresh) {
          if (didRefresh) {
            results.clear();
          }
        }
      });
    }
  }

  public IndexAccess index() {
    return index;
  }

  /**
   * The budget runs from the moment the request arrives: waiting for a place, the search, facet
   * counts and snippets all spend it, and snippets stop at the deadline rather than overrun it.
   */
  @Override
  public SearchResponse search(SearchRequest request) {
    long started = System.nanoTime();
    userSearched = true;
    CacheKey key = results == null ? null
        : new CacheKey(index.withSnapshot(s -> s.getIndexReader().getReaderCacheHelper().getKey()), request);
    SearchResponse cached = key == null ? null : results.get(key);
    if (cached != null) {
      return cached.withTookMs((System.nanoTime() - started) / 1_000_000);
    }
    RequestPlan plan = RequestPlan.of(request, timeBudget);
    SearchResponse response;
    try (SearchLimiter.Permit permit = limiter.acquire(plan.deadline().remaining(), plan.kind())) {
      response = search(plan, started, true);
    }
    // An answer the deadline may have cut is not what the same request gets on a quiet machine;
    // one whose deadline had not passed when it was built is whole (a large page's snippet limit
    // is part of the answer, the same every time), so it is kept.
    if (key != null && !plan.deadline().shouldExit()) {
      results.put(key, response, estimatedBytes(response));
    }
    return response;
  }

  /**
   * Queries of every form a page sends (words, a phrase, a fuzzy and a prefix word, filters and
   * facets, a page of 100, newest first), in the domain's common words: what the warm-up runs.
   */
  private static final List<SearchRequest> WARM_UP = List.of(
      request("asylum", SortOrder.RELEVANCE, 10),
      request("refugee protection border", SortOrder.RELEVANCE, 20),
      request("\"humanitarian parole\"", SortOrder.RELEVANCE, 10),
      request("migration~2 OR asylum~2 OR refugee~1", SortOrder.RELEVANCE, 100),
      request("deport* policy", SortOrder.NEWEST, 10),
      request("", SortOrder.NEWEST, 10));

  private static SearchRequest request(String query, SortOrder sort, int size) {
    return SearchRequest.builder().query(query).sort(sort).page(1, size).build();
  }

  /**
   * Runs representative searches, past the result cache, until {@code forAtMost} has passed or
   * each ran {@code rounds} times, so that the first users of a fresh server do not pay for the
   * JVM compiling the search path (Solr's first-searcher warming): cold, one heavy fuzzy page
   * takes over a second, and a crowd of first requests then waits past its budget. A warm-up
   * search takes a place only when one is free at once, so it never delays a user's request.
   *
   * @return how many warm-up searches ran
   */
  public int warmUp(Duration forAtMost, int rounds) {
    long until = System.nanoTime() + forAtMost.toNanos();
    int ran = 0;
    for (int round = 0; round < rounds; round++) {
      for (SearchRequest request : WARM_UP) {
        if (System.nanoTime() > until) {
          return ran;
        }
        RequestPlan plan = RequestPlan.of(request, timeBudget);
        try (SearchLimiter.Permit permit = limiter.acquire(Duration.ZERO, plan.kind())) {
          search(plan, System.nanoTime(), true);
          ran++;
        } catch (SearchException busyOrLate) {
          // Users came first; warming is only worth what it does not cost them.
        }
      }
    }
    return ran;
  }

  /** Set by the first user search: there is nothing left to prime then. */
  private volatile boolean userSearched;

  /** Not a query the page opens with, so priming never stands in for any user's first answer. */
  private static final SearchRequest PRIME = request("refugee protection", SortOrder.RELEVANCE, 10);

  /**
   * One search of the form a first visitor sends (words, facets, snippets), written as JSON and
   * dropped: the first search of a process loads the query dictionaries, analyzers, highlighter,
   * facet labels and JSON serializers, a few hundred milliseconds of work before any answer. It
   * runs on one segment of the index ({@link IndexSnapshot#sample}), so it costs a fraction of a
   * search of the whole index and reaches its snippets and JSON soon. A first user's search
   * arriving meanwhile is not held up by it: on the other core, the prime readies the steps that
   * come after the hits are counted while that search is still counting them. An index of one
   * segment is its own sample, whose search takes seconds cold at 1M documents: that prime still
   * stops as soon as a user's search begins, since the two would only take turns on two cores.
   * Like the warm-up it passes the result cache and takes only a free place.
   *
   * @return whether it ran to the end; false when a user has searched already
   */
  public boolean prime() {
    if (userSearched) {
      return false;
    }
    return index.withSnapshot(snapshot -> {
      IndexSnapshot sample = snapshot.sample();
      BooleanSupplier givesWay = sample == snapshot ? () -> userSearched : () -> false;
      RequestPlan plan = RequestPlan.of(PRIME, new Deadline(timeBudget, givesWay));
      try (SearchLimiter.Permit permit = limiter.acquire(Duration.ZERO, plan.kind())) {
        Json.write(answer(sample, plan, System.nanoTime()));
        return true;
      } catch (SearchException busyOrLate) {
        return false;
      }
    });
  }

  /** Roughly what an answer occupies on the heap: its text, twice over for UTF-16, and objects. */
  private static long estimatedBytes(SearchResponse r) {
    long chars = r.query().length();
    for (SearchHit h : r.hits()) {
      chars += 200 + length(h.title()) + length(h.titleSnippet()) + length(h.url());
      for (String s : h.snippets()) {
        chars += s.length();
      }
    }
    for (List<FacetValue> values : r.facets().values()) {
      chars += 40L * values.size();
    }
    return 512 + 2 * chars;
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }

  private SearchResponse search(RequestPlan plan, long started, boolean mayCorrect) {
    SearchResponse response = index.withSnapshot(snapshot -> answer(snapshot, plan, started));
    // The correction replaces the results only when it finds documents with every word where the
    // words as typed found fewer: otherwise it is offered as a suggestion.
    if (response.suggestion() != null && mayCorrect) {
      // Planned once: counted, and then searched if it finds more.
      RequestPlan correction = plan.withQuery(response.suggestion());
      if (allWordsCount(correction) > allWordsCount(plan)) {
        SearchResponse corrected = search(correction, started, false);
        return corrected.withCorrectedFrom(plan.request().query(), (System.nanoTime() - started) / 1_000_000);
      }
    }
    return response;
  }

  /** One page of the plan's results from {@code snapshot}, with its facet counts and snippets. */
  private static SearchResponse answer(IndexSnapshot snapshot, RequestPlan plan, long started) throws IOException {
    SearchRequest request = plan.request();
    QueryPlan words = plan.query();
    Deadline deadline = plan.deadline();
    IndexSearcher searcher = snapshot;
    // Deciding whether to relax counts matches; those counts spend the same time budget.
    IndexSearcher counting = snapshot.requestSearcher(deadline);
    Query userQuery = plan.matchQuery(counting);
    if (counting.timedOut()) {
      throw deadline.exceeded();
    }
    boolean relaxed = userQuery != words.strict();
    DrillDownQuery ddq = plan.filtered(userQuery);
    TopDocs top;
    Facets facets = null;
    if (snapshot.facetState() == null) {
      top = searcher.search(ddq, deadline.guard(plan.collector(plan.window())));
    } else {
      DrillSideways ds = new DrillSideways(searcher, IndexSchema.facetsConfig(), snapshot.facetState());
      var result = ds.search(ddq, deadline.guard(plan.collector(plan.window())));
      top = result.collectorResult;
      facets = result.facets;
    }
    deadline.check();
    ScoreDoc[] ranked = top.scoreDocs;
    if (plan.ranksByScore()) {
      Ranking.scoresFromSortValues(ranked);
    }
    if (plan.rescores()) {
      ranked = Ranking.rescoreWindow(searcher, top, words.proximity());
    } else if (request.sort() != SortOrder.RELEVANCE && ranked.length > 0 && !words.matchAll()) {
      TopFieldCollector.populateScores(ranked, searcher, userQuery);
    }
    int from = Math.min((request.page() - 1) * request.size(), ranked.length);
    ScoreDoc[] page = Arrays.copyOfRange(ranked, from, Math.min(ranked.length, plan.pageEnd()));
    // Snippets follow the words searched for; the filters are on other fields and only make the
    // highlighter treat the query as one it does not understand.
    Hits found = toHits(searcher, page, request.highlight() ? words.highlight() : null, words.matchAll(), deadline);
    List<SearchHit> hits = found.hits();
    if (relaxed) {
      hits = Ranking.withMissingWords(searcher, page, hits, words.groups());
    }
    Map<String, List<FacetValue>> facetValues = FacetCounter.values(facets, request.filters(), snapshot.years());
    String suggestion = words.words().isEmpty() || !(relaxed || top.totalHits.value == 0) ? null
        : SpellingCorrector.correct(searcher.getIndexReader(), request.query()).orElse(null);
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    return new SearchResponse(request.query(), top.totalHits.value, request.page(), request.size(), tookMs,
        hits, facetValues, relaxed, words.expanded(), suggestion, null, found.snippetsPartial() ? Boolean.TRUE : null);
  }

  private int allWordsCount(RequestPlan plan) {
    return index.withSnapshot(plan::allWordsCount);
  }

  /** Facet counts over the whole index. */
  @Override
  public Map<String, List<FacetValue>> facets() {
    return search(SearchRequest.builder().page(1, 1).highlight(false).build()).facets();
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
   * the whole export, so it is consistent even if a reindex commits meanwhile. An export holds one
   * of the export places while it streams; its query phase (parsing, counting) has the
   * search budget, and past it the export is refused before its first byte.
   */
  @Override
  public long export(SearchRequest request, ExportWriter writer) throws IOException {
    RequestPlan plan = RequestPlan.of(request, timeBudget);
    try (SearchLimiter.Permit permit = limiter.acquire(plan.deadline().remaining(), SearchLimiter.Kind.EXPORT)) {
      return export(plan, writer);
    }
  }

  private long export(RequestPlan plan, ExportWriter writer) throws IOException {
    boolean matchAll = plan.query().matchAll();
    Deadline deadline = plan.deadline();
    try {
      return index.withSnapshot(snapshot -> {
        IndexSearcher counting = snapshot.requestSearcher(deadline);
        Query query = plan.filtered(plan.matchQuery(counting));
        int total = counting.count(query);
        if (counting.timedOut()) {
          throw deadline.exceeded();
        }
        IndexSearcher searcher = snapshot.requestSearcher(null);
        writer.begin(total, snapshot.buildInfo());
        Sort sort = plan.order();
        boolean rescore = plan.rescores();
        ScoreDoc after = null;
        long written = 0;
        while (true) {
          TopDocs page = searcher.searchAfter(after, query, rescore && after == null ? Ranking.RESCORE_WINDOW
              : EXPORT_BATCH, sort, !matchAll);
          if (page.scoreDocs.length == 0) {
            break;
          }
          ScoreDoc[] docs = page.scoreDocs;
          if (plan.ranksByScore()) {
            Ranking.scoresFromSortValues(docs);
          }
          if (rescore && after == null) {
            // The same top window, reordered the same way as the search's pages.
            docs = Ranking.rescore(searcher, page, plan.query().proximity());
          }
          for (SearchHit hit : toHits(searcher, docs, null, matchAll, null).hits()) {
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

  private static final Set<String> DISPLAY_FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.DATE,
      IndexSchema.TYPE, IndexSchema.SOURCE, IndexSchema.URL, IndexSchema.LANGUAGE, IndexSchema.COUNTRIES,
      IndexSchema.TOPICS, IndexSchema.PAGE_STARTS);
  private static final Set<String> DISPLAY_AND_TEXT_FIELDS = union(DISPLAY_FIELDS, Set.of(IndexSchema.TEXT));

  /**
   * A page of hits; {@code snippetsPartial} when some hits have no snippets or fewer: the page
   * was larger than {@link #SNIPPET_HITS}, or the deadline stopped highlighting before the last.
   */
  private record Hits(List<SearchHit> hits, boolean snippetsPartial) {}

  private static Hits toHits(IndexSearcher searcher, ScoreDoc[] docs, Query highlightQuery, boolean matchAll,
      Deadline deadline) throws IOException {
    int highlighting = highlightQuery == null ? 0 : Math.min(docs.length, SNIPPET_HITS);
    // One stored-fields read per hit serves both its display fields and its snippets.
    Map<Integer, org.apache.lucene.document.Document> stored = new HashMap<>();
    int[] ids = new int[highlighting];
    for (int i = 0; i < docs.length; i++) {
      boolean withText = i < highlighting;
      if (withText) {
        ids[i] = docs[i].doc;
      }
      stored.put(docs[i].doc, searcher.storedFields().document(docs[i].doc,
          withText ? DISPLAY_AND_TEXT_FIELDS : DISPLAY_FIELDS));
    }
    SnippetHighlighter.Result highlighted = highlighting > 0
        ? new SnippetHighlighter(searcher).highlight(highlightQuery, ids, stored, matchAll, deadline)
        : SnippetHighlighter.Result.NONE;
    boolean partial = highlighted.partial() || (highlightQuery != null && docs.length > highlighting);
    Map<Integer, SnippetHighlighter.Snippets> snippets = highlighted.snippets();
    List<SearchHit> hits = new ArrayList<>(docs.length);
    for (ScoreDoc sd : docs) {
      Document d = DocumentMapper.fromStored(stored.get(sd.doc));
      SnippetHighlighter.Snippets s = snippets.get(sd.doc);
      float score = Float.isNaN(sd.score) ? 0f : sd.score;
      hits.add(SearchHit.of(d).score(score).titleSnippet(s == null ? null : s.title())
          .snippets(s == null ? List.of() : s.text()).snippetPages(snippetPages(stored.get(sd.doc), s)).build());
    }
    return new Hits(hits, partial);
  }

  /** The page of each snippet of a paged document; null for documents without pages. */
  private static List<Integer> snippetPages(org.apache.lucene.document.Document stored, SnippetHighlighter.Snippets s) {
    List<Integer> starts = DocumentMapper.pageStarts(stored);
    if (starts.isEmpty()) {
      return null;
    }
    return s == null ? List.of() : s.textAnchors().stream().map(offset -> Document.pageAt(starts, offset)).toList();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }
}
