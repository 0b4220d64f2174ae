package org.migrationsearch.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.index.IndexSchema;
import org.migrationsearch.search.BuildInfo;
import org.migrationsearch.search.export.ExportWriter;
import org.migrationsearch.search.facets.FacetFilter;
import org.migrationsearch.search.facets.FacetValue;
import org.migrationsearch.search.IndexStats;
import org.migrationsearch.search.plan.QueryFactory;
import org.migrationsearch.search.QuerySyntax;
import org.migrationsearch.search.SearchBackend;
import org.migrationsearch.search.SearchException;
import org.migrationsearch.search.SearchHit;
import org.migrationsearch.search.SearchRequest;
import org.migrationsearch.search.SearchResponse;
import org.migrationsearch.search.facets.FacetCounter;
import org.migrationsearch.search.SortOrder;

/**
 * Answers the API from a Solr collection built from the shipped configset: edismax over the same
 * language fields with the same weights and operators, any-of facet selections as tagged filters
 * that their own facet's counts exclude (Solr's form of drill-sideways), the unified highlighter
 * with our passage settings, and exports paged with a cursor.
 *
 * <p>Queries are first parsed by our own parser, so a query the local engine refuses is refused
 * here with the same message, and one that can match nothing (only stop words) matches nothing.
 */
public final class SolrSearchBackend implements SearchBackend {

  static final int TEXT_PASSAGES = 3;
  static final int PASSAGE_LENGTH = 220;
  static final int EXPORT_BATCH = 500;

  private static final String TITLE_WEIGHT = "2";
  /** A word's best field counts, the others add a tenth: the local planner's field tie. */
  static final String FIELD_TIE = "0.1";
  /** The local engine's proximity boost reaches words this many positions apart. */
  static final int PROXIMITY_SLOP = 10;

  private final SolrConnection solr;
  private final Duration timeBudget;

  public SolrSearchBackend(SolrConnection solr, Duration timeBudget) {
    this.solr = solr;
    this.timeBudget = timeBudget;
  }

  @Override
  public SearchResponse search(SearchRequest request) {
    long started = System.nanoTime();
    SolrQuery q = query(request);
    q.setStart((request.page() - 1) * request.size());
    q.setRows(request.size());
    q.setFields(fields(true));
    addFacets(q, request);
    boolean highlight = request.highlight() && !request.query().isBlank();
    // Solr highlights every row it returns; past the snippet limit, the page is fetched without
    // and its first hits are highlighted by a second request narrowed to their ids, as cheap as
    // the local backend's first-hits-only highlighting and with the same answer.
    boolean largePage = highlight && request.size() > SNIPPET_HITS;
    if (highlight && !largePage) {
      addHighlighting(q);
    }
    QueryResponse r = run(q);
    Map<String, Map<String, List<String>>> highlighting = largePage
        ? highlightFirst(request, r.getResults()) : r.getHighlighting();
    List<SearchHit> hits = new ArrayList<>();
    for (SolrDocument d : r.getResults()) {
      hits.add(hit(d, highlighting));
    }
    Map<String, Map<String, Long>> counts = new HashMap<>();
    for (String dim : IndexSchema.ALL_FACETS) {
      FacetField f = r.getFacetField(dim);
      Map<String, Long> c = new HashMap<>();
      if (f != null && f.getValues() != null) {
        f.getValues().forEach(v -> c.put(v.getName(), v.getCount()));
      }
      counts.put(dim, c);
    }
    Map<String, List<FacetValue>> facets = FacetCounter.values(counts, request.filters(), years());
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    boolean partial = largePage && hits.size() > SNIPPET_HITS;
    return new SearchResponse(request.query(), r.getResults().getNumFound(), request.page(), request.size(), tookMs,
        hits, facets, false, List.of(), null, null, partial ? Boolean.TRUE : null);
  }

