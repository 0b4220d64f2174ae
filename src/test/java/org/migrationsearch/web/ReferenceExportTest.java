package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.FixtureCorpus;
import org.migrationsearch.testing.RunningServer;
import org.migrationsearch.testing.RunningServer.Answer;

/** {@code /api/export?format=ris|bibtex}: the same result set as references for Zotero and LaTeX. */
class ReferenceExportTest {

  @TempDir static Path dir;
  static RunningServer server;

  @BeforeAll
  static void start() throws Exception {
    server = RunningServer.over(dir, FixtureCorpus.policyDocuments(), null);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static List<String> jsonIds(String... params) {
    List<String> p = new ArrayList<>(List.of("format", "json"));
    p.addAll(List.of(params));
    return RunningServer.ids(server.get("/api/export", p.toArray(String[]::new)).json().get("hits"));
  }

  /** RIS records as ordered tag lists, read line by line as a reference manager does. */
  private static List<List<String[]>> risRecords(String body) {
    List<List<String[]>> records = new ArrayList<>();
    List<String[]> current = new ArrayList<>();
    for (String line : body.split("\r\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      assertThat(line).as("a RIS line is TAG  - value").matches("[A-Z][A-Z0-9]  - .*");
      String tag = line.substring(0, 2);
      if (tag.equals("ER")) {
        records.add(current);
        current = new ArrayList<>();
      } else {
        current.add(new String[] {tag, line.substring(6)});
      }
    }
    assertThat(current).as("the last record is closed").isEmpty();
    return records;
  }

  private static List<String> values(List<String[]> record, String tag) {
    return record.stream().filter(t -> t[0].equals(tag)).map(t -> t[1]).toList();
  }

  @Test
  void risHasOneRecordPerHitInRankOrderWithMappedFields() {
    Answer a = server.get("/api/export", "format", "ris", "q", "migration", "sort", "newest");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.header("Content-Type")).startsWith("application/x-research-info-systems");
    assertThat(a.header("Content-Disposition")).endsWith(".ris\"");
    List<List<String[]>> records = risRecords(a.body());
    List<String> expected = jsonIds("q", "migration", "sort", "newest");
    assertThat(records).hasSize(expected.size()).isNotEmpty();
    JsonNode hits = server.get("/api/export", "format", "json", "q", "migration", "sort", "newest").json().get("hits");
    for (int i = 0; i < records.size(); i++) {
      List<String[]> r = records.get(i);
      JsonNode h = hits.get(i);
      assertThat(r.get(0)[0]).as("TY comes first").isEqualTo("TY");
      assertThat(values(r, "N1")).contains("migration-search id: " + h.get("id").asText());
      assertThat(values(r, "TI")).containsExactly(h.get("title").asText().replaceAll("\\s*\\n\\s*", " ").strip());
      if (h.hasNonNull("date")) {
        assertThat(values(r, "PY")).containsExactly(h.get("date").asText().substring(0, 4));
      }
      String type = h.get("type").asText();
      String ty = values(r, "TY").get(0);
      switch (type) {
        case "report" -> assertThat(ty).isEqualTo("RPRT");
        case "law" -> assertThat(ty).isEqualTo("STAT");
        case "article" -> assertThat(ty).isEqualTo("NEWS");
        default -> assertThat(ty).isIn("GOVDOC", "LEGAL", "SLIDE", "GEN");
      }
      if (h.hasNonNull("source")) {
        assertThat(values(r, type.equals("article") ? "T2" : "PB")).containsExactly(h.get("source").asText());
      }
      assertThat(values(r, "KW")).hasSize(h.get("countries").size() + h.get("topics").size());
    }
  }

  /** BibTeX entries as key and fields, with a reader that counts braces as BibTeX does. */
  private static Map<String, Map<String, String>> bibEntries(String body) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    Matcher m = Pattern.compile("@(\\w+)\\{([^,{}\\s]+),\\n").matcher(body);
    int from = 0;
    while (m.find(from)) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("@type", m.group(1));
      int i = m.end();
      while (body.charAt(i) != '}') {
        Matcher f = Pattern.compile("  (\\w+) = ").matcher(body).region(i, body.length());
        assertThat(f.lookingAt()).as("field at " + i).isTrue();
        int v = f.end();
        int end;
        if (body.charAt(v) == '{') {
          int depth = 0;
          end = v;
          do {
            char c = body.charAt(end);
            if (c == '\\') {
              end++;
            } else if (c == '{') {
              depth++;
            } else if (c == '}') {
              depth--;
            }
            end++;
          } while (depth > 0);
          fields.put(f.group(1), body.substring(v + 1, end - 1));
        } else {
          end = body.indexOf(',', v);
          fields.put(f.group(1), body.substring(v, end));
        }
        assertThat(body.substring(end, end + 2)).isEqualTo(",\n");
        i = end + 2;
      }
      assertThat(out.put(m.group(2), fields)).as("keys are unique: " + m.group(2)).isNull();
      from = i + 1;
    }
    return out;
  }

  @Test
  void bibtexEntriesHaveUniqueKeysBalancedBracesAndTheIdAsNote() {
    Answer a = server.get("/api/export", "format", "bibtex", "q", "migration OR asylum OR border");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.header("Content-Type")).startsWith("application/x-bibtex");
    assertThat(a.body()).startsWith("@comment{Exported from migration-search at ");
    Map<String, Map<String, String>> entries = bibEntries(a.body().substring(a.body().indexOf("}\n\n") + 3));
    List<String> expected = jsonIds("q", "migration OR asylum OR border");
    assertThat(entries).hasSize(expected.size()).isNotEmpty();
    Set<String> types = new HashSet<>();
    List<String> notes = new ArrayList<>();
    for (Map<String, String> e : entries.values()) {
      types.add(e.get("@type"));
      assertThat(e).containsKeys("title", "note");
      notes.add(e.get("note").replace("\\_", "_"));
      if (e.containsKey("date")) {
        assertThat(e.get("year")).isEqualTo(e.get("date").substring(0, 4));
      }
    }
    assertThat(notes).isEqualTo(expected.stream().map(id -> "migration-search id: " + id).toList());
    assertThat(types).isSubsetOf("misc", "article", "techreport");
  }
}
