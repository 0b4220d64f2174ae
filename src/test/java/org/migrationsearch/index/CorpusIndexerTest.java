package org.migrationsearch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.corpus.SkippedFile;
import org.migrationsearch.enrich.DocumentEnricher;
import org.migrationsearch.enrich.Enricher;
import org.migrationsearch.testing.Fixtures;

/** Rebuilds: counts, skipped files, commit metadata and the all-or-nothing commit. */
class CorpusIndexerTest {

  @TempDir
  Path tmp;

  private static int documents(Path index) throws Exception {
    try (var dir = FSDirectory.open(index); var r = DirectoryReader.open(dir)) {
      return r.numDocs();
    }
  }

  private static Map<String, String> userData(Path index) throws Exception {
    try (var dir = FSDirectory.open(index); var r = DirectoryReader.open(dir)) {
      return r.getIndexCommit().getUserData();
    }
  }

  @Test
  void rebuildIndexesTheFixtureAndRecordsTheBuild() throws Exception {
    Path index = tmp.resolve("index");
    IndexReport r = new CorpusIndexer(Enricher.standard()).rebuild(Fixtures.fixtureCorpus(), index, false);
    assertThat(r.committed()).isTrue();
    assertThat(r.indexed()).isEqualTo(Fixtures.FIXTURE_DOCUMENTS);
    assertThat(r.files()).isEqualTo(Fixtures.FIXTURE_FILES);
    assertThat(r.skipped()).extracting(SkippedFile::path).containsExactly("data/picture.png");
    assertThat(documents(index)).isEqualTo(Fixtures.FIXTURE_DOCUMENTS);
    assertThat(userData(index))
        .containsEntry(IndexSchema.COMMIT_BUILD_ID, r.buildId())
        .containsEntry(IndexSchema.COMMIT_DOCUMENTS, "9")
        .containsKey(IndexSchema.COMMIT_BUILT_AT);
  }

  /** The buffers written side by side before the commit are all in it, as those the commit writes. */
  @Test
  void aRebuildOnManyThreadsCommitsWhatOneThreadCommits() throws Exception {
    java.util.List<java.util.List<String>> indexes = new java.util.ArrayList<>();
    for (int threads : new int[] {1, 4}) {
      Path index = tmp.resolve("index-" + threads);
      IndexReport r = new CorpusIndexer(Enricher.standard(), threads, IndexProgress.NONE)
          .rebuild(Fixtures.fixtureCorpus(), index, false);
      assertThat(r.committed()).isTrue();
      java.util.List<String> docs = new java.util.ArrayList<>();
      try (var dir = FSDirectory.open(index); var reader = DirectoryReader.open(dir)) {
        for (var leaf : reader.leaves()) {
          for (int d = 0; d < leaf.reader().maxDoc(); d++) {
            var doc = leaf.reader().storedFields().document(d);
            docs.add(doc.get(IndexSchema.ID) + " " + doc.get(IndexSchema.HASH) + " " + doc.get(IndexSchema.LABEL_REASONS));
          }
        }
      }
      java.util.Collections.sort(docs);
      indexes.add(docs);
    }
    assertThat(indexes.get(0)).hasSize(Fixtures.FIXTURE_DOCUMENTS);
    assertThat(indexes.get(1)).isEqualTo(indexes.get(0));
  }

  @Test
  void strictModeCommitsNothingWhenAFileIsSkipped() throws Exception {
    Path index = tmp.resolve("index");
    Path corpus = Fixtures.copyOfFixtureCorpus(tmp.resolve("corpus"));
    Fixtures.write(corpus, "ok.txt", "A first document\n\nAsylum seekers at the border.");
    java.nio.file.Files.delete(corpus.resolve("data/picture.png"));
    IndexReport first = new CorpusIndexer(Enricher.standard()).rebuild(corpus, index, true);
    assertThat(first.committed()).isTrue();

    Fixtures.write(corpus, "broken.json", "{not json");
    Fixtures.write(corpus, "more.txt", "Another document\n\nRefugees and resettlement.");
    IndexReport second = new CorpusIndexer(Enricher.standard()).rebuild(corpus, index, true);
    assertThat(second.committed()).isFalse();
    assertThat(second.skipped()).extracting(SkippedFile::path).containsExactly("broken.json");
    assertThat(documents(index)).isEqualTo(first.indexed());
    assertThat(userData(index)).containsEntry(IndexSchema.COMMIT_BUILD_ID, first.buildId());
  }