  /** Snippets of the first {@link #SNIPPET_HITS} documents of a page, by the request's query. */
  private Map<String, Map<String, List<String>>> highlightFirst(SearchRequest request, List<SolrDocument> page) {
    List<String> ids = page.stream().limit(SNIPPET_HITS).map(d -> SolrDocuments.string(d, IndexSchema.ID)).toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    SolrQuery q = query(request);
    // Ids are joined by a control character, which indexing refuses in ids, so no id splits.
    q.addFilterQuery("{!terms f=" + IndexSchema.ID + " separator=$hl_ids_sep v=$hl_ids}");
    q.set("hl_ids_sep", "\u001f");
    q.set("hl_ids", String.join("\u001f", ids));
    q.setRows(ids.size());
    q.setFields(IndexSchema.ID);
    addHighlighting(q);
    Map<String, Map<String, List<String>>> out = run(q).getHighlighting();
    return out == null ? Map.of() : out;
  }

  @Override
  public Document document(String id) {
    SolrDocument d = call(c -> c.getById(id));
    if (d == null) {
      throw new SearchException(SearchException.Code.NOT_FOUND, "no document with id '" + id + "'");
    }
    return SolrDocuments.fromSolr(d);
  }

  @Override
  public IndexStats stats() {
    return new IndexStats(documentCount(), buildId(), null, solr.describe(), facets());
  }

  @Override
  public List<SearchHit> similar(String id, int max) {
    Document source = document(id);
    String lang = IndexSchema.languageKey(source.language());
    SolrQuery q = new SolrQuery("{!mlt qf=" + IndexSchema.titleField(lang) + "," + IndexSchema.textField(lang)
        + " mintf=1 mindf=1 maxqt=25}" + id);
    // Solr reads local parameters in q only with the standard parser, never with edismax.
    q.set("defType", "lucene");
    q.setRows(max + 1);
    q.setFields(fields(true));
    QueryResponse r = run(q);
    List<SearchHit> hits = new ArrayList<>();
    for (SolrDocument d : r.getResults()) {
      if (!id.equals(SolrDocuments.string(d, IndexSchema.ID)) && hits.size() < max) {
        hits.add(hit(d, null));
      }
    }
    return hits;
  }

