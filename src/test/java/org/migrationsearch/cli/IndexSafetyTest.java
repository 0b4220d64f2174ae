package org.migrationsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.CliRun;
import org.migrationsearch.testing.Fixtures;

/**
 * A corpus that vanishes, shrinks or is reached through a link must never empty the index: each
 * case starts from a committed index of four documents and checks, through the CLI, the exit
 * status and that the previous index is still the one answering (same build id and count).
 */
class IndexSafetyTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  Path corpus;
  Path index;
  String statsBefore;

  @BeforeEach
  void indexFourDocuments() {
    corpus = tmp.resolve("real-corpus");
    for (int i = 1; i <= 4; i++) {
      Fixtures.write(corpus, "docs/d" + i + ".md", "---\ntitle: Doc " + i + "\n---\nAsylum seekers and refugees, part " + i + ".");
    }
    index = tmp.resolve("index");
    assertThat(index(corpus).exitCode()).isZero();
    statsBefore = stats();
  }

  private CliRun index(Path dir, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "index";
    args[1] = "--corpus";
    args[2] = dir.toString();
    args[3] = "--index=" + index;
    System.arraycopy(more, 0, args, 4, more.length);
    return CliRun.of(args);
  }

  private String stats() {
    return CliRun.of("stats", "--index", index.toString(), "--json").out();
  }

  private int documents() throws Exception {
    return JSON.readTree(stats()).get("documents").asInt();
  }

  @Test
  void corpusGivenAsASymbolicLinkIsFollowed() throws Exception {
    Path link = Files.createSymbolicLink(tmp.resolve("linked-corpus"), corpus);
    for (String mode : new String[] {"rebuild", "update"}) {
      CliRun run = index(link, "--strict", "--mode", mode);
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(documents()).isEqualTo(4);
    }
  }

  @Test
  void emptyOrMissingCorpusIsAnErrorAndLeavesTheIndex() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    CliRun run = index(empty);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("is empty");
    assertThat(index(tmp.resolve("gone"), "--mode", "update").exitCode()).isEqualTo(1);
    assertThat(stats()).isEqualTo(statsBefore);
  }

  @Test
  void noReadableDocumentIsRefusedUnlessShrinkingIsAllowed() throws Exception {
    Path bad = tmp.resolve("bad");
    Fixtures.write(bad, "picture.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    CliRun run = index(bad);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no readable document").contains("--allow-shrink").contains("unchanged");
    assertThat(stats()).isEqualTo(statsBefore);

    assertThat(index(bad, "--allow-shrink").exitCode()).isZero();
    assertThat(documents()).isZero();
  }

  @Test
  void anUpdateRemovingMoreThanHalfIsRefused() throws Exception {
    Path shrunk = tmp.resolve("shrunk");
    Fixtures.write(shrunk, "docs/d1.md", "---\ntitle: Doc 1\n---\nAsylum seekers and refugees, part 1.");
    for (String mode : new String[] {"update", "rebuild"}) {
      CliRun run = index(shrunk, "--mode", mode);
      assertThat(run.exitCode()).as(mode).isEqualTo(2);
      assertThat(run.err()).contains("1 of the 4 documents");
      assertThat(stats()).isEqualTo(statsBefore);
    }
    // Removing half exactly is an ordinary update.
    Fixtures.write(shrunk, "docs/d2.md", "---\ntitle: Doc 2\n---\nAsylum seekers and refugees, part 2.");
    assertThat(index(shrunk, "--mode", "update").exitCode()).isZero();
    assertThat(documents()).isEqualTo(2);
  }

  @Test
  void aReportPathThatIsAFolderFailsBeforeAnythingIsCommitted() throws Exception {
    Fixtures.write(corpus, "docs/d5.md", "---\ntitle: Doc 5\n---\nA fifth document on visas.");
    Path folder = Files.createDirectories(tmp.resolve("reports"));
    CliRun run = index(corpus, "--report", folder.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("is a folder");
    assertThat(stats()).isEqualTo(statsBefore);
  }

  @Test
  void linksInsideTheCorpusAreFollowedOnlyWhileTheyStayInside() throws Exception {
    Path outside = tmp.resolve("outside");
    Fixtures.write(outside, "secret.md", "---\ntitle: Secret\n---\nNot part of the corpus.");
    Files.createSymbolicLink(corpus.resolve("alias"), corpus.resolve("docs"));
    Files.createSymbolicLink(corpus.resolve("leak"), outside);
    Files.createSymbolicLink(corpus.resolve("leak.md"), outside.resolve("secret.md"));
    Files.createSymbolicLink(corpus.resolve("dangling.md"), tmp.resolve("nothing-here.md"));
    Files.createSymbolicLink(corpus.resolve("docs/loop"), corpus);
    Path report = tmp.resolve("report.json");

    CliRun run = index(corpus, "--report", report.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("skipped leak: symbolic link to a location outside the corpus folder")
        .contains("skipped leak.md: symbolic link to a location outside the corpus folder")
        .contains("skipped dangling.md: dangling symbolic link")
        .contains("skipped docs/loop: symbolic link loop");
    assertThat(documents()).isEqualTo(8); // docs/ and alias/ each give the four documents
    JsonNode json = JSON.readTree(report.toFile());
    assertThat(json.get("skipped").findValuesAsText("kind")).containsOnly("link");
  }

  @Test
  void fileNamesWithControlCharactersAreRefusedAndEscapedInTheReport() {
    Fixtures.write(corpus, "docs/forged\nskipped x.md: fine.md", "---\ntitle: Odd\n---\nA document with an odd name.");
    CliRun run = index(corpus);
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("skipped docs/forged\\nskipped x.md: fine.md: the id contains a control character (U+000A)");
    assertThat(run.err().lines().filter(l -> l.startsWith("skipped"))).hasSize(1);
  }

  @Test
  void theWinnerAmongDuplicateIdsIsTheFirstInPathOrderWhateverTheThreads() throws Exception {
    Path dups = tmp.resolve("dups");
    for (int i = 0; i < 40; i++) {
      Fixtures.write(dups, String.format("f%02d.json", i),
          "{\"id\": \"same\", \"title\": \"copy " + i + "\", \"text\": \"Asylum text number " + i + ".\"}");
    }
    for (String threads : new String[] {"1", "4", "8"}) {
      CliRun run = index(dups, "--threads", threads, "--allow-shrink");
      assertThat(run.exitCode()).isZero();
      assertThat(run.err().lines().filter(l -> l.contains("duplicate id"))).hasSize(39);
      assertThat(run.err()).doesNotContain("skipped f00.json");
      JsonNode doc = JSON.readTree(CliRun.of("search", "--index", index.toString(), "--json").out());
      assertThat(doc.get("total").asInt()).isEqualTo(1);
      assertThat(doc.get("hits").get(0).get("title").asText()).as("threads " + threads).isEqualTo("copy 0");
    }
  }

  @Test
  void aDocumentOverTheTextCapIsSkippedAndTheOthersIndexed() throws Exception {
    Fixtures.write(corpus, "docs/huge.txt", "Huge\n\n" + "asylum ".repeat(800_000));
    CliRun run = index(corpus);
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("skipped docs/huge.txt: text too long");
    assertThat(documents()).isEqualTo(4);
  }

  @Test
  void declaredDatesOutOfRangeAreReportedAndTheDocumentKept() throws Exception {
    Fixtures.write(corpus, "docs/future.md", "---\ntitle: Future\ndate: 3024-01-01\n---\nAsylum rules changed on 5 May 2021.");
    Fixtures.write(corpus, "docs/feb30.md", "---\ntitle: Leap\ndate: 2023-02-30\n---\nA note on visas.");
    Path report = tmp.resolve("r.json");
    CliRun run = index(corpus, "--report", report.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains("warning docs/future.md: declared date '3024-01-01' is outside 1900-2100")
        .contains("warning docs/feb30.md: declared date '2023-02-30' is not a real date");
    assertThat(documents()).isEqualTo(6);
    assertThat(JSON.readTree(report.toFile()).get("warnings")).hasSize(2);
    JsonNode hit = JSON.readTree(CliRun.of("search", "--index", index.toString(), "--json", "title:future").out())
        .get("hits").get(0);
    assertThat(hit.get("date").asText()).isEqualTo("2021-05-05");
  }
}
