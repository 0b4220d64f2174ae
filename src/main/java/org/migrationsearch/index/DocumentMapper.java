package org.migrationsearch.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.corpus.LabelReasons;

/** Converts between our documents and Lucene's, following {@link IndexSchema}. */
public final class DocumentMapper {

  private DocumentMapper() {}

  /** A Lucene document ready for the writer, facets already built. */
  public static org.apache.lucene.document.Document toLucene(Document d, String contentHash) throws IOException {
    var doc = new org.apache.lucene.document.Document();
    doc.add(new StringField(IndexSchema.ID, d.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.ID_SORT, new BytesRef(d.id())));
    if (d.path() != null) {
      doc.add(new StringField(IndexSchema.PATH, d.path(), Field.Store.YES));
    }
    doc.add(new StoredField(IndexSchema.HASH, contentHash));

    String lang = IndexSchema.languageKey(d.language());
    String title = d.title() == null ? "" : d.title();
    doc.add(new Field(IndexSchema.titleField(lang), title, IndexSchema.TEXT_FIELD_TYPE));
    doc.add(new Field(IndexSchema.textField(lang), d.text(), IndexSchema.TEXT_FIELD_TYPE));
    doc.add(new Field(IndexSchema.WORDS, title, IndexSchema.WORDS_FIELD_TYPE));
    doc.add(new Field(IndexSchema.WORDS, d.text(), IndexSchema.WORDS_FIELD_TYPE));
    doc.add(new StoredField(IndexSchema.TITLE, title));
    doc.add(new StoredField(IndexSchema.TEXT, d.text()));

    storeIfPresent(doc, IndexSchema.DATE, d.date());
    storeIfPresent(doc, IndexSchema.SOURCE, d.source());
    storeIfPresent(doc, IndexSchema.URL, d.url());
    storeIfPresent(doc, IndexSchema.TYPE, d.type());
    storeIfPresent(doc, IndexSchema.LANGUAGE, d.language());
    d.countries().forEach(c -> doc.add(new StoredField(IndexSchema.COUNTRIES, c)));
    d.topics().forEach(t -> doc.add(new StoredField(IndexSchema.TOPICS, t)));
    doc.add(new StoredField(IndexSchema.LABEL_REASONS, reasonsJson(d)));
    d.pageStarts().forEach(start -> doc.add(new StoredField(IndexSchema.PAGE_STARTS, start)));

    DocumentDates.firstDay(d.date()).ifPresent(day -> {
      doc.add(new LongPoint(IndexSchema.DATE_DAY, day.toEpochDay()));
      doc.add(new NumericDocValuesField(IndexSchema.DATE_DAY, day.toEpochDay()));
    });
    DocumentDates.lastDay(d.date())
        .ifPresent(day -> doc.add(new LongPoint(IndexSchema.DATE_LAST_DAY, day.toEpochDay())));

    d.countries().forEach(c -> doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_COUNTRY, c)));
    d.topics().forEach(t -> doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_TOPIC, t)));
    addFacet(doc, IndexSchema.FACET_TYPE, d.type());
    addFacet(doc, IndexSchema.FACET_LANGUAGE, d.language());
    addFacet(doc, IndexSchema.FACET_SOURCE, d.source());
    DocumentDates.year(d.date()).ifPresent(y -> addFacet(doc, IndexSchema.FACET_YEAR, y));
    return IndexSchema.facetsConfig().build(doc);
  }

  /** The stored fields of an indexed document, read back for display. */
  public static Document fromStored(org.apache.lucene.document.Document stored) {
    return new Document(
        stored.get(IndexSchema.ID),
        stored.get(IndexSchema.PATH),
        stored.get(IndexSchema.TITLE),
        stored.get(IndexSchema.DATE),
        stored.get(IndexSchema.SOURCE),
        stored.get(IndexSchema.URL),
        stored.get(IndexSchema.TYPE),
        stored.get(IndexSchema.LANGUAGE),
        values(stored, IndexSchema.COUNTRIES),
        values(stored, IndexSchema.TOPICS),
        stored.get(IndexSchema.TEXT),
        reasons(stored.get(IndexSchema.LABEL_REASONS)));
  }

  /**
   * Only indexing and the document endpoint read or write the reasons: a search's hits do not, and
   * creating a mapper is a good part of a fresh JVM's first search.
   */
  private static final class ReasonsJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** The reasons for a document's labels as stored, so every backend keeps the same text. */
  public static String reasonsJson(Document d) {
    try {
      return ReasonsJson.MAPPER.writeValueAsString(d.labelReasons());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write label reasons", e);
    }
  }

  /** Absent when the fields read were only those a hit shows. */
  public static LabelReasons reasons(String json) {
    if (json == null) {
      return LabelReasons.NONE;
    }
    try {
      return ReasonsJson.MAPPER.readValue(json, LabelReasons.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable label reasons in the index", e);
    }
  }

  /** The page starts stored with a paged document; empty for any other. */
  public static List<Integer> pageStarts(org.apache.lucene.document.Document stored) {
    List<Integer> out = new ArrayList<>();
    for (IndexableField f : stored.getFields(IndexSchema.PAGE_STARTS)) {
      out.add(f.numericValue().intValue());
    }
    return out;
  }

  private static List<String> values(org.apache.lucene.document.Document stored, String field) {
    List<String> out = new ArrayList<>();
    for (IndexableField f : stored.getFields(field)) {
      out.add(f.stringValue());
    }
    return out;
  }

  private static void storeIfPresent(org.apache.lucene.document.Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new StoredField(field, value));
    }
  }

  private static void addFacet(org.apache.lucene.document.Document doc, String dim, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new SortedSetDocValuesFacetField(dim, value));
    }
  }
}
