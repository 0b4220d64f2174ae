package org.migrationsearch.corpus;

import java.util.List;

/** What one corpus file gave: its documents and whatever in it had to be skipped. */
public record FileReadResult(List<Document> documents, List<SkippedFile> skipped) {

  public FileReadResult {
    documents = List.copyOf(documents);
    skipped = List.copyOf(skipped);
  }

  public static FileReadResult of(Document document) {
    return new FileReadResult(List.of(document), List.of());
  }

  public static FileReadResult skip(String path, SkippedFile.Kind kind, String reason) {
    return new FileReadResult(List.of(), List.of(new SkippedFile(path, kind, reason)));
  }
}
