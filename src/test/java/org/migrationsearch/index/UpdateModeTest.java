package org.migrationsearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.enrich.Enricher;
import org.migrationsearch.testing.Fixtures;

/** {@code --mode update}: new and changed documents are written, vanished ones deleted, the rest left alone. */
class UpdateModeTest {

  @TempDir
  Path tmp;

  private static Set<String> ids(Path index) throws Exception {
    Set<String> ids = new HashSet<>();
    try (var dir = FSDirectory.open(index); var r = DirectoryReader.open(dir)) {
      var stored = r.storedFields();
      for (int i = 0; i < r.maxDoc(); i++) {
        if (r.hasDeletions() && !org.apache.lucene.index.MultiBits.getLiveDocs(r).get(i)) {
          continue;
        }
        ids.add(stored.document(i).get(IndexSchema.ID));
      }
    }
    return ids;
  }

  @Test
  void updateAddsChangesAndDeletes() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    Fixtures.write(corpus, "keep.txt", "Kept note\n\nAsylum procedures at the border.");
    Fixtures.write(corpus, "change.txt", "Changed note\n\nFirst version about refugees.");
    Fixtures.write(corpus, "gone.txt", "Vanishing note\n\nDetention centres.");
    CorpusIndexer indexer = new CorpusIndexer(Enricher.standard());
    indexer.rebuild(corpus, index, false);

    Fixtures.write(corpus, "change.txt", "Changed note\n\nSecond version about refugees and resettlement.");
    Files.delete(corpus.resolve("gone.txt"));
    Fixtures.write(corpus, "new.txt", "New note\n\nVisa waivers.");
    IndexReport r = indexer.update(corpus, index, false);

    assertThat(r.committed()).isTrue();
    assertThat(r.indexed()).as("written").isEqualTo(2);
    assertThat(r.unchanged()).isEqualTo(1);
    assertThat(r.deleted()).isEqualTo(1);
    assertThat(ids(index)).containsExactlyInAnyOrder("keep", "change", "new");
  }

  @Test
  void aFileThatBecameUnreadableKeepsItsPreviousDocument() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    Fixtures.write(corpus, "doc.json", "{\"title\": \"T\", \"text\": \"Asylum\"}");
    CorpusIndexer indexer = new CorpusIndexer(Enricher.standard());
    indexer.rebuild(corpus, index, false);
    Fixtures.write(corpus, "doc.json", "{\"title\": broken");
    IndexReport r = indexer.update(corpus, index, false);
    assertThat(r.skipped()).hasSize(1);
    assertThat(r.deleted()).isZero();
    assertThat(ids(index)).containsExactly("doc");
  }

  @Test
  void updateOnAMissingIndexBuildsOne() throws Exception {
    IndexReport r = new CorpusIndexer(Enricher.standard()).update(Fixtures.fixtureCorpus(), tmp.resolve("index"), false);
    assertThat(r.indexed()).isEqualTo(Fixtures.FIXTURE_DOCUMENTS);
    assertThat(ids(tmp.resolve("index"))).hasSize(Fixtures.FIXTURE_DOCUMENTS);
  }
}
