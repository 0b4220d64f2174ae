package org.migrationsearch.index;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Document dates as the contract writes them: {@code yyyy-mm-dd}, {@code yyyy-mm} or {@code yyyy}. */
public final class DocumentDates {

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private DocumentDates() {}

  /** The first day the date covers ("2024-03" starts on 2024-03-01); empty when not a date. */
  public static Optional<LocalDate> firstDay(String date) {
    if (date == null) {
      return Optional.empty();
    }
    Matcher m = DATE.matcher(date.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return Optional.of(LocalDate.of(year, 1, 1));
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return Optional.of(YearMonth.of(year, month).atDay(1));
      }
      return Optional.of(LocalDate.of(year, month, Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  public static Optional<String> year(String date) {
    return firstDay(date).map(d -> Integer.toString(d.getYear()));
  }
}
