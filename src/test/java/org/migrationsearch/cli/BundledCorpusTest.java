package org.migrationsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.corpus.CorpusReader;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.testing.CliRun;

/** The corpus a new user searches first: big enough, bilingual, varied, and fully readable. */
class BundledCorpusTest {

  static final Path CORPUS = Path.of("corpus");

  @TempDir
  static Path tmp;

  static CliRun indexRun;

  @BeforeAll
  static void index() {
    indexRun = CliRun.of("index", "--corpus", CORPUS.toString(), "--index", tmp.resolve("index").toString());
  }

  private static JsonNode search(String... args) throws Exception {
    String[] json = new String[args.length + 1];
    json[0] = "--json";
    System.arraycopy(args, 0, json, 1, args.length);
    CliRun run = CliRun.search(tmp.resolve("index"), json);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void indexesAtLeastSixtyDocumentsWithNothingSkipped() {
    assertThat(indexRun.exitCode()).isZero();
    assertThat(indexRun.err()).doesNotContain("skipped");
    int indexed = Integer.parseInt(indexRun.out().replaceAll("(?s)^indexed (\\d+) .*", "$1"));
    assertThat(indexed).isGreaterThanOrEqualTo(60);
  }

  @Test
  void atLeastTwelveSpanishDocuments() throws Exception {
    assertThat(search("--language", "es").get("total").asInt()).isGreaterThanOrEqualTo(12);
  }

  @Test
  void coversAtLeastTwelveCountriesAroundTheAmericas() throws Exception {
    Set<String> countries = new HashSet<>();
    search("--size", "1").get("facets").get("country").forEach(v -> countries.add(v.get("value").asText()));
    assertThat(countries).hasSizeGreaterThanOrEqualTo(12)
        .contains("US", "MX", "GT", "HN", "SV", "NI", "CR", "PA", "CO", "VE", "CU", "HT", "CA");
  }

  @Test
  void everyTopicAndSeveralTypesAppear() throws Exception {
    JsonNode facets = search("--size", "1").get("facets");
    assertThat(facets.get("topic")).hasSize(19);
    assertThat(facets.get("type").size()).isGreaterThanOrEqualTo(7);
    assertThat(facets.get("year").get(0).get("value").asInt()).isGreaterThanOrEqualTo(2014);
  }

  @Test
  void documentsAreBetween150And2500Words() throws Exception {
    CorpusReader reader = new CorpusReader(CORPUS);
    for (Path file : reader.listFiles()) {
      for (Document d : reader.read(file).documents()) {
        int words = d.text().strip().split("\\s+").length;
        assertThat(words).as(d.id()).isBetween(150, 2500);
      }
    }
  }

  @Test
  void spanishQueriesFindSpanishAndAccentsDoNotMatter() throws Exception {
    JsonNode withAccent = search("migración");
    JsonNode without = search("migracion");
    assertThat(without.get("total").asInt()).isEqualTo(withAccent.get("total").asInt()).isPositive();
    assertThat(without.get("hits").get(0).get("snippets").get(0).asText()).contains("<mark>");
  }

  /** The plain-text news article without front matter that issue 8 was reported on. */
  @Test
  void theSeedArticleGetsItsOwnDateSourceTitleCountriesAndTopics() throws Exception {
    JsonNode hits = search("\"Top diplomats and homeland security officials\"").get("hits");
    assertThat(hits).hasSize(1);
    JsonNode seed = hits.get(0);
    assertThat(seed.get("id").asText()).isEqualTo("news/us-mexico-guatemala-ministerial-meeting");
    assertThat(seed.get("date").asText()).startsWith("2024");
    assertThat(seed.get("date_precision").asText()).isIn("year", "month", "day");
    assertThat(seed.get("source").asText()).isEqualTo("ABC News");
    String title = seed.get("title").asText();
    assertThat(title).hasSizeLessThan(130).startsWith("Top diplomats").endsWith("\u2026");
    String words = title.substring(0, title.length() - 1);
    String text = java.nio.file.Files.readString(CORPUS.resolve("news/us-mexico-guatemala-ministerial-meeting.txt"));
    assertThat(text).contains(words + " ");
    Set<String> countries = new HashSet<>();
    seed.get("countries").forEach(c -> countries.add(c.asText()));
    assertThat(countries).containsExactlyInAnyOrder("US", "MX", "GT");
    Set<String> topics = new HashSet<>();
    seed.get("topics").forEach(t -> topics.add(t.asText()));
    assertThat(topics).contains("asylum");
  }
}
