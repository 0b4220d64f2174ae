package org.migrationsearch.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.CliRun;
import org.migrationsearch.testing.FixtureCorpus;
import org.migrationsearch.testing.GeneratedCorpus;
import org.migrationsearch.testing.SolrTestServer;

/** {@code push} against a real Solr: rebuild, update by content hash, and a push killed midway. */
@Tag("solr")
class SolrPushTest {

  @TempDir
  Path dir;

  private static Set<String> idsIn(SolrConnection solr) throws IOException {
    return new TreeSet<>(SolrPusher.existing(solr).keySet());
  }

  private static Set<String> idsOf(List<FixtureCorpus.Doc> docs) {
    return docs.stream().map(FixtureCorpus.Doc::id).collect(Collectors.toCollection(TreeSet::new));
  }

  private static CliRun push(String url, String collection, Path corpus, String... more) {
    List<String> args = new ArrayList<>(List.of("push", "--solr", url, "--collection", collection,
        "--corpus", corpus.toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void updateSendsOnlyNewAndChangedDocumentsAndDeletesRemovedOnes() throws IOException {
    String url = SolrTestServer.get().url();
    Path corpus = dir.resolve("corpus");
    List<FixtureCorpus.Doc> docs = new ArrayList<>(GeneratedCorpus.documents(30, 7));
    FixtureCorpus.write(corpus, docs);
    CliRun first = push(url, "update", corpus, "--batch", "7");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("indexed 30 documents from 30 files (0 skipped)");

    FixtureCorpus.Doc changed = docs.get(3);
    docs.set(3, new FixtureCorpus.Doc(changed.path(), "A changed title", changed.date(), changed.type(),
        changed.language(), changed.countries(), changed.topics(), changed.source(), changed.text()));
    FixtureCorpus.write(corpus, docs.get(3));
    for (FixtureCorpus.Doc gone : List.of(docs.remove(10), docs.remove(20))) {
      Files.delete(corpus.resolve(gone.path()));
    }
    FixtureCorpus.Doc added = new FixtureCorpus.Doc("new/added.json", "An added document", "2024-02-02", "report",
        "en", List.of("MX"), List.of("asylum"), "Agency B", "A new report on asylum.");
    docs.add(added);
    FixtureCorpus.write(corpus, added);

    CliRun update = push(url, "update", corpus, "--mode", "update");
    assertThat(update.exitCode()).as(update.err()).isZero();
    assertThat(update.err()).contains("update: 2 added or changed, 27 unchanged, 2 deleted");
    try (SolrConnection solr = new SolrConnection(url, "update")) {
      assertThat(idsIn(solr)).isEqualTo(idsOf(docs));
      var title = solr.withRetries(c -> c.getById(changed.id())).getFirstValue("title_" + changed.language());
      if (Set.of("en", "es").contains(changed.language())) {
        assertThat(title).isEqualTo("A changed title");
      }
    }
  }

  @Test
  void aPushKilledMidwayAndRunAgainEndsWithExactlyTheCorpus() throws Exception {
    String url = SolrTestServer.get().url();
    Path before = dir.resolve("before");
    List<FixtureCorpus.Doc> old = GeneratedCorpus.documents(40, 1).stream()
        .map(d -> new FixtureCorpus.Doc("old/" + d.path(), d.title(), d.date(), d.type(), d.language(),
            d.countries(), d.topics(), d.source(), d.text()))
        .toList();
    FixtureCorpus.write(before, old);
    assertThat(push(url, "killed", before).exitCode()).isZero();

    Path corpus = dir.resolve("corpus");
    List<FixtureCorpus.Doc> docs = GeneratedCorpus.documents(3000, 2);
    FixtureCorpus.write(corpus, docs);
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.migrationsearch.cli.Main",
        "push", "--solr", url, "--collection", "killed", "--corpus", corpus.toString(), "--batch", "5",
        "--threads", "1")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("push.log").toFile())
        .start();
    // Killed once it has reported sending documents: the delete and some batches are in Solr.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.readString(dir.resolve("push.log")).contains("pushing:") && p.isAlive()
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(p.isAlive()).as("the push was still running when killed: " + Files.readString(dir.resolve("push.log")))
        .isTrue();
    p.destroyForcibly().waitFor();

    CliRun again = push(url, "killed", corpus);
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("indexed 3000 documents from 3000 files");
    try (SolrConnection solr = new SolrConnection(url, "killed")) {
      assertThat(idsIn(solr)).isEqualTo(idsOf(docs));
    }
  }

  @Test
  void anUnreachableSolrIsAFatalErrorNamingIt() {
    CliRun run = push("http://127.0.0.1:1/solr", "nowhere", dir, "--batch", "5");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("127.0.0.1:1").contains("nowhere");
  }
}
