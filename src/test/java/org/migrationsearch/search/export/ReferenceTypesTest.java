package org.migrationsearch.search.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceTypesTest {

  static final Set<String> RIS_TYPES = Set.of("GOVDOC", "NEWS", "RPRT", "LEGAL", "STAT", "SLIDE", "GEN", "JOUR",
      "ELEC", "PAMP", "BILL", "HEAR");

  @Test
  void everyDocumentTypeHasAReferenceTypeOfEachFormat() {
    var table = ReferenceTypes.all();
    assertThat(table.keySet()).containsExactlyInAnyOrder("statement", "joint-statement", "press-release",
        "fact-sheet", "speech", "article", "report", "regulation", "law", "treaty", "declaration", "other");
    table.values().forEach(m -> {
      assertThat(m.ris()).isIn(RIS_TYPES);
      assertThat(m.bibtex()).isIn("misc", "article", "techreport", "report");
    });
  }

  @Test
  void unknownTypesAreGeneric() {
    assertThat(ReferenceTypes.of("podcast")).isEqualTo(ReferenceTypes.FALLBACK);
    assertThat(ReferenceTypes.of(null).ris()).isEqualTo("GEN");
  }

  @Test
  void texSpecialsAreEscaped() {
    assertThat(BibtexExportWriter.escape("50% of {A} & B_1 #2 ~x ^y \\z"))
        .isEqualTo("50\\% of \\{A\\} \\& B\\_1 \\#2 \\~{}x \\^{}y \\textbackslash{}z");
  }
}
