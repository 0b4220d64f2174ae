package org.migrationsearch.enrich.language;

import org.migrationsearch.enrich.AnalyzedText;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

  private final LanguageDetector detector = LanguageDetector.fromBundledProfiles();

  private String titleOnly(String title) {
    return detector.detect(AnalyzedText.of(title, ""));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Joint Statement on Migration | en",
        "Remarks by the President on Border Security | en",
        "Fact Sheet: Strategy to Address the Root Causes of Migration | en",
        "What They Are Saying About the Border | en",
        "Declaración de Los Ángeles sobre Migración y Protección | es",
        "Versión estenográfica de la conferencia de prensa matutina | es",
        "Hoja informativa: la nueva política migratoria de México | es",
        "Declaração de Los Angeles sobre Migração e Proteção | pt",
        "Não há proteção sem cooperação regional | pt",
        "Déclaration de Los Angeles sur les migrations et la protection | fr",
        "Les réfugiés et l’accueil des migrants en Europe | fr",
        "Die Bundesregierung und die Migration über das Mittelmeer | de",
        "Erklärung zur Flüchtlingspolitik der Europäischen Union | de",
        "Dichiarazione di Los Angeles sulla migrazione e la protezione | it",
        "Il governo e la politica delle migrazioni nel Mediterraneo | it",
      })
  void shortTitles(String title, String expected) {
    assertThat(titleOnly(title)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | The United States and its partners will work together to expand lawful pathways for"
            + " migrants and refugees, and to strengthen the protection of those who flee violence.",
        "es | Hoy, el presidente se une a dirigentes de todo el hemisferio occidental para presentar"
            + " la Declaración sobre Migración y Protección en la Cumbre de las Américas. ¿Qué"
            + " significa para los migrantes?",
        "pt | Hoje, o presidente junta-se a líderes de todo o Hemisfério Ocidental para apresentar a"
            + " Declaração sobre Migração e Proteção na Cúpula das Américas. A Declaração busca"
            + " mobilizar toda a região em torno de ações ousadas.",
        "fr | Nous, chefs d’État et de gouvernement, réaffirmons notre engagement à renforcer la"
            + " coopération régionale pour une migration sûre, ordonnée et régulière, et pour la"
            + " protection des réfugiés dans nos pays.",
        "de | Die Bundesregierung hat heute beschlossen, die Zusammenarbeit mit den Nachbarstaaten"
            + " zu verstärken. Es ist nicht möglich, die Migration allein zu steuern; wir brauchen"
            + " gemeinsame Lösungen für Schutzsuchende.",
        "it | Il governo ha deciso oggi di rafforzare la cooperazione con i paesi vicini. Non è"
            + " possibile gestire la migrazione da soli: sono necessarie soluzioni comuni per la"
            + " protezione delle persone che fuggono.",
      })
  void longerBodies(String expected, String body) {
    assertThat(detector.detect(AnalyzedText.of("", body))).isEqualTo(expected);
  }

  @Test
  void spanishTextQuotingAnEnglishNameStaysSpanish() {
    String body =
        "La Casa Blanca publicó el documento titulado \"Joint Statement on the Los Angeles"
            + " Declaration on Migration and Protection\", en el que los gobiernos de la región se"
            + " comprometen a ampliar las vías legales y a proteger a los migrantes.";
    assertThat(detector.detect(AnalyzedText.of("", body))).isEqualTo("es");
  }

  @Test
  void englishTitleOverASpanishBodyFollowsTheBody() {
    String body =
        "El presidente de México y la vicepresidenta de los Estados Unidos conversaron sobre las"
            + " causas de la migración y los programas de desarrollo en Centroamérica.";
    assertThat(detector.detect(AnalyzedText.of("Virtual meeting with the Vice President", body)))
        .isEqualTo("es");
  }

  @Test
  void bilingualReleaseIsLabelledByTheLanguageItOpensIn() {
    String english =
        "The Secretary of Homeland Security is designating the country for Temporary Protected"
            + " Status for 18 months. Individuals who can demonstrate continuous residence in the"
            + " United States are eligible, and they should file an application with the agency."
            + " ";
    String spanish =
        "El Secretario de Seguridad Nacional designa al país para el Estatus de Protección"
            + " Temporal por 18 meses. Las personas que puedan demostrar residencia continua en los"
            + " Estados Unidos son elegibles y deben presentar una solicitud ante la agencia, y los"
            + " solicitantes también pueden pedir un permiso de trabajo durante el período. ";
    String body = english.repeat(12) + spanish.repeat(14);
    assertThat(detector.detect(AnalyzedText.of("", body))).isEqualTo("en");
  }

  @Test
  void titleDecidesWhenTheBodyIsEmpty() {
    assertThat(detector.detect(AnalyzedText.of("Statement by the Press Secretary", "")))
        .isEqualTo("en");
  }

  @Test
  void noEvidenceIsUndeterminedNotEnglish() {
    assertThat(detector.detect(AnalyzedText.of("", ""))).isEqualTo(LanguageDetector.UNDETERMINED);
    assertThat(detector.detect(AnalyzedText.of("2024", "10 000 — 12.5 %")))
        .isEqualTo(LanguageDetector.UNDETERMINED);
    assertThat(detector.detect(AnalyzedText.of(null, null)))
        .isEqualTo(LanguageDetector.UNDETERMINED);
  }

  @Test
  void offersTheSixLanguages() {
    assertThat(detector.languages()).contains("en", "es", "pt", "fr", "de", "it");
  }
}
