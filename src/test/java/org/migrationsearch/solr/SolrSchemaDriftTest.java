package org.migrationsearch.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.analysis.util.FilesystemResourceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationsearch.index.IndexSchema;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The shipped Solr configset cannot drift from {@link IndexSchema}: every field and facet the
 * local index has exists in Solr with the right kind, and each language field's analysis, built
 * from the configset's own chain description, turns real corpus text into exactly the tokens the
 * local analyzers produce, at index and at query time (thesaurus and its weights included).
 */
class SolrSchemaDriftTest {

  static final Path CONF = Path.of("solr/configset/conf");

  static Map<String, Element> fields = new HashMap<>();
  static Map<String, Element> types = new HashMap<>();

  @BeforeAll
  static void readSchema() throws Exception {
    var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(CONF.resolve("schema.xml").toFile());
    NodeList f = xml.getElementsByTagName("field");
    for (int i = 0; i < f.getLength(); i++) {
      Element e = (Element) f.item(i);
      fields.put(e.getAttribute("name"), e);
    }
    NodeList t = xml.getElementsByTagName("fieldType");
    for (int i = 0; i < t.getLength(); i++) {
      Element e = (Element) t.item(i);
      types.put(e.getAttribute("name"), e);
    }
  }

  /** A field or type attribute, the field's own value winning over its type's. */
  private static String attr(String field, String name) {
    Element f = fields.get(field);
    if (f.hasAttribute(name)) {
      return f.getAttribute(name);
    }
    return types.get(f.getAttribute("type")).getAttribute(name);
  }

  private static String typeClass(String field) {
    return types.get(fields.get(field).getAttribute("type")).getAttribute("class");
  }

