package org.migrationsearch.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * The files of a corpus folder worth reading, in path order, and the entries the walk had to
 * pass over (links leaving the corpus, pipes, folders it may not list), each with its reason.
 */
public record CorpusListing(List<Path> files, List<SkippedFile> skipped) {

  public CorpusListing {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }

  /** True when the folder holds nothing at all, not even files that would be skipped. */
  public boolean isEmpty() {
    return files.isEmpty() && skipped.isEmpty();
  }
}
