package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.FixtureCorpus.Doc;
import org.migrationsearch.testing.RunningServer;

/** Snippets through the API: whole sentences around abbreviations, headings kept apart. */
class SnippetSentencesTest {

  @TempDir static Path dir;
  static RunningServer server;

  static final String FILLER = "Officials from several governments met again to review the regional plan in detail. ";

  @BeforeAll
  static void start() throws Exception {
    String abbreviations = FILLER.repeat(6) + "On Monday the U.S. Border Patrol and Dr. Alvarez described the new"
        + " quarantine procedure for arrivals. " + FILLER.repeat(6);
    String headings = FILLER.repeat(6) + "\n\nAdoption\nThe European Commission adopted the solidarity mechanism"
        + " after months of negotiation.\n\n" + FILLER.repeat(6);
    String list = FILLER.repeat(6) + "\n\nKey points:\n- Guatemala's screening system was small and slow.\n"
        + "- Honduras asked for support.\n\n" + FILLER.repeat(6);
    String spanish = FILLER.repeat(6) + "El Gobierno de EE.UU. Anunció un nuevo programa de reunificación familiar"
        + " para personas refugiadas. " + FILLER.repeat(6);
    server = RunningServer.over(dir, List.of(
        new Doc("a/abbreviations.json", "Border briefing", "2024-01-01", "report", "en", List.of("US"), List.of(),
            "Agency", abbreviations),
        new Doc("a/headings.json", "Pact adopted", "2024-02-01", "report", "en", List.of("DE"), List.of(),
            "Agency", headings),
        new Doc("a/list.json", "Key points", "2024-04-01", "report", "en", List.of("GT"), List.of(),
            "Agency", list),
        new Doc("a/spanish.json", "Programa", "2024-03-01", "report", "es", List.of("US"), List.of(),
            "Agency", spanish)), null);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static List<String> snippets(String q) {
    JsonNode r = server.get("/api/search", "q", q).json();
    List<String> out = new ArrayList<>();
    r.get("hits").forEach(h -> h.get("snippets").forEach(s -> out.add(s.asText())));
    assertThat(out).as(q).isNotEmpty();
    return out;
  }

  @Test
  void aSnippetDoesNotStartAfterAnAbbreviation() {
    assertThat(snippets("quarantine")).allSatisfy(s -> assertThat(s)
        .doesNotStartWith("… Border Patrol").doesNotStartWith("… Alvarez")
        .contains("U.S. Border Patrol and Dr. Alvarez described the new <mark>quarantine</mark>"));
    assertThat(snippets("reunificación")).allSatisfy(s -> assertThat(s).doesNotStartWith("… Anunció")
        .contains("EE.UU. Anunció"));
  }

  @Test
  void aHeadingDoesNotRunIntoTheNextSentence() {
    assertThat(snippets("solidarity")).allSatisfy(s -> assertThat(s)
        .doesNotContain("Adoption The European").contains("The European Commission adopted the <mark>solidarity</mark>"));
    assertThat(snippets("adoption")).allSatisfy(s -> assertThat(s).doesNotContain("Adoption</mark> The European"));
  }

  @Test
  void aListItemIsItsOwnPieceWithoutItsBullet() {
    assertThat(snippets("screening")).allSatisfy(s -> assertThat(s)
        .startsWith("… Guatemala&#39;s <mark>screening</mark> system").doesNotContain("Key points: -"));
  }
}
