package org.migrationsearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationsearch.corpus.SkippedFile;
import org.migrationsearch.index.ReindexService.RunSummary;
import org.migrationsearch.search.Json;

class IndexReportTest {

  private static final SkippedFile PICTURE = new SkippedFile("a/picture.png", SkippedFile.Kind.UNSUPPORTED_TYPE,
      "not a document type");

  @Test
  void aCommittedRebuildRendersTheContractKeysInOrder() {
    IndexReport r = IndexReport.builder("rebuild").indexed(7).files(8).skipped(List.of(PICTURE)).seconds(1.23456)
        .buildId("b1").build();
    assertThat(r.committed()).isTrue();
    assertThat(r.summaryLine()).isEqualTo("indexed 7 documents from 8 files (1 skipped) in 1.2 s");
    assertThat(Json.write(r.toJson())).isEqualTo("{\"indexed\":7,\"files\":8,\"skipped\":[{\"path\":\"a/picture.png\","
        + "\"reason\":\"not a document type\",\"kind\":\"unsupported_type\"}],\"warnings\":[],\"seconds\":1.235,"
        + "\"committed\":true,\"mode\":\"rebuild\",\"build_id\":\"b1\"}");
  }

  @Test
  void aRefusedUpdateSaysWhyAndCountsWhatItLeftAlone() {
    IndexReport r = IndexReport.builder("update").indexed(0).files(3).unchanged(2)
        .refused(IndexReport.Outcome.SHRINK_REFUSED, "would empty the index").build();
    assertThat(r.committed()).isFalse();
    assertThat(r.toJson()).containsEntry("committed", false).containsEntry("refusal", "would empty the index")
        .containsEntry("unchanged", 2).containsEntry("deleted", 0).doesNotContainKey("build_id");
  }

  @Test
  void theAdminSummaryTakesItsFiguresFromTheSameRendering() {
    IndexReport r = IndexReport.builder("rebuild").indexed(7).files(8).skipped(List.of(PICTURE)).seconds(1.23456)
        .buildId("b1").build();
    RunSummary s = RunSummary.of("succeeded", "2026-01-01T00:00:00Z", r);
    assertThat(s.seconds()).isEqualTo(r.roundedSeconds());
    assertThat(s.skippedFiles()).isEqualTo(r.skippedJson());
    assertThat(s.skipped()).isEqualTo(1);
    assertThat(s.error()).isNull();
  }
}
