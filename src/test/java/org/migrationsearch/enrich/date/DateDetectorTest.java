package org.migrationsearch.enrich.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationsearch.enrich.AnalyzedText;
import org.migrationsearch.enrich.ResourceLines;

class DateDetectorTest {

  private final DateDetector detector = DateDetector.instance();

  private Optional<String> inBody(String body) {
    return detector.detect(AnalyzedText.of("", body));
  }

  @ParameterizedTest(name = "{1} <- {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Issued on January 10, 2024 by the agency. | 2024-01-10",
        "Issued on 10 January 2024 by the agency. | 2024-01-10",
        "Issued on Jan. 10, 2024 by the agency. | 2024-01-10",
        "Issued on Sept. 5, 2023 by the agency. | 2023-09-05",
        "Issued on the 3rd of March? no: March 3rd, 2022 it was. | 2022-03-03",
        "WASHINGTON, Jan. 10, 2024 — The Secretary announced today | 2024-01-10",
        "Published 2024-01-10 in the register | 2024-01-10",
        "Published 2024/1/9 in the register | 2024-01-09",
        "Publicado el 10 de enero de 2024 en el diario oficial | 2024-01-10",
        "Publicado el 10 de enero, 2024 en el diario oficial | 2024-01-10",
        "Ciudad de México, martes 10 de enero de 2024. El presidente | 2024-01-10",
        "Viernes 6 de septiembre, 2019 — Manuel López Obrador | 2019-09-06",
        "Miércoles 12 de febrero de 2020 | 2020-02-12",
        "Brasília, 10 de junho de 2022 | 2022-06-10",
        "Los Angeles, le 10 juin 2022 | 2022-06-10",
        "Informe de enero de 2024 sobre la frontera | 2024-01",
        "Monthly update, January 2024 | 2024-01",
      })
  void formatsInTheBody(String body, String expected) {
    assertThat(inBody(body)).contains(expected);
  }

  @Test
  void titleComesFirst() {
    AnalyzedText text =
        AnalyzedText.of(
            "Versión estenográfica de la conferencia de prensa | Viernes 6 de septiembre, 2019",
            "El 1 de julio de 2018 ganamos la elección.");
    assertThat(detector.detect(text)).contains("2019-09-06");
  }

  @Test
  void datelineInTheOpeningBeatsAMonthInTheTitle() {
    AnalyzedText text =
        AnalyzedText.of(
            "Update for March 2024", "WASHINGTON, March 25, 2024 — Vice President Harris said");
    assertThat(detector.detect(text)).contains("2024-03-25");
  }

  @Test
  void aFullDateLaterInTheTextIsTheLastResortForDays() {
    String filler = "The programme continues to grow across the region. ".repeat(20);
    assertThat(inBody(filler + "It was signed on June 10, 2022 in Los Angeles."))
        .contains("2022-06-10");
  }

  @Test
  void loneYearInTheTitle() {
    assertThat(detector.detect(AnalyzedText.of("A Proclamation on National Immigrant Heritage Month, 2021", "")))
        .contains("2021");
    assertThat(detector.detect(AnalyzedText.of("Refugee Admissions for Fiscal Year 2024", "")))
        .isEmpty();
    assertThat(detector.detect(AnalyzedText.of("Results 2021–2024", ""))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "February 30, 2024 was no day",
        "el 31 de abril de 2023 no existe",
        "2024-13-01 is no month",
        "January 10, 1850 is too early",
        "10 de enero de 2150 es demasiado tarde",
        "No date here at all, only 12 apples and 2,024 pears",
      })
  void invalidOrMissingDates(String body) {
    assertThat(inBody(body)).isEmpty();
  }

  @Test
  void emptyTextHasNoDate() {
    assertThat(detector.detect(AnalyzedText.of(null, null))).isEmpty();
  }

  @Test
  void copyrightYearBeatsTheMonthsTheTextMentions() {
    String body = "Officials met in January 2023 and again in December to review the plan.\n\n"
        + "Copyright \u00a9 2024 ABC News Internet Ventures.";
    assertThat(detector.detectDate(AnalyzedText.of("", body)))
        .hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2024"))
        .hasValueSatisfying(d -> assertThat(d.precision().label()).isEqualTo("year"));
  }

  @Test
  void theLatestDateFolderOfTheEmbeddedLinksBeatsTheDatesTheTextRecalls() {
    String body = "On February 2, 2021, the President signed an order.\n"
        + "<img src=\"https://www.whitehouse.gov/wp-content/uploads/2021/07/strategy.jpg\">\n"
        + "See also https://example.org/2019/05/old-report.pdf and 2021/09 in prose.";
    assertThat(inBody(body)).contains("2021-07");
    assertThat(inBody("Read it: https://www.nytimes.com/2026/07/21/nyregion/voting.html")).contains("2026-07-21");
    assertThat(inBody("Its file is 2021/07/ on the shared drive.")).isEmpty();
  }

  @Test
  void aDocumentNumberLineGivesTheYearWhenNothingElseDoes() {
    assertThat(inBody("Presidential Determination\nNo. 2023-13\nMEMORANDUM FOR THE SECRETARY OF STATE"))
        .contains("2023");
    assertThat(inBody("No. 2023-04\nThe program opened in February 2023.")).contains("2023-02");
  }

  @Test
  void theLatestReportedDateWinsNotTheFirst() {
    String body = "In April 2018 the first caravan crossed. Numbers fell in 2020. "
        + "In February 2025 crossings had dropped to a fraction of the peak.";
    assertThat(inBody(body)).contains("2025-02");
  }

  @Test
  void datesTheTextLooksForwardToAreNotItsOwn() {
    String body = "The programme opened in March 2023. Applications are accepted until June 30, 2026, "
        + "and a review will take place in January 2027.";
    assertThat(inBody(body)).contains("2023-03");
  }

  @Test
  void aSignatureLineAtTheEndDatesTheDocument() {
    String body = "Section 1. Purpose. In 2017 the policy changed; on March 3, 2024 it changed again.\n\n"
        + "THE WHITE HOUSE,\n\nJanuary 20, 2025.";
    assertThat(inBody(body)).contains("2025-01-20");
  }

  @Test
  void theProclamationFormulaIsReadAsADay() {
    String body = "NOW, THEREFORE, I proclaim June 2023 as National Immigrant Heritage Month.\n\n"
        + "IN WITNESS WHEREOF, I have hereunto set my hand this thirty-first day of May, in the year of "
        + "our Lord two thousand twenty-three, and of the Independence of the United States the two "
        + "hundred and forty-seventh.";
    assertThat(inBody(body)).contains("2023-05-31");
  }

  @Test
  void aDatelineOpensTheTextEvenWhenLaterDatesFollow() {
    assertThat(inBody("Ciudad de M\u00e9xico, a 12 de marzo de 2023. El canciller record\u00f3 "
        + "el acuerdo del 7 de junio de 2019 y anunci\u00f3 una reuni\u00f3n para el 20 de abril de 2023."))
        .contains("2023-03-12");
  }

  @Test
  void everyFutureCueSaysWhereItIsLookedFor() {
    for (String line : ResourceLines.read(DateDetector.class, "date-future-cues.txt")) {
      assertThat(line).as(line).matches("(before|sentence): [a-z' ]+");
    }
  }

  @Test
  void aSentenceOpeningWithAnEventsDateIsNoDateline() {
    String body = "On 2 February 2017, the two governments signed a memorandum on migration.\n\n"
        + "The memorandum was renewed in 2020, and in July 2023 a new agreement followed.";
    assertThat(inBody(body)).contains("2023-07");
  }

  @Test
  void everyDatelinePrepositionIsOneFoldedWord() {
    assertThat(ResourceLines.read(DateDetector.class, "dateline-prepositions.txt"))
        .isNotEmpty().allSatisfy(w -> assertThat(w).matches("[a-z]+"));
  }

  /** The regions, empty for a line without a year, agree with the patterns' own {@code \d{4}}. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"", "2024", "in 1999.", "12 34", "123", "a1234b",
      "\u0661\u0662\u0663\u0664", "\uff11\uff19\uff19\uff19", "12\u00a034 5678", "99-99-99", "Jan. 10, 20245"})
  void fourDigitShortcutAgreesWithTheRegex(String text) {
    assertThat(YearRegions.of(text).length > 0)
        .isEqualTo(java.util.regex.Pattern.compile("\\d{4}").matcher(text).find());
  }
}
