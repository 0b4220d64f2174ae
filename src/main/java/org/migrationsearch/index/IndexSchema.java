package org.migrationsearch.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/**
 * The one description of the index that the indexer and the searcher share: field names,
 * analyzers and the facets configuration.
 *
 * <p>Title and text are indexed in one field pair per analysis language ({@code title_en},
 * {@code text_es}, ...), each document only in the pair of its own language, so English documents
 * are stemmed as English and Spanish ones as Spanish. Queries address the logical fields
 * {@code title} and {@code text}, which the query parser expands to every language pair. The
 * display values are stored once, under the logical names.
 */
public final class IndexSchema {

  public static final String ID = "id";
  public static final String PATH = "path";
  public static final String HASH = "hash";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String DATE = "date";
  /** Epoch day of the first day the date covers: a point for range filters, doc values for sorting. */
  public static final String DATE_DAY = "date_day";
  /** Epoch day of the last day the date covers ("2024-03" ends on the 31st): a point for range filters. */
  public static final String DATE_LAST_DAY = "date_last_day";
  public static final String SOURCE = "source";
  public static final String URL = "url";
  public static final String TYPE = "type";
  public static final String LANGUAGE = "language";
  public static final String COUNTRIES = "countries";
  public static final String TOPICS = "topics";
  /** Why each country and topic was assigned, as JSON ({@link org.migrationsearch.corpus.LabelReasons}). */
  public static final String LABEL_REASONS = "label_reasons";
  /** The id again as sorted doc values: ties in score are broken by it, so equal scores rank alike every time. */
  public static final String ID_SORT = "id_sort";
  /**
   * Every word of title and text, folded but not stemmed, in one field for all languages: the
   * spelling checker suggests real words from it, not stems.
   */
  public static final String WORDS = "words";
  /** Of a paged document (PDF): the offset in the stored text at which each page starts. */
  public static final String PAGE_STARTS = "page_starts";

  /** Facet dimensions, in the order they are shown. */
  public static final String FACET_COUNTRY = "country";
  public static final String FACET_TOPIC = "topic";
  public static final String FACET_TYPE = "type";
  public static final String FACET_LANGUAGE = "language";
  public static final String FACET_SOURCE = "source";
  public static final String FACET_YEAR = "year";
  public static final List<String> FILTER_FACETS =
      List.of(FACET_COUNTRY, FACET_TOPIC, FACET_TYPE, FACET_LANGUAGE, FACET_SOURCE);
  public static final List<String> ALL_FACETS =
      List.of(FACET_COUNTRY, FACET_TOPIC, FACET_TYPE, FACET_LANGUAGE, FACET_SOURCE, FACET_YEAR);

  /** Analysis languages with their own field pair; every other language uses {@link #OTHER}. */
  public static final List<String> ANALYSIS_LANGUAGES = List.of("en", "es");
  public static final String OTHER = "xx";
  private static final List<String> LANGUAGE_KEYS = List.of("en", "es", OTHER);

  /** Bumped when the mapping changes, so that {@code update} knows to re-index everything. */
  public static final String SCHEMA_VERSION = "3";

  /** Keys of the Lucene commit's user data. */
  public static final String COMMIT_BUILD_ID = "build_id";
  public static final String COMMIT_BUILT_AT = "built_at";
  public static final String COMMIT_CORPUS = "corpus";
  public static final String COMMIT_SCHEMA = "schema_version";
  public static final String COMMIT_DOCUMENTS = "documents";

  /** Full-text fields keep positions and offsets: phrase queries and highlighting read them. */
  public static final FieldType TEXT_FIELD_TYPE;

  static {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(false);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    TEXT_FIELD_TYPE = t;
  }

  /** Words for spelling suggestions: which documents hold them is all that is needed. */
  public static final FieldType WORDS_FIELD_TYPE;

  static {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(false);
    t.setOmitNorms(true);
    t.setIndexOptions(IndexOptions.DOCS);
    t.freeze();
    WORDS_FIELD_TYPE = t;
  }

  private static final FacetsConfig FACETS_CONFIG = newFacetsConfig();
  private static final Analyzer ANALYZER = newAnalyzer(LanguageAnalyzers.byLanguageKey());
  private static final Analyzer QUERY_ANALYZER = newAnalyzer(LanguageAnalyzers.queryByLanguageKey(Thesaurus.bundled()));

  private IndexSchema() {}

  public static FacetsConfig facetsConfig() {
    return FACETS_CONFIG;
  }

  /** Per-field analysis for indexing (and for re-analysing stored text, as more-like-this does). */
  public static Analyzer analyzer() {
    return ANALYZER;
  }

  /**
   * Per-field analysis for query parsing: the index analysis plus the bilingual thesaurus, so an
   * English query word also looks for its Spanish equivalents in Spanish documents and back.
   */
  public static Analyzer queryAnalyzer() {
    return QUERY_ANALYZER;
  }

  /** The language key whose field pair a document of this language is indexed in. */
  public static String languageKey(String language) {
    return language != null && ANALYSIS_LANGUAGES.contains(language) ? language : OTHER;
  }

  public static String titleField(String languageKey) {
    return TITLE + "_" + languageKey;
  }

  public static String textField(String languageKey) {
    return TEXT + "_" + languageKey;
  }

  public static List<String> titleFields() {
    return LANGUAGE_KEYS.stream().map(IndexSchema::titleField).toList();
  }

  public static List<String> textFields() {
    return LANGUAGE_KEYS.stream().map(IndexSchema::textField).toList();
  }

  /** The logical field ({@code title} or {@code text}) a physical language field belongs to. */
  public static String logicalField(String physicalField) {
    int underscore = physicalField.lastIndexOf('_');
    return underscore > 0 ? physicalField.substring(0, underscore) : physicalField;
  }

  private static FacetsConfig newFacetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FACET_COUNTRY, true);
    config.setMultiValued(FACET_TOPIC, true);
    return config;
  }

  private static Analyzer newAnalyzer(Map<String, Analyzer> byLanguage) {
    Map<String, Analyzer> perField = new HashMap<>();
    byLanguage.forEach((lang, analyzer) -> {
      perField.put(titleField(lang), analyzer);
      perField.put(textField(lang), analyzer);
    });
    return new PerFieldAnalyzerWrapper(LanguageAnalyzers.folding(), perField);
  }
}
