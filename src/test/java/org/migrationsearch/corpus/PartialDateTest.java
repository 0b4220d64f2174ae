package org.migrationsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2024, year, 2024-01-01, 2024-12-31",
    "2024-02, month, 2024-02-01, 2024-02-29",
    "2023-02, month, 2023-02-01, 2023-02-28",
    "2018-04-15, day, 2018-04-15, 2018-04-15",
  })
  void aPartialDateStandsForItsWholeRange(String written, String precision, String first, String last) {
    PartialDate d = PartialDate.parse(written).orElseThrow();
    assertThat(d.precision().label()).isEqualTo(precision);
    assertThat(d.firstDay()).isEqualTo(LocalDate.parse(first));
    assertThat(d.lastDay()).isEqualTo(LocalDate.parse(last));
    assertThat(d.toString()).isEqualTo(written);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-30", "2024-13", "24-01-01", "", "April 2018", "2024-00-10"})
  void whatIsNoDateIsRejected(String written) {
    assertThat(PartialDate.parse(written)).isEmpty();
  }

  @Test
  void aDayThatDoesNotExistKeepsItsMonthWhenReadLeniently() {
    assertThat(PartialDate.lenient(2023, 4, 31)).map(PartialDate::toString).contains("2023-04");
  }

  @Test
  void writtenAsStringFormatWritesIt() {
    for (int year = 1000; year <= 9999; year += 7) {
      assertThat(PartialDate.ofYear(year)).hasToString(String.format("%04d", year));
      for (int month = 1; month <= 12; month++) {
        assertThat(PartialDate.ofMonth(year, month)).hasToString(String.format("%04d-%02d", year, month));
        for (int day : new int[] {1, 9, 10, 28}) {
          assertThat(new PartialDate(year, month, day)).hasToString(String.format("%04d-%02d-%02d", year, month, day));
        }
      }
    }
  }

  @Test
  void ordersByTheFirstDayThenByPrecision() {
    PartialDate month = PartialDate.ofMonth(2024, 3);
    PartialDate firstOfMonth = PartialDate.parse("2024-03-01").orElseThrow();
    PartialDate later = PartialDate.parse("2024-03-05").orElseThrow();
    assertThat(month).isLessThan(firstOfMonth);
    assertThat(firstOfMonth).isLessThan(later);
  }
}
