package org.migrationsearch.solr;

import java.util.LinkedHashMap;
import java.util.Map;
import org.migrationsearch.index.IndexSchema;

/**
 * How {@link IndexSchema}'s fields and facets are named in the shipped Solr configset. Most keep
 * their names; a facet dimension is the docValues string field it counts.
 */
public final class SolrFields {

  /** Solr's name for each facet dimension of {@link IndexSchema#ALL_FACETS}. */
  public static final Map<String, String> FACET_FIELDS;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(IndexSchema.FACET_COUNTRY, IndexSchema.COUNTRIES);
    m.put(IndexSchema.FACET_TOPIC, IndexSchema.TOPICS);
    m.put(IndexSchema.FACET_TYPE, IndexSchema.TYPE);
    m.put(IndexSchema.FACET_LANGUAGE, IndexSchema.LANGUAGE);
    m.put(IndexSchema.FACET_SOURCE, IndexSchema.SOURCE);
    m.put(IndexSchema.FACET_YEAR, IndexSchema.FACET_YEAR);
    FACET_FIELDS = java.util.Collections.unmodifiableMap(m);
  }

  private SolrFields() {}

  public static String facetField(String dim) {
    String field = FACET_FIELDS.get(dim);
    if (field == null) {
      throw new IllegalArgumentException("no Solr field for facet " + dim);
    }
    return field;
  }

  /**
   * The Solr field that holds a stored {@link IndexSchema} field. Title and text are stored in
   * their language field, because Solr's highlighter reads the stored value of the field it
   * highlights; every other field is stored under its own name.
   */
  public static boolean storedInLanguageField(String field) {
    return field.equals(IndexSchema.TITLE) || field.equals(IndexSchema.TEXT);
  }

  /**
   * Solr's field for a local one: the same name, except that the id's own docValues serve as the
   * local {@code id_sort} tie-breaker.
   */
  public static String solrField(String field) {
    return field.equals(IndexSchema.ID_SORT) ? IndexSchema.ID : field;
  }
}
