package org.migrationsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migrationsearch.testing.Fixtures;

/** Reading the checked-in fixture corpus: every format, with exact expectations. */
class CorpusReaderTest {

  static List<Document> docs = new ArrayList<>();
  static List<SkippedFile> skipped = new ArrayList<>();
  static Map<String, Document> byId;
  static int files;

  @BeforeAll
  static void readFixture() throws Exception {
    CorpusReader reader = new CorpusReader(Fixtures.fixtureCorpus());
    List<Path> paths = reader.listFiles();
    files = paths.size();
    for (Path p : paths) {
      FileReadResult r = reader.read(p);
      docs.addAll(r.documents());
      skipped.addAll(r.skipped());
    }
    byId = docs.stream().collect(Collectors.toMap(Document::id, Function.identity()));
  }

  @Test
  void readsEveryFileOfTheFixture() {
    assertThat(files).isEqualTo(Fixtures.FIXTURE_FILES);
    assertThat(docs).hasSize(Fixtures.FIXTURE_DOCUMENTS);
    assertThat(skipped).extracting(SkippedFile::path).containsExactly("data/picture.png");
    assertThat(skipped.get(0).kind()).isEqualTo(SkippedFile.Kind.UNSUPPORTED_TYPE);
    assertThat(skipped.get(0).reason()).contains(".png");
  }

  @Test
  void idsArePathsWithoutExtensionAndJsonLinesGetTheirLineNumber() {
    assertThat(byId.keySet()).containsExactlyInAnyOrder(
        "statements/2022-06-10-la-declaration",
        "statements/joint-statement-no-front-matter",
        "news/2023/bom-note",
        "news/plain-article",
        "news/page",
        "data/single",
        "batch-one",
        "data/batch.jsonl#3",
        "batch-three");
  }

  @Test
  void frontMatterIsKeptAsDeclaredAndWinsOverTheHeading() {
    Document d = byId.get("statements/2022-06-10-la-declaration");
    assertThat(d.title()).isEqualTo("Los Angeles Declaration on Migration and Protection (fixture)");
    assertThat(d.date()).isEqualTo("2022-06-10");
    assertThat(d.type()).isEqualTo("declaration");
    assertThat(d.source()).isEqualTo("Fixture: statements");
    assertThat(d.url()).isEqualTo("https://example.org/la-declaration");
    assertThat(d.countries()).containsExactly("US", "Mexico", "Guatemala");
    assertThat(d.topics()).containsExactly("regional-cooperation", "legal-pathways");
    assertThat(d.text()).contains("expand lawful pathways").doesNotContain("**").doesNotContain("---");
  }

  @Test
  void markdownWithoutFrontMatterTakesItsFirstHeadingAsTitle() {
    Document d = byId.get("statements/joint-statement-no-front-matter");
    assertThat(d.title()).isEqualTo("Joint Statement on Labor Pathways Between Canada and Honduras");
    assertThat(d.text()).startsWith("OTTAWA").contains("the programme would").doesNotContain("](");
    assertThat(d.date()).isNull();
    assertThat(d.countries()).isEmpty();
  }

  @Test
  void plainTextTakesItsFirstLineAsTitleAndTheByteOrderMarkIsDropped() {
    Document d = byId.get("news/2023/bom-note");
    assertThat(d.title()).isEqualTo("Migración en el Darién alcanza cifras récord");
    assertThat(d.text()).startsWith("Ciudad de Panamá");
    assertThat(byId.get("news/plain-article").title()).isEqualTo("Title 42 expulsions end at the southern border");
  }

  @Test
  void jsonAndJsonLinesCarryTheirFields() {
    Document single = byId.get("data/single");
    assertThat(single.date()).isEqualTo("2024-06");
    assertThat(single.countries()).containsExactly("HT", "US");
    assertThat(single.topics()).containsExactly("humanitarian-parole");
    assertThat(byId.get("batch-one").countries()).containsExactly("CO", "VE");
    assertThat(byId.get("data/batch.jsonl#3").title()).isEqualTo("Costa Rica changes its refugee rules (fixture)");
    assertThat(byId.get("batch-three").path()).isEqualTo("data/batch.jsonl");
  }

  @Test
  void htmlPagesLoseTheirNavigationAndKeepMetaData() {
    Document d = byId.get("news/page");
    assertThat(d.title()).isEqualTo("Chile tightens its northern border");
    assertThat(d.date()).isEqualTo("2023-04-27");
    assertThat(d.language()).isEqualTo("en");
    assertThat(d.source()).isEqualTo("Fixture News");
    assertThat(d.text()).contains("Chile deployed soldiers").contains("humanitarian corridor")
        .doesNotContain("About us").doesNotContain("Celebrity").doesNotContain("Copyright").doesNotContain("tracking");
  }
}
