package org.migrationsearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataNormalizerTest {

  private final MetadataNormalizer normalizer = MetadataNormalizer.instance();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2024-01-10, 2024-01-10",
    "2024-1-9, 2024-01-09",
    "2024/01/10, 2024-01-10",
    "2024-01, 2024-01",
    "2024, 2024",
    "2024-01-10T15:30:00Z, 2024-01-10",
    "2024-01-10T15:30:00.000-05:00, 2024-01-10",
    "' 2024-02-29 ', 2024-02-29",
  })
  void acceptedDates(String declared, String expected) {
    assertThat(normalizer.normalizeDate(declared)).contains(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "", "January 10, 2024", "10/01/2024", "2024-02-30", "2023-02-29", "2024-13", "1850",
        "2024-01T10:00", "20240110", "2024-01/10", "soon"
      })
  void rejectedDates(String declared) {
    assertThat(normalizer.normalizeDate(declared)).isEmpty();
  }

  @Test
  void nullDateIsEmpty() {
    assertThat(normalizer.normalizeDate(null)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Joint Statement, joint-statement",
    "press release, press-release",
    "fact_sheet, fact-sheet",
    "FACT SHEET, fact-sheet",
    "speech, speech",
    "Remarks, speech",
    "Executive Order, regulation",
    "Declaración conjunta, joint-statement",
    "Comunicado de prensa, press-release",
    "Readout, press-release",
    "Law, law",
    "podcast episode, other",
  })
  void types(String declared, String expected) {
    assertThat(normalizer.normalizeType(declared)).contains(expected);
  }

  @Test
  void blankTypeIsEmpty() {
    assertThat(normalizer.normalizeType(" ")).isEmpty();
    assertThat(normalizer.normalizeType(null)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "English, en",
    "EN, en",
    "en-US, en",
    "pt_BR, pt",
    "español, es",
    "Spanish, es",
    "Castellano, es",
    "français, fr",
    "Deutsch, de",
    "spa, es",
    "eng, en",
  })
  void languages(String declared, String expected) {
    assertThat(normalizer.normalizeLanguage(declared)).contains(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", "xx", "Klingon", "english please"})
  void unknownLanguagesAreEmpty(String declared) {
    assertThat(normalizer.normalizeLanguage(declared)).isEmpty();
  }
}