  @Override
  public long export(SearchRequest request, ExportWriter writer) throws IOException {
    SolrQuery q = query(request);
    q.setRows(EXPORT_BATCH);
    q.setFields(fields(true));
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    long written = 0;
    boolean begun = false;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse r = run(q);
      if (!begun) {
        writer.begin(r.getResults().getNumFound(), new BuildInfo(buildId(), null, solr.describe()));
        begun = true;
      }
      for (SolrDocument d : r.getResults()) {
        writer.hit(hit(d, null));
        written++;
      }
      String next = r.getNextCursorMark();
      if (next == null || next.equals(cursor) || r.getResults().isEmpty()) {
        break;
      }
      cursor = next;
    }
    writer.end();
    return written;
  }

  @Override
  public int documentCount() {
    return (int) run(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
  }

  /** The query, filters and sort of a request, as Solr parameters. */
  SolrQuery query(SearchRequest request) {
    // Our parser decides what is a bad query, so both backends refuse the same ones alike.
    boolean nothing = QueryFactory.parse(request.query(), request.syntax()) instanceof MatchNoDocsQuery;
    SolrQuery q = new SolrQuery();
    if (request.query().isBlank()) {
      q.setQuery("*:*");
    } else {
      q.setQuery(request.query());
      q.set("defType", request.syntax() == QuerySyntax.SIMPLE ? "simple" : "edismax");
      q.set("q.op", "AND");
      q.set("sow", "true");
      q.set("tie", FIELD_TIE);
      q.set("qf", weighted(true, true));
      q.set("f.title.qf", weighted(true, false));
      q.set("f.text.qf", weighted(false, true));
      // Our proximity boost: a sloppy phrase over the query's words, per field, only adding to scores.
      q.set("pf", weighted(true, true));
      q.set("ps", Integer.toString(PROXIMITY_SLOP));
      q.set("uf", IndexSchema.TITLE + " " + IndexSchema.TEXT);
    }
    if (nothing) {
      q.addFilterQuery("-*:*");
    }
    for (String dim : IndexSchema.FILTER_FACETS) {
      FacetFilter f = request.filter(dim);
      if (f != null && !f.isEmpty()) {
        filters(dim, f).forEach(q::addFilterQuery);
      }
    }
    // Documents whose date overlaps the range: a partial date stands for its month or year.
    if (request.from() != null) {
      q.addFilterQuery(IndexSchema.DATE_LAST_DAY + ":[" + request.from().toEpochDay() + " TO *]");
    }
    if (request.to() != null) {
      q.addFilterQuery(IndexSchema.DATE_DAY + ":[* TO " + request.to().toEpochDay() + "]");
    }
    if (request.sort() != SortOrder.RELEVANCE) {
      q.addSort(IndexSchema.DATE_DAY, request.sort() == SortOrder.NEWEST ? SolrQuery.ORDER.desc : SolrQuery.ORDER.asc);
    }
    q.addSort("score", SolrQuery.ORDER.desc);
    // The unique key last: a total order, which cursors require, and ties broken by id.
    q.addSort(IndexSchema.ID, SolrQuery.ORDER.asc);
    q.set("timeAllowed", Long.toString(timeBudget.toMillis()));
    return q;
  }

  /**
   * As the local facet counter files them: an any-of selection is tagged with its dimension, so
   * that dimension's counts leave it out (ticking one more value widens the hits); all-of
   * selections and exclusions narrow every count, their own facet's included.
   */
  static List<String> filters(String dim, FacetFilter f) {
    String field = SolrFields.facetField(dim);
    List<String> out = new ArrayList<>();
    if (!f.values().isEmpty()) {
      String joined = f.values().stream().map(v -> field + ":" + quoted(v))
          .collect(Collectors.joining(f.matchAll() ? " AND " : " OR "));
      out.add(f.matchAll() ? joined : "{!tag=" + dim + "}(" + joined + ")");
    }
    for (String v : f.excluded()) {
      out.add("-" + field + ":" + quoted(v));
    }
    return out;
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Language fields with their weights, titles counting twice, as the local parser weighs them. */
  private static String weighted(boolean titles, boolean texts) {
    List<String> parts = new ArrayList<>();
    if (titles) {
      IndexSchema.titleFields().forEach(f -> parts.add(f + "^" + TITLE_WEIGHT));
    }
    if (texts) {
      parts.addAll(IndexSchema.textFields());
    }
    return String.join(" ", parts);
  }

  private static void addFacets(SolrQuery q, SearchRequest request) {
    q.setFacet(true);
    q.setFacetLimit(-1);
    q.setFacetMinCount(1);
    for (String dim : IndexSchema.ALL_FACETS) {
      FacetFilter f = request.filter(dim);
      boolean tagged = f != null && !f.values().isEmpty() && !f.matchAll();
      q.addFacetField("{!key=" + dim + (tagged ? " ex=" + dim : "") + "}" + SolrFields.facetField(dim));
    }
  }

  private static void addHighlighting(SolrQuery q) {
    q.setHighlight(true);
    q.set("hl.method", "unified");
    q.set("hl.fl", String.join(" ", IndexSchema.titleFields()) + " " + String.join(" ", IndexSchema.textFields()));
    q.set("hl.tag.pre", "<mark>");
    q.set("hl.tag.post", "</mark>");
    q.set("hl.encoder", "html");
    q.set("hl.offsetSource", "POSTINGS");
    q.set("hl.usePhraseHighlighter", "true");
    q.set("hl.maxAnalyzedChars", "5000000");
    q.set("hl.requireFieldMatch", "false");
    for (String f : IndexSchema.textFields()) {
      q.set("f." + f + ".hl.snippets", Integer.toString(TEXT_PASSAGES));
      q.set("f." + f + ".hl.fragsize", Integer.toString(PASSAGE_LENGTH));
      q.set("f." + f + ".hl.bs.type", "SENTENCE");
      q.set("f." + f + ".hl.defaultSummary", "true");
    }
    for (String f : IndexSchema.titleFields()) {
      q.set("f." + f + ".hl.snippets", "1");
      q.set("f." + f + ".hl.bs.type", "WHOLE");
      q.set("f." + f + ".hl.defaultSummary", "false");
    }
  }

  private static String[] fields(boolean withScore) {
    List<String> fl = new ArrayList<>(SolrDocuments.displayFields());
    if (withScore) {
      fl.add("score");
    }
    return fl.toArray(String[]::new);
  }

  private static SearchHit hit(SolrDocument d, Map<String, Map<String, List<String>>> highlighting) {
    String id = SolrDocuments.string(d, IndexSchema.ID);
    String lang = IndexSchema.languageKey(SolrDocuments.string(d, IndexSchema.LANGUAGE));
    Document doc = SolrDocuments.fromSolr(d);
    Map<String, List<String>> hl = highlighting == null ? null : highlighting.get(id);
    String titleSnippet = null;
    List<String> snippets = List.of();
    if (hl != null) {
      List<String> t = hl.get(IndexSchema.titleField(lang));
      if (t != null && !t.isEmpty() && t.get(0).contains("<mark>")) {
        titleSnippet = t.get(0);
      }
      List<String> s = hl.get(IndexSchema.textField(lang));
      snippets = s == null ? List.of() : List.copyOf(s);
    }
    Object score = d.getFieldValue("score");
    return SearchHit.of(doc).score(score instanceof Number n ? n.floatValue() : 0f).titleSnippet(titleSnippet)
        .snippets(snippets).build();
  }

  /** Every year from the earliest to the latest document, as the local index lists them. */
  private List<String> years() {
    SolrQuery q = new SolrQuery("*:*").setRows(0);
    q.setFacet(true);
    q.setFacetLimit(-1);
    q.setFacetMinCount(1);
    q.addFacetField(SolrFields.facetField(IndexSchema.FACET_YEAR));
    FacetField f = run(q).getFacetField(SolrFields.facetField(IndexSchema.FACET_YEAR));
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    if (f != null && f.getValues() != null) {
      for (FacetField.Count c : f.getValues()) {
        try {
          int y = Integer.parseInt(c.getName());
          min = Math.min(min, y);
          max = Math.max(max, y);
        } catch (NumberFormatException ignored) {
          // not a year; the local index ignores it too
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (int y = min; y <= max && min != Integer.MAX_VALUE; y++) {
      out.add(Integer.toString(y));
    }
    return out;
  }

  /** Names the collection's contents: the version Solr gave its latest update. */
  private String buildId() {
    SolrQuery q = new SolrQuery("*:*").setRows(1).setFields("_version_");
    q.setSort("_version_", SolrQuery.ORDER.desc);
    QueryResponse r = run(q);
    if (r.getResults().isEmpty()) {
      return solr.collection() + "-empty";
    }
    return solr.collection() + "-" + r.getResults().get(0).getFieldValue("_version_");
  }

  private QueryResponse run(SolrQuery q) {
    QueryResponse r = call(c -> c.query(q));
    Object partial = r.getResponseHeader() == null ? null : r.getResponseHeader().get("partialResults");
    if (Boolean.TRUE.equals(partial)) {
      throw new SearchException(SearchException.Code.TIMEOUT,
          "the search took longer than " + timeBudget.toMillis() + " ms; narrow the query");
    }
    return r;
  }

  private <T> T call(SolrConnection.Call<T> call) {
    try {
      return solr.withRetries(call);
    } catch (IOException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SolrException se && se.code() == 400) {
        throw new SearchException(SearchException.Code.BAD_QUERY, "Solr refused the query: " + se.getMessage());
      }
      throw new SearchException(SearchException.Code.BUSY, e.getMessage());
    }
  }
}
