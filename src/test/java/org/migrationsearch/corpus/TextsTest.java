package org.migrationsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one accent folding, in its two forms, and the title comparison key built on it. */
class TextsTest {

  @Test
  void foldingDropsCaseAndAccents() {
    assertThat(Texts.fold("Migración")).isEqualTo("migracion");
    assertThat(Texts.fold("PÉREZ Núñez")).isEqualTo("perez nunez");
    assertThat(Texts.fold("Citoyenneté")).isEqualTo("citoyennete");
    assertThat(Texts.fold("e\u0301xodo")).as("a mark written apart goes too").isEqualTo("exodo");
    assertThat(Texts.fold("asylum")).isEqualTo("asylum");
  }

  @Test
  void foldingKeepingOffsetsWritesOneCharForEachChar() {
    assertThat(Texts.foldKeepingOffsets("Miércoles 12 de Febrero")).isEqualTo("miercoles 12 de febrero");
    String marked = "e\u0301xodo";
    assertThat(Texts.foldKeepingOffsets(marked)).hasSameSizeAs(marked).startsWith("e\u0301");
  }

  @Test
  void foldingARangeFoldsWhatCuttingItOutFirstWould() {
    String text = "Dicho el Miércoles 12 de Febrero";
    assertThat(Texts.foldKeepingOffsets(text, 9, text.length())).isEqualTo(Texts.foldKeepingOffsets(text.substring(9)));
    assertThat(Texts.foldKeepingOffsets(text, 3, 3)).isEmpty();
  }

  @Test
  void theFoldTableHoldsWhatFoldingEachCharGives() {
    StringBuilder every = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      every.append((char) c);
    }
    String folded = Texts.foldKeepingOffsets(every.toString());
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(folded.charAt(c)).as("char %04x", c).isEqualTo(Texts.foldChar((char) c));
    }
  }

  @Test
  void bothFormsAgreeOnPrecomposedLettersOfSpanishAndFrench() {
    String text = "Declaración de Quito sobre movilidad humana; réfugiés à l'été, niños y niñas";
    assertThat(Texts.foldKeepingOffsets(text)).isEqualTo(Texts.fold(text));
  }

  @Test
  void titlesCompareWithoutTypography() {
    assertThat(Texts.comparable("“Safe Mobility” — Offices")).isEqualTo(Texts.comparable("safe mobility offices"));
    assertThat(Texts.comparable("Protección Temporal")).isEqualTo("proteccion temporal");
    assertThat(Texts.comparable("\uFB01nal ﬁgures")).as("ligatures are their letters").isEqualTo("final figures");
    assertThat(Texts.comparable(null)).isEmpty();
  }
}
