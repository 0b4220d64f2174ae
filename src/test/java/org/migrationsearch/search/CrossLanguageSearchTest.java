package org.migrationsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.enrich.Enricher;
import org.migrationsearch.index.CorpusIndexer;
import org.migrationsearch.testing.Fixtures;

/**
 * Analysis per language: English stemming, Spanish light stemming, folded case and accents, and
 * the thesaurus that lets a query in one language find documents in the other.
 */
class CrossLanguageSearchTest {

  @TempDir
  static Path tmp;

  static IndexAccess access;
  static SearchService search;

  @BeforeAll
  static void index() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Fixtures.write(corpus, "en-asylum.md", Fixtures.markdown("Asylum seekers wait at the border", "2023-01-02", "en", "US", "asylum",
        "Thousands of asylum seekers waited for months. Officials were deporting families. The U.S. government said 3.5 percent."));
    Fixtures.write(corpus, "es-asilo.md", Fixtures.markdown("Solicitantes de asilo en la frontera", "2023-02-03", "es", "MX", "asylum",
        "Miles de solicitantes de asilo esperan en la frontera norte. La migración creció en 2023 hacia EE.UU. y Canadá."));
    Fixtures.write(corpus, "en-other.md", Fixtures.markdown("Trade talks", "2022-05-06", "en", "CA", "visas",
        "Ministers discussed tariffs and the exchange rate. Nothing about people moving."));
    Fixtures.write(corpus, "en-tariffs.md", Fixtures.markdown("Tariffs on steel", "2022-05-07", "en", "CA", "visas",
        "Ministers met again in Ottawa and agreed on a timetable."));
    // Enough documents in each language that term statistics are not degenerate.
    for (int i = 0; i < 4; i++) {
      Fixtures.write(corpus, "es-filler-" + i + ".md", Fixtures.markdown("Remesas récord " + i, "2022-01-0" + (i + 1), "es", "GT",
          "labor-migration", "Las remesas enviadas por trabajadores crecieron otra vez en el año " + (2015 + i) + "."));
      Fixtures.write(corpus, "en-filler-" + i + ".md", Fixtures.markdown("Remittances record " + i, "2022-01-0" + (i + 1), "en", "GT",
          "labor-migration", "Remittances sent home by workers grew again in " + (2015 + i) + "."));
    }
    Path index = tmp.resolve("index");
    new CorpusIndexer(Enricher.standard()).rebuild(corpus, index, false);
    access = IndexAccess.open(index);
    search = new SearchService(access, Duration.ofSeconds(5));
  }

  @AfterAll
  static void close() throws Exception {
    access.close();
  }

  private static List<String> ids(String q) {
    SearchRequest r = RequestParameters.parse(Map.of("q", List.of(q)));
    return search.search(r).hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void englishStemmingMatchesOtherForms() {
    assertThat(ids("deported")).containsExactly("en-asylum");
    assertThat(ids("seeker")).contains("en-asylum");
  }

  @Test
  void spanishStemmingAndFoldingMatchOtherForms() {
    assertThat(ids("solicitante")).contains("es-asilo");
    assertThat(ids("migracion")).contains("es-asilo");
    assertThat(ids("MIGRACIÓN")).contains("es-asilo");
  }

  @Test
  void aQueryInOneLanguageFindsDocumentsInTheOther() {
    assertThat(ids("asylum")).containsExactlyInAnyOrder("en-asylum", "es-asilo");
    assertThat(ids("asilo")).containsExactlyInAnyOrder("en-asylum", "es-asilo");
  }

  @Test
  void theWordTypedRanksAboveItsTranslation() {
    assertThat(ids("asilo").get(0)).isEqualTo("es-asilo");
    assertThat(ids("asylum").get(0)).isEqualTo("en-asylum");
  }

  @Test
  void stopWordsOfEitherLanguageDoNotExcludeTheOther() {
    assertThat(ids("la frontera")).contains("es-asilo");
    assertThat(ids("the border")).contains("en-asylum");
  }

  @Test
  void abbreviationsMatchWithOrWithoutDots() {
    assertThat(ids("US")).contains("en-asylum");
    assertThat(ids("u.s.")).contains("en-asylum");
    assertThat(ids("EEUU")).containsExactly("es-asilo");
    assertThat(ids("\"3.5 percent\"")).containsExactly("en-asylum");
  }

  @Test
  void titlesWeighMoreThanText() {
    assertThat(ids("tariffs")).containsExactly("en-tariffs", "en-other");
    assertThat(ids("title:trade")).containsExactly("en-other");
    assertThat(ids("text:trade")).isEmpty();
  }
}
