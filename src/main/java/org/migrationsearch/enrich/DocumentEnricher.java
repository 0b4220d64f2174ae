package org.migrationsearch.enrich;

import org.migrationsearch.corpus.Document;

/** Fills in what a document does not declare. Implementations are thread-safe. */
@FunctionalInterface
public interface DocumentEnricher {
  Document enrich(Document declared);
}
