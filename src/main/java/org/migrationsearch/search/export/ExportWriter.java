package org.migrationsearch.search.export;

import java.io.IOException;
import org.migrationsearch.search.BuildInfo;
import org.migrationsearch.search.SearchHit;

/** Receives an export as it streams: a header, each hit in rank order, an end. */
public interface ExportWriter {
  void begin(long total, BuildInfo build) throws IOException;

  void hit(SearchHit hit) throws IOException;

  void end() throws IOException;
}
