package org.migrationsearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeDetectorTest {

  private final TypeDetector detector = TypeDetector.fromBundledCues();

  private String ofTitle(String title) {
    return detector.detect(AnalyzedText.of(title, ""));
  }

  @ParameterizedTest(name = "{1} <- {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Joint Statement by the United States and Mexico on Migration | joint-statement",
        "U.S.-Mexico Joint Declaration | joint-statement",
        "Declaración conjunta de México y Guatemala | joint-statement",
        "Mexico-U.S. Joint Communiqué on Shared Commitments | joint-statement",
        "FACT SHEET: Strategy to Address the Root Causes of Migration | fact-sheet",
        "Hoja informativa: Cumbre de Líderes de América del Norte | fact-sheet",
        "Ficha informativa sobre la Declaración de Los Ángeles | fact-sheet",
        "Remarks by President Biden at the Los Angeles Declaration Endorsement Event | speech",
        "Discurso del presidente en la Cumbre de las Américas | speech",
        "Versión estenográfica de la conferencia de prensa matutina | speech",
        "México, país de asilo: intervención sobre la Ley de Migración | speech",
        "Press Briefing by Press Secretary Karine Jean-Pierre | speech",
        "Background Press Call on Climate Security | speech",
        "Sweden: Statement in the General Debate of the 71st session of the UN General Assembly"
            + " | speech",
        "Address to the General Assembly by the President of Chile | speech",
        "Statement by President Biden on the American Dream and Promise Act of 2021 | statement",
        "Statement from Press Secretary on the District Court Ruling | statement",
        "Comunicado de la Secretaría de Relaciones Exteriores | statement",
        "Comunicado de prensa: nuevas medidas migratorias | press-release",
        "Press Release: DHS Designates Venezuela for TPS | press-release",
        "Boletín 123: La SRE informa sobre repatriaciones | press-release",
        "Readout of President Biden’s Call with President López Obrador | press-release",
        "Executive Order on Rebuilding Programs to Resettle Refugees | regulation",
        "A Proclamation on National Immigrant Heritage Month, 2024 | regulation",
        "Memorandum on Unexpected Urgent Refugee and Migration Needs | regulation",
        "Decreto por el que se reforma la Ley de Migración | regulation",
        "Securing the Border: Interim Final Rule | regulation",
        "Immigration and Nationality Act | law",
        "8 U.S.C. § 1158 — Asylum | law",
        "Ley de Migración | law",
        "Los Angeles Declaration on Migration and Protection | declaration",
        "Declaración de Los Ángeles sobre Migración y Protección | declaration",
        "World Migration Report 2024 | report",
        "Informe anual sobre migración | report",
        "H-1B FAQ | article",
        "Crime Keeps Rising: Another Reason to Pass the Laken Riley Act | article",
        "Statement by the President on Passing the SAVE Act | statement",
      })
  void typeFromTheTitle(String title, String expected) {
    assertThat(ofTitle(title)).isEqualTo(expected);
  }

  @Test
  void lowerCaseWordsAreNotCues() {
    // "act" as a verb and "report" as a verb are no law and no report.
    assertThat(ofTitle("Congress must act now on the border")).isEqualTo("other");
    assertThat(ofTitle("Agents report fewer crossings")).isEqualTo("other");
  }

  @Test
  void bodyOpeningDecidesWhenTheTitleIsSilent() {
    assertThat(
            detector.detect(
                AnalyzedText.of(
                    "Securing Our Borders",
                    "By the authority vested in me as President by the Constitution and the laws"
                        + " of the United States of America, it is hereby ordered:")))
        .isEqualTo("regulation");
    assertThat(
            detector.detect(
                AnalyzedText.of(
                    "National Angel Family Day, 2026",
                    "BY THE PRESIDENT OF THE UNITED STATES OF AMERICA A PROCLAMATION On this day")))
        .isEqualTo("regulation");
    assertThat(
            detector.detect(
                AnalyzedText.of(
                    "On Border Security",
                    "Roosevelt Room 11:54 A.M. EST THE PRESIDENT: Hi, everybody.")))
        .isEqualTo("speech");
  }

  @Test
  void titleOutranksTheBody() {
    String body =
        "By the authority vested in me as President, I signed today an order on the border.";
    assertThat(detector.detect(AnalyzedText.of("Fact Sheet: New Border Actions", body)))
        .isEqualTo("fact-sheet");
  }

  @Test
  void proseWithoutCuesIsAnArticleAndFragmentsAreOther() {
    String sentence =
        "Border crossings fell again last month, according to figures published on Monday. ";
    assertThat(
            detector.detect(AnalyzedText.of("Illegal Crossings Plummet", sentence.repeat(8))))
        .isEqualTo("article");
    assertThat(
            detector.detect(
                AnalyzedText.of(
                    "Crossings Fall", "WASHINGTON — " + sentence.repeat(3))))
        .isEqualTo("article");
    assertThat(detector.detect(AnalyzedText.of("Photo gallery", "Image 1 Image 2 Image 3")))
        .isEqualTo("other");
    assertThat(detector.detect(AnalyzedText.of("", ""))).isEqualTo("other");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Safe Third Country Agreement between Canada and the United States",
    "Tratado de Libre Comercio",
    "Memorandum of Understanding between the United States and Panama",
  })
  void anAgreementsOwnTextIsATreaty(String title) {
    String body = "The Parties, desiring to cooperate on the protection of refugees, have agreed as follows. "
        + "Article 1. Definitions. For the purposes of this Agreement the following terms apply. "
        + "Article 2. Each Party shall examine claims made at its border. "
        + "Done at Washington, in duplicate, in the English and French languages.";
    assertThat(detector.detect(AnalyzedText.of(title, body))).isEqualTo("treaty");
  }

  @Test
  void aNoteAboutAnAgreementIsNoTreaty() {
    String body = "Signed in July 2019, the agreement allowed the United States to transfer asylum seekers "
        + "to Guatemala. Critics compared it with other arrangements. Only a few hundred people were "
        + "transferred before the agreement was suspended in 2021. Observers said the country lacked "
        + "the capacity to process claims, and few of those transferred applied for protection there.";
    assertThat(detector.detect(AnalyzedText.of("The U.S.\u2013Guatemala Asylum Cooperative Agreement, 2019\u20132021", body)))
        .isNotEqualTo("treaty");
  }

  @Test
  void everyTreatyMarkHasAKnownKind() {
    for (String line : ResourceLines.read(TypeDetector.class, "treaty-marks.txt")) {
      assertThat(line.split("\t")[0]).as(line).isIn("parties", "articles", "signature");
    }
  }
}