  @Test
  void aRebuildThatFailsMidwayLeavesThePreviousIndexUnchanged() throws Exception {
    Path index = tmp.resolve("index");
    IndexReport good = new CorpusIndexer(Enricher.standard()).rebuild(Fixtures.fixtureCorpus(), index, false);

    AtomicInteger calls = new AtomicInteger();
    DocumentEnricher failing = d -> {
      if (calls.incrementAndGet() == 5) {
        throw new IllegalStateException("disk on fire");
      }
      return Enricher.standard().enrich(d);
    };
    try (var dir = FSDirectory.open(index); var readerBefore = DirectoryReader.open(dir)) {
      assertThatThrownBy(() -> new CorpusIndexer(failing, 1, IndexProgress.NONE).rebuild(Fixtures.fixtureCorpus(), index, false))
          .hasMessageContaining("disk on fire");
      assertThat(readerBefore.numDocs()).isEqualTo(good.indexed());
      assertThat(DirectoryReader.openIfChanged(readerBefore)).as("no new commit").isNull();
    }
    assertThat(userData(index)).containsEntry(IndexSchema.COMMIT_BUILD_ID, good.buildId());
    assertThat(documents(index)).isEqualTo(good.indexed());
  }

  @Test
  void readersOpenDuringARebuildKeepTheirSnapshotUntilTheyReopen() throws Exception {
    Path index = tmp.resolve("index");
    Path corpus = Fixtures.copyOfFixtureCorpus(tmp.resolve("corpus"));
    new CorpusIndexer(Enricher.standard()).rebuild(corpus, index, false);
    try (var dir = FSDirectory.open(index); var before = DirectoryReader.open(dir)) {
      Fixtures.write(corpus, "new.txt", "A new note\n\nDeportation flights resumed.");
      new CorpusIndexer(Enricher.standard()).rebuild(corpus, index, false);
      assertThat(before.numDocs()).isEqualTo(Fixtures.FIXTURE_DOCUMENTS);
      try (var after = DirectoryReader.openIfChanged(before)) {
        assertThat(after).isNotNull();
        assertThat(after.numDocs()).isEqualTo(Fixtures.FIXTURE_DOCUMENTS + 1);
      }
    }
  }

  @Test
  void duplicateIdsAreReportedNotIndexedTwice() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Fixtures.write(corpus, "a.md", "---\nid: same\n---\n# One\n\nText one.");
    Fixtures.write(corpus, "b.md", "---\nid: same\n---\n# Two\n\nText two.");
    IndexReport r = new CorpusIndexer(Enricher.standard(), 1, IndexProgress.NONE).rebuild(corpus, tmp.resolve("i"), false);
    assertThat(r.indexed()).isEqualTo(1);
    assertThat(r.skipped()).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(SkippedFile.Kind.DUPLICATE_ID);
      assertThat(s.path()).isEqualTo("b.md");
      assertThat(s.reason()).contains("a.md");
    });
  }

  @Test
  void enrichedFieldsAreStored() throws Exception {
    Path index = tmp.resolve("index");
    new CorpusIndexer(Enricher.standard()).rebuild(Fixtures.fixtureCorpus(), index, false);
    try (var dir = FSDirectory.open(index); var r = DirectoryReader.open(dir)) {
      var searcher = new org.apache.lucene.search.IndexSearcher(r);
      var top = searcher.search(new org.apache.lucene.search.TermQuery(
          new org.apache.lucene.index.Term(IndexSchema.ID, "statements/2022-06-10-la-declaration")), 1);
      Document d = DocumentMapper.fromStored(searcher.storedFields().document(top.scoreDocs[0].doc));
      assertThat(d.countries()).containsExactly("US", "MX", "GT");
      assertThat(d.language()).isEqualTo("en");
      assertThat(d.type()).isEqualTo("declaration");
    }
  }
}
