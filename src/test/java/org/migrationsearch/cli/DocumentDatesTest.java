package org.migrationsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.CliRun;

/**
 * Dates through the command line: partial dates keep their precision and filter as the range
 * they stand for, and an HTML page dated only by the {@code <time>} in its byline is dated.
 */
class DocumentDatesTest {

  @TempDir
  static Path tmp;

  private static final String FILLER =
      " Officials reviewed how the asylum system handled new applications at the border.";

  @BeforeAll
  static void index() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    note(corpus, "april", "2018-04");
    note(corpus, "may-second", "2018-05-02");
    note(corpus, "year-only", "2018");
    note(corpus, "june-2019", "2019-06-20");
    Files.writeString(corpus.resolve("byline.html"), "<html><head><title>Shelters fill up</title></head><body>"
        + "<header class=\"site\"><time datetime=\"2026-01-05\">Today</time></header>"
        + "<div class=\"story\"><h1>Shelters fill up</h1>"
        + "<p class=\"byline\">By A. Writer, <time datetime=\"2023-11-01\">November 1</time></p>"
        + ("<p>Shelters in the border city were full again this week as families waited for asylum"
            + " appointments, and volunteers said they had turned people away for the first time.</p>").repeat(3)
        + "</div></body></html>");
    CliRun run = CliRun.of("index", "--corpus", corpus.toString(), "--index", tmp.resolve("index").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static void note(Path corpus, String name, String date) throws Exception {
    Files.writeString(corpus.resolve(name + ".md"),
        "---\ntitle: Note " + name + "\ndate: " + date + "\n---\n" + FILLER.repeat(5));
  }

  private static JsonNode search(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("search", "--index", tmp.resolve("index").toString(), "--json"));
    all.addAll(List.of(args));
    CliRun run = CliRun.of(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  /** id to date of every hit. */
  private static Map<String, String> dates(JsonNode answer) {
    Map<String, String> out = new TreeMap<>();
    answer.get("hits").forEach(h -> out.put(h.get("id").asText(), h.get("date").asText(null)));
    return out;
  }

  @Test
  void aPartialDateKeepsItsPrecision() throws Exception {
    Map<String, String> precision = new TreeMap<>();
    search("--size", "50").get("hits")
        .forEach(h -> precision.put(h.get("id").asText(), h.get("date_precision").asText()));
    assertThat(precision).containsEntry("april", "month").containsEntry("year-only", "year")
        .containsEntry("may-second", "day");
    assertThat(dates(search("--size", "50"))).containsEntry("april", "2018-04").containsEntry("year-only", "2018");
  }

  @Test
  void aPartialDateOverlapsARangeThatStartsInsideIt() throws Exception {
    assertThat(dates(search("--from", "2018-04-15", "--to", "2018-12-31")).keySet())
        .containsExactlyInAnyOrder("april", "may-second", "year-only");
    assertThat(dates(search("--from", "2018-01-01", "--to", "2018-04-10")).keySet())
        .containsExactlyInAnyOrder("april", "year-only");
    assertThat(dates(search("--from", "2018-05-01", "--to", "2018-05-31")).keySet())
        .containsExactlyInAnyOrder("may-second", "year-only");
    assertThat(dates(search("--from", "2019-01-01")).keySet()).containsExactlyInAnyOrder("june-2019", "byline");
  }

  @Test
  void aTimeInTheBylineDatesThePage() throws Exception {
    assertThat(dates(search("--size", "50"))).containsEntry("byline", "2023-11-01");
  }
}
