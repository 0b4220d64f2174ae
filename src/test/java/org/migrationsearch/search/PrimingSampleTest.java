package org.migrationsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Priming searches one segment of the index: one large enough to say something of a real search,
 * and no larger, so that at a million documents it costs a fraction of a search of them all.
 */
class PrimingSampleTest {

  @TempDir Path tmp;

  /** One segment per size given, in that order. */
  private static DirectoryReader segments(Directory dir, int... sizes) throws Exception {
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      int id = 0;
      for (int size : sizes) {
        for (int i = 0; i < size; i++) {
          Document d = new Document();
          d.add(new StringField("id", Integer.toString(id++), Field.Store.NO));
          w.addDocument(d);
        }
        w.commit();
      }
    }
    return DirectoryReader.open(dir);
  }

  @Test
  void theSampleIsTheSmallestSegmentThatIsNotTiny() throws Exception {
    try (Directory dir = FSDirectory.open(tmp.resolve("a"));
        DirectoryReader reader = segments(dir, 3_000, 40, 1_200, 2_000)) {
      IndexSnapshot sample = new IndexSnapshot(reader).sample();
      assertThat(sample.getIndexReader().leaves()).hasSize(1);
      assertThat(sample.documents()).isEqualTo(1_200);
    }
  }

  @Test
  void withOnlySmallSegmentsTheLargestIsSearched() throws Exception {
    try (Directory dir = FSDirectory.open(tmp.resolve("b"));
        DirectoryReader reader = segments(dir, 5, 30, 12)) {
      assertThat(new IndexSnapshot(reader).sample().documents()).isEqualTo(30);
    }
  }
}
