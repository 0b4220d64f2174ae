import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A stand-in index of N times the documents, for measuring start-up and serving heap at a size
 * whose real build takes hours on a busy machine: {@code SOURCE} copied {@code COPIES} times into
 * an empty {@code TARGET}, segment files as they are (no merge), with the source's build info.
 * Ids repeat, so fetching one document by id finds its first copy; the vocabulary and facet values
 * are the source's, so the terms dictionary is smaller than a real index of that size would have.
 *
 *   java -cp target/migration-search.jar bench/ReplicateIndex.java SOURCE TARGET COPIES
 */
public class ReplicateIndex {
  public static void main(String[] args) throws Exception {
    int copies = Integer.parseInt(args[2]);
    try (Directory source = FSDirectory.open(Path.of(args[0]));
        Directory target = FSDirectory.open(Path.of(args[1]));
        IndexWriter w = new IndexWriter(target, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      for (int i = 0; i < copies; i++) {
        w.addIndexes(source); // one directory per call: IndexWriter refuses the same one twice in a call
      }
      var commits = DirectoryReader.listCommits(source);
      w.setLiveCommitData(commits.get(commits.size() - 1).getUserData().entrySet());
      w.commit();
      System.out.println(w.getDocStats().numDocs + " documents in " + args[1]);
    }
  }
}