  /** Every field name IndexSchema declares, found by reflection so a new one cannot be missed. */
  static List<String> indexSchemaNames() throws IllegalAccessException {
    List<String> out = new ArrayList<>();
    for (Field f : IndexSchema.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class
          && !f.getName().startsWith("COMMIT_") && !f.getName().startsWith("FACET_")
          && !Set.of("SCHEMA_VERSION", "OTHER").contains(f.getName())) {
        out.add((String) f.get(null));
      }
    }
    return out;
  }

  @Test
  void everyFieldOfTheLocalIndexIsInTheConfiget() throws IllegalAccessException {
    for (String name : indexSchemaNames()) {
      if (SolrFields.storedInLanguageField(name)) {
        continue; // checked per language below
      }
      String solr = SolrFields.solrField(name);
      assertThat(fields).as("Solr field for IndexSchema's '" + name + "'").containsKey(solr);
      assertThat(attr(solr, "stored").equals("true") || attr(solr, "docValues").equals("true")
          || attr(solr, "indexed").equals("true")).as(name + " is kept").isTrue();
    }
    assertThat(attr(IndexSchema.ID, "stored")).isEqualTo("true");
  }

  @Test
  void titleAndTextOfEveryLanguageAreStoredTextWithOffsets() {
    for (String field : concat(IndexSchema.titleFields(), IndexSchema.textFields())) {
      assertThat(fields).containsKey(field);
      assertThat(typeClass(field)).isEqualTo("solr.TextField");
      assertThat(attr(field, "indexed")).isEqualTo("true");
      assertThat(attr(field, "stored")).as("the highlighter reads " + field).isEqualTo("true");
      assertThat(attr(field, "storeOffsetsWithPositions")).as("offsets of " + field).isEqualTo("true");
    }
  }

  @Test
  void everyFacetIsADocValuesStringFieldWithTheSameMultiplicity() {
    for (String dim : IndexSchema.ALL_FACETS) {
      String field = SolrFields.facetField(dim);
      assertThat(fields).as("facet " + dim).containsKey(field);
      assertThat(typeClass(field)).isEqualTo("solr.StrField");
      assertThat(attr(field, "docValues")).as("docValues of " + field).isEqualTo("true");
      boolean multi = IndexSchema.facetsConfig().getDimConfig(dim).multiValued;
      assertThat("true".equals(attr(field, "multiValued"))).as("multiValued of " + field).isEqualTo(multi);
    }
  }

  @Test
  void theIdSortsByDocValuesAndTheLastDayIsAPointField() {
    assertThat(attr(SolrFields.solrField(IndexSchema.ID_SORT), "docValues")).isEqualTo("true");
    assertThat(typeClass(IndexSchema.DATE_LAST_DAY)).isEqualTo("solr.LongPointField");
    assertThat(attr(IndexSchema.DATE_LAST_DAY, "indexed")).isEqualTo("true");
    assertThat(attr(IndexSchema.PAGE_STARTS, "stored")).isEqualTo("true");
  }

  @Test
  void theDateIsAPointFieldWithDocValues() {
    assertThat(typeClass(IndexSchema.DATE_DAY)).isEqualTo("solr.LongPointField");
    assertThat(attr(IndexSchema.DATE_DAY, "docValues")).isEqualTo("true");
    assertThat(attr(IndexSchema.DATE_DAY, "sortMissingLast")).as("undated documents sort last").isEqualTo("true");
  }

  @Test
  void theWordListsAreTheOnesTheLocalAnalysisUses() throws IOException {
    for (var e : ConfigsetFiles.render().entrySet()) {
      assertThat(Files.readString(CONF.resolve(e.getKey()), StandardCharsets.UTF_8))
          .as(e.getKey() + " is stale: run ConfigsetFiles to regenerate it").isEqualTo(e.getValue());
    }
  }

  static Stream<String> languageFields() {
    return concat(IndexSchema.titleFields(), IndexSchema.textFields()).stream();
  }

  static Stream<String> analyzedFields() {
    return Stream.concat(languageFields(), Stream.of(IndexSchema.WORDS));
  }

  @ParameterizedTest
  @MethodSource("analyzedFields")
  void indexAnalysisMakesTheSameTokens(String field) throws IOException {
    Analyzer solr = analyzer(field, "index");
    for (String text : samples()) {
      assertThat(tokens(solr, field, text)).as(field + " on: " + abbreviate(text))
          .isEqualTo(tokens(IndexSchema.analyzer(), field, text));
    }
  }

  @ParameterizedTest
  @MethodSource("languageFields")
  void queryAnalysisMakesTheSameTokensAndWeights(String field) throws IOException {
    Analyzer solr = analyzer(field, "query");
    List<String> queries = new ArrayList<>(List.of("asylum seekers", "asilo", "migración irregular",
        "refugees and asylum", "deportation U.S.", "la migracion", "trata de personas", "border wall"));
    for (String text : samples()) {
      queries.add(text.length() > 300 ? text.substring(0, 300) : text);
    }
    for (String q : queries) {
      assertThat(tokens(solr, field, q)).as(field + " on query: " + abbreviate(q))
          .isEqualTo(tokens(IndexSchema.queryAnalyzer(), field, q));
    }
  }

  /** The chain the configset gives a field, built by Lucene from the same factory names and arguments. */
  private static Analyzer analyzer(String field, String kind) throws IOException {
    Element type = types.get(fields.get(field).getAttribute("type"));
    NodeList analyzers = type.getElementsByTagName("analyzer");
    Element chain = null;
    for (int i = 0; i < analyzers.getLength(); i++) {
      Element a = (Element) analyzers.item(i);
      if (a.getAttribute("type").equals(kind) || a.getAttribute("type").isEmpty()) {
        chain = a;
      }
    }
    assertThat(chain).as(kind + " analyzer of " + field).isNotNull();
    CustomAnalyzer.Builder b = CustomAnalyzer.builder(new FilesystemResourceLoader(CONF, SolrSchemaDriftTest.class.getClassLoader()));
    Element tokenizer = (Element) chain.getElementsByTagName("tokenizer").item(0);
    b.withTokenizer(tokenizer.getAttribute("name"), args(tokenizer));
    NodeList filters = chain.getElementsByTagName("filter");
    for (int i = 0; i < filters.getLength(); i++) {
      Element f = (Element) filters.item(i);
      b.addTokenFilter(f.getAttribute("name"), args(f));
    }
    return b.build();
  }

  private static Map<String, String> args(Element e) {
    Map<String, String> out = new HashMap<>();
    var attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      if (!attrs.item(i).getNodeName().equals("name")) {
        out.put(attrs.item(i).getNodeName(), attrs.item(i).getNodeValue());
      }
    }
    return out;
  }

  /** Each token as position, text, offsets and weight: what the index or the query builder reads. */
  private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      BoostAttribute boost = ts.addAttribute(BoostAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        out.add(position + ":" + term + "@" + offset.startOffset() + "-" + offset.endOffset()
            + (boost.getBoost() == 1f ? "" : "^" + boost.getBoost()));
      }
      ts.end();
    }
    out.sort(null);
    return out;
  }

  /** Texts of the bundled corpus plus the cases each filter exists for. */
  private static List<String> samples() throws IOException {
    List<String> out = new ArrayList<>(List.of(
        "The U.S. and EE.UU. agreed; 3.5 million people. Mexico's asylum-seekers’ rights.",
        "La migración, más también: ÁREA DE ASILO y refugiados en Guatemala.",
        "Refugees' RIGHTS and the U.N.H.C.R. in 2023-06-01 (www.example.org)."));
    try (Stream<Path> files = Files.walk(Path.of("corpus"))) {
      files.filter(Files::isRegularFile).sorted().limit(40).forEach(p -> {
        try {
          String s = Files.readString(p, StandardCharsets.UTF_8);
          out.add(s.length() > 4000 ? s.substring(0, 4000) : s);
        } catch (IOException e) {
          // not text: the corpus keeps a few broken files on purpose
        }
      });
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
