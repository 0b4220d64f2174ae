package org.migrationsearch.search.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.search.BuildInfo;
import org.migrationsearch.search.SearchHit;

class CsvExportWriterTest {

  private static String csv(SearchHit... hits) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CsvExportWriter w = new CsvExportWriter(bytes,
        new Provenance("asylum", "q=asylum&country=MX", "relevance", Instant.parse("2026-01-02T03:04:05Z")));
    w.begin(hits.length, new BuildInfo("b1", null, null));
    for (SearchHit h : hits) {
      w.hit(h);
    }
    w.end();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static SearchHit hit(String id, String title) {
    return SearchHit.of(new Document(id, id + ".json", title, "2024-01-10", "Src, Inc.", null, "statement", "es",
        List.of("MX", "GT"), List.of("asylum"), "")).score(1.5f).build();
  }

  @Test
  void rfc4180WithByteOrderMarkAndCrlf() throws Exception {
    String out = csv(hit("a/b", "Migración, \"asilo\"\ny más"));
    assertThat(out).startsWith("\uFEFFid,title,date,type,source,url,language,countries,topics,score,"
        + "query,parameters,build_id,exported_at,total\r\n");
    assertThat(out).endsWith("a/b,\"Migración, \"\"asilo\"\"\ny más\",2024-01-10,statement,\"Src, Inc.\",,es,MX;GT,asylum,1.5000,"
        + "asylum,q=asylum&country=MX,b1,2026-01-02T03:04:05Z,1\r\n");
  }

  @Test
  void formulasStayText() {
    assertThat(CsvExportWriter.defuse("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(CsvExportWriter.defuse("@SUM(A1)")).startsWith("'");
    assertThat(CsvExportWriter.defuse("+1 555")).startsWith("'");
    assertThat(CsvExportWriter.defuse("-cmd")).startsWith("'");
    assertThat(CsvExportWriter.defuse("-1+1")).isEqualTo("'-1+1");
    assertThat(CsvExportWriter.defuse("-.5*A1")).isEqualTo("'-.5*A1");
    assertThat(CsvExportWriter.defuse("Asylum")).isEqualTo("Asylum");
  }
}
