package org.migrationsearch.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.index.DocumentDates;
import org.migrationsearch.index.DocumentMapper;
import org.migrationsearch.index.IndexSchema;

/** Converts between our documents and Solr's, following the shipped configset. */
public final class SolrDocuments {

  private SolrDocuments() {}

  /** The same fields {@code DocumentMapper} writes into the local index, under Solr's names. */
  public static SolrInputDocument toSolr(Document d, String contentHash) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(IndexSchema.ID, d.id());
    putIfPresent(doc, IndexSchema.PATH, d.path());
    doc.setField(IndexSchema.HASH, contentHash);
    String lang = IndexSchema.languageKey(d.language());
    doc.setField(IndexSchema.titleField(lang), d.title() == null ? "" : d.title());
    doc.setField(IndexSchema.textField(lang), d.text());
    putIfPresent(doc, IndexSchema.DATE, d.date());
    putIfPresent(doc, IndexSchema.URL, d.url());
    putIfPresent(doc, SolrFields.facetField(IndexSchema.FACET_SOURCE), d.source());
    putIfPresent(doc, SolrFields.facetField(IndexSchema.FACET_TYPE), d.type());
    putIfPresent(doc, SolrFields.facetField(IndexSchema.FACET_LANGUAGE), d.language());
    if (!d.countries().isEmpty()) {
      doc.setField(SolrFields.facetField(IndexSchema.FACET_COUNTRY), new ArrayList<>(d.countries()));
    }
    if (!d.topics().isEmpty()) {
      doc.setField(SolrFields.facetField(IndexSchema.FACET_TOPIC), new ArrayList<>(d.topics()));
    }
    DocumentDates.firstDay(d.date()).ifPresent(day -> doc.setField(IndexSchema.DATE_DAY, day.toEpochDay()));
    DocumentDates.lastDay(d.date()).ifPresent(day -> doc.setField(IndexSchema.DATE_LAST_DAY, day.toEpochDay()));
    if (!d.pageStarts().isEmpty()) {
      doc.setField(IndexSchema.PAGE_STARTS, new ArrayList<>(d.pageStarts()));
    }
    doc.setField(IndexSchema.LABEL_REASONS, DocumentMapper.reasonsJson(d));
    doc.setField(IndexSchema.WORDS, List.of(d.title() == null ? "" : d.title(), d.text()));
    DocumentDates.year(d.date()).ifPresent(y -> doc.setField(SolrFields.facetField(IndexSchema.FACET_YEAR), y));
    return doc;
  }

  /** A stored Solr document read back for display; title and text come from its language field. */
  public static Document fromSolr(SolrDocument s) {
    String lang = IndexSchema.languageKey(string(s, IndexSchema.LANGUAGE));
    return new Document(
        string(s, IndexSchema.ID),
        string(s, IndexSchema.PATH),
        string(s, IndexSchema.titleField(lang)),
        string(s, IndexSchema.DATE),
        string(s, IndexSchema.SOURCE),
        string(s, IndexSchema.URL),
        string(s, IndexSchema.TYPE),
        string(s, IndexSchema.LANGUAGE),
        strings(s, IndexSchema.COUNTRIES),
        strings(s, IndexSchema.TOPICS),
        string(s, IndexSchema.textField(lang)),
        DocumentMapper.reasons(string(s, IndexSchema.LABEL_REASONS)));
  }

  /** Stored fields a result list needs: everything but the texts. */
  static List<String> displayFields() {
    List<String> out = new ArrayList<>(List.of(IndexSchema.ID, IndexSchema.PATH, IndexSchema.DATE, IndexSchema.SOURCE,
        IndexSchema.URL, IndexSchema.TYPE, IndexSchema.LANGUAGE, IndexSchema.COUNTRIES, IndexSchema.TOPICS));
    out.addAll(IndexSchema.titleFields());
    return out;
  }

  private static void putIfPresent(SolrInputDocument doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.setField(field, value);
    }
  }

  static String string(SolrDocument s, String field) {
    Object v = s.getFirstValue(field);
    return v == null ? null : v.toString();
  }

  private static List<String> strings(SolrDocument s, String field) {
    Collection<Object> values = s.getFieldValues(field);
    List<String> out = new ArrayList<>();
    if (values != null) {
      values.forEach(v -> out.add(v.toString()));
    }
    return out;
  }
}
