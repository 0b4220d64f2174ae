package org.migrationsearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.enrich.Enricher;
import org.migrationsearch.testing.Fixtures;

/**
 * A rebuild killed with SIGKILL in the middle of writing, in a separate JVM, leaves the previous
 * index readable and unchanged; the next run is not blocked by a stale lock.
 */
class KilledRebuildTest {

  @TempDir
  Path tmp;

  @Test
  void killedRebuildLeavesThePreviousCommit() throws Exception {
    Path index = tmp.resolve("index");
    IndexReport before = new CorpusIndexer(Enricher.standard()).rebuild(Fixtures.fixtureCorpus(), index, false);

    Path big = tmp.resolve("big");
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      body.append("Asylum seekers and refugees crossed the border while officials discussed visas and deportation. ");
    }
    for (int i = 0; i < 4000; i++) {
      Fixtures.write(big, "d" + (i % 40) + "/doc-" + i + ".txt", "Document " + i + "\n\n" + body);
    }

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "org.migrationsearch.cli.Main", "index", "--corpus", big.toString(), "--index", index.toString())
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      // The first progress line means documents are being written into the index folder.
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("indexing:")) {
        assertThat(line).doesNotStartWith("indexed ");
      }
      assertThat(line).as("progress was reported before the run ended").isNotNull();
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    try (var dir = FSDirectory.open(index); var r = DirectoryReader.open(dir)) {
      assertThat(r.numDocs()).isEqualTo(before.indexed());
      Map<String, String> data = r.getIndexCommit().getUserData();
      assertThat(data).containsEntry(IndexSchema.COMMIT_BUILD_ID, before.buildId());
      assertThat(List.of(dir.listAll())).anyMatch(f -> f.endsWith(".cfs") || f.endsWith(".fdt") || f.startsWith("_"));
    }
    IndexReport after = new CorpusIndexer(Enricher.standard()).rebuild(Fixtures.fixtureCorpus(), index, false);
    assertThat(after.committed()).isTrue();
    assertThat(after.buildId()).isNotEqualTo(before.buildId());
  }
}
