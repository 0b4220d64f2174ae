package org.migrationsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.CliRun;
import org.migrationsearch.testing.PdfPages;

/** The PDF and Word samples of the bundled corpus, searched from the command line. */
class BundledOfficeFilesTest {

  static final Path CORPUS = Path.of("corpus");
  static final String REPORT = "reports/2024-09-16-reception-capacity-southern-border";

  @TempDir static Path tmp;

  @BeforeAll
  static void index() {
    CliRun run = CliRun.of("index", "--corpus", CORPUS.toString(), "--index", tmp.resolve("index").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static CliRun search(String... args) {
    CliRun run = CliRun.search(tmp.resolve("index"), args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  @Test
  void reportSnippetNamesThePageInJsonAndInTheTerminal() throws Exception {
    String phrase = "occupancy was above capacity";
    int page = PdfPages.pageOf(CORPUS.resolve(REPORT + ".pdf"), phrase);
    assertThat(page).isGreaterThan(2);
    JsonNode r = new ObjectMapper().readTree(search("--json", "\"" + phrase + "\"").out());
    JsonNode hit = r.get("hits").get(0);
    assertThat(hit.get("id").asText()).isEqualTo(REPORT);
    assertThat(hit.get("snippet_pages").get(0).asInt()).isEqualTo(page);
    assertThat(search("\"" + phrase + "\"").out()).contains("p. " + page + "  ");
  }

  @Test
  void runningHeaderOfTheReportIsNotSearchableText() throws Exception {
    JsonNode r = new ObjectMapper().readTree(search("--json", "\"Sample report, September 2024\"").out());
    // Only the title page says it in its body; the header on every other page was removed.
    JsonNode doc = r.get("hits").get(0);
    assertThat(doc.get("id").asText()).isEqualTo(REPORT);
    assertThat(doc.get("snippet_pages").get(0).asInt()).isEqualTo(1);
    assertThat(doc.get("snippets")).hasSize(1);
  }

  @Test
  void statementAndWordBriefingAreFoundWithTheirMetadata() throws Exception {
    JsonNode statement = new ObjectMapper().readTree(search("--json", "labour mobility corridor").out()).get("hits").get(0);
    assertThat(statement.get("title").asText()).isEqualTo("Joint Statement on a Labour Mobility Corridor between Guatemala and Canada");
    assertThat(statement.get("date").asText()).isEqualTo("2024-11-05");
    assertThat(statement.get("countries").toString()).contains("GT", "CA");

    JsonNode briefing = new ObjectMapper().readTree(search("--json", "Addis Ababa appointment").out()).get("hits").get(0);
    assertThat(briefing.get("id").asText()).isEqualTo("notes/2025-02-03-briefing-family-reunification-backlog");
    assertThat(briefing.has("snippet_pages")).isFalse();
  }
}
