package org.migrationsearch.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.enrich.DocumentEnricher;
import org.migrationsearch.index.CorpusIndexer;
import org.migrationsearch.index.IndexProgress;
import org.migrationsearch.index.IndexReport;
import org.migrationsearch.index.IndexSchema;

/**
 * Sends a corpus to a Solr collection: read and enriched by the same {@link CorpusIndexer} run
 * as a local index, in batches from every worker thread, then one commit.
 *
 * <p>A rebuild first deletes everything and makes the whole corpus visible at its final commit:
 * searchers keep the previous contents until then (the configset's autocommit never opens a
 * searcher), and a rebuild killed midway and run again ends with exactly the corpus. An update
 * reads the ids and content hashes Solr holds, sends only new and changed documents and deletes
 * the ids whose source is gone.
 */
public final class SolrPusher {

  private final DocumentEnricher enricher;
  private final int threads;
  private final int batchSize;
  private final IndexProgress progress;

  public SolrPusher(DocumentEnricher enricher, int threads, int batchSize, IndexProgress progress) {
    this.enricher = enricher;
    this.threads = Math.max(1, threads);
    this.batchSize = Math.max(1, batchSize);
    this.progress = progress;
  }

  public IndexReport push(Path corpus, SolrConnection solr, boolean update, boolean strict) throws IOException {
    long started = System.nanoTime();
    long before = count(solr);
    if (strict) {
      // Solr cannot roll a collection back, so skipped files are found before anything is sent.
      var dryRun = new CorpusIndexer(d -> d, threads, IndexProgress.NONE).scan(corpus, Map.of(), false, NO_SINK);
      if (!dryRun.skipped().isEmpty()) {
        return IndexReport.builder(mode(update)).files(dryRun.files()).skipped(dryRun.skipped())
            .warnings(dryRun.warnings()).seconds(seconds(started)).refused(IndexReport.Outcome.STRICT_SKIPPED, null)
            .build();
      }
    }
    Map<String, CorpusIndexer.Existing> existing = update && before > 0 ? existing(solr) : Map.of();
    if (!update) {
      solr.withRetries(c -> c.deleteByQuery("*:*"));
    }
    BatchingSink sink = new BatchingSink(solr);
    var result = new CorpusIndexer(enricher, threads, progress).scan(corpus, existing, update, sink);
    sink.flush();
    solr.withRetries(c -> c.commit(true, true));
    int indexed = update ? result.written() : (int) count(solr);
    return IndexReport.builder(mode(update)).indexed(indexed).files(result.files()).skipped(result.skipped())
        .warnings(result.warnings()).seconds(seconds(started)).unchanged(result.unchanged()).deleted(result.deleted())
        .build();
  }

  private static final CorpusIndexer.Sink NO_SINK = new CorpusIndexer.Sink() {
    @Override
    public void write(Document enriched, String contentHash, boolean replacing) {}

    @Override
    public void delete(String id) {}
  };

  private static double seconds(long started) {
    return (System.nanoTime() - started) / 1e9;
  }

  private static String mode(boolean update) {
    return update ? "update" : "rebuild";
  }

  static long count(SolrConnection solr) throws IOException {
    QueryResponse r = solr.withRetries(c -> c.query(new SolrQuery("*:*").setRows(0)));
    return r.getResults().getNumFound();
  }

  /** Every id in the collection with its hash and path, read with a cursor in pages. */
  static Map<String, CorpusIndexer.Existing> existing(SolrConnection solr) throws IOException {
    Map<String, CorpusIndexer.Existing> out = new HashMap<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery q = new SolrQuery("*:*")
          .setFields(IndexSchema.ID, IndexSchema.HASH, IndexSchema.PATH)
          .setRows(1000)
          .setSort(IndexSchema.ID, SolrQuery.ORDER.asc);
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse r = solr.withRetries(c -> c.query(q));
      for (SolrDocument d : r.getResults()) {
        out.put(SolrDocuments.string(d, IndexSchema.ID), new CorpusIndexer.Existing(
            SolrDocuments.string(d, IndexSchema.HASH), SolrDocuments.string(d, IndexSchema.PATH)));
      }
      String next = r.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return out;
      }
      cursor = next;
    }
  }

  /** Items collected from many threads; whoever fills the batch takes it. */
  private final class Batch<T> {
    private List<T> items = new ArrayList<>();

    /** Adds {@code item}; returns the full batch to send, or null. */
    synchronized List<T> add(T item) {
      items.add(item);
      return items.size() >= batchSize ? take() : null;
    }

    synchronized List<T> take() {
      List<T> out = items;
      items = new ArrayList<>();
      return out;
    }
  }

  /** Collects documents from the worker threads; the thread that fills a batch sends it. */
  private final class BatchingSink implements CorpusIndexer.Sink {
    private final SolrConnection solr;
    private final Batch<SolrInputDocument> adds = new Batch<>();
    private final Batch<String> deletes = new Batch<>();

    BatchingSink(SolrConnection solr) {
      this.solr = solr;
    }

    @Override
    public void write(Document enriched, String contentHash, boolean replacing) throws IOException {
      sendAdds(adds.add(SolrDocuments.toSolr(enriched, contentHash)));
    }

    @Override
    public void delete(String id) throws IOException {
      sendDeletes(deletes.add(id));
    }

    void flush() throws IOException {
      sendAdds(adds.take());
      sendDeletes(deletes.take());
    }

    private void sendAdds(List<SolrInputDocument> batch) throws IOException {
      if (batch != null && !batch.isEmpty()) {
        solr.withRetries(c -> c.add(batch));
      }
    }

    private void sendDeletes(List<String> ids) throws IOException {
      if (ids != null && !ids.isEmpty()) {
        solr.withRetries(c -> c.deleteById(ids));
      }
    }
  }
}
