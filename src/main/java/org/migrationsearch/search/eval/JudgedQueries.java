package org.migrationsearch.search.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads judged queries: tab-separated, a header line, then {@code query_id, query_text,
 * country_filter, topic_filter, relevant_ids (comma-separated), notes}.
 */
final class JudgedQueries {

  private JudgedQueries() {}

  static List<JudgedQuery> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<JudgedQuery> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 5) {
        throw new IllegalArgumentException(file + " line " + (i + 1)
            + ": expected query_id, query_text, country_filter, topic_filter, relevant_ids (tab-separated)");
      }
      String id = cols[0].strip();
      if (!seen.add(id)) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": query id '" + id + "' appears twice");
      }
      Set<String> relevant = new LinkedHashSet<>();
      for (String r : cols[4].split(",")) {
        if (!r.isBlank()) {
          relevant.add(r.strip());
        }
      }
      if (relevant.isEmpty()) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": query '" + id + "' has no relevant document");
      }
      out.add(new JudgedQuery(id, cols[1].strip(), blankToNull(cols[2]), blankToNull(cols[3]), relevant));
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(file + ": no judged queries");
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
