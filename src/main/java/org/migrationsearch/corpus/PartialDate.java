package org.migrationsearch.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document date as precise as its source: a day, a month or only a year. "2024-03" is not
 * March 1st; it stands for the whole month, so a filter from 2024-03-15 still overlaps it.
 * Written as {@code yyyy-mm-dd}, {@code yyyy-mm} or {@code yyyy}.
 *
 * @param month 1-12, or 0 when only the year is known
 * @param day 1-31, or 0 when the day is not known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

  /** How much of a date is known; serialised in lower case ("day", "month", "year"). */
  public enum Precision {
    YEAR, MONTH, DAY;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final Pattern WRITTEN = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
  private static final int MIN_YEAR = 1000;

  public PartialDate {
    if (year < MIN_YEAR || year > 9999 || month < 0 || month > 12 || day < 0 || (day > 0 && month == 0)) {
      throw new DateTimeException("not a date: " + year + "-" + month + "-" + day);
    }
    if (day > 0) {
      LocalDate.of(year, month, day); // rejects February 30
    }
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0);
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, 0);
  }

  public static PartialDate ofDay(LocalDate day) {
    return new PartialDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
  }

  /** Reads {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; empty for anything else. */
  public static Optional<PartialDate> parse(String written) {
    if (written == null) {
      return Optional.empty();
    }
    Matcher m = WRITTEN.matcher(written.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(m.group(1));
      int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      return Optional.of(new PartialDate(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Valid parts only: a day that does not exist in its month keeps the month. */
  public static Optional<PartialDate> lenient(int year, int month, int day) {
    try {
      return Optional.of(new PartialDate(year, month, day));
    } catch (DateTimeException e) {
      try {
        return Optional.of(new PartialDate(year, month, 0));
      } catch (DateTimeException again) {
        return Optional.empty();
      }
    }
  }

  public Precision precision() {
    return day > 0 ? Precision.DAY : month > 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** The first day the date stands for. */
  public LocalDate firstDay() {
    return switch (precision()) {
      case DAY -> LocalDate.of(year, month, day);
      case MONTH -> LocalDate.of(year, month, 1);
      case YEAR -> LocalDate.of(year, 1, 1);
    };
  }

  /** The last day the date stands for. */
  public LocalDate lastDay() {
    return switch (precision()) {
      case DAY -> firstDay();
      case MONTH -> YearMonth.of(year, month).atEndOfMonth();
      case YEAR -> LocalDate.of(year, 12, 31);
    };
  }

  /** Orders by the first day, and a less precise date before a more precise one on the same day. */
  @Override
  public int compareTo(PartialDate o) {
    int c = firstDay().compareTo(o.firstDay());
    return c != 0 ? c : precision().compareTo(o.precision());
  }

  @Override
  public String toString() {
    // Written by hand: String.format cost as much as detecting the date of a short text. The
    // constructor keeps the year to four digits.
    StringBuilder out = new StringBuilder(10);
    pad(out, year, 4);
    if (precision() != Precision.YEAR) {
      pad(out.append('-'), month, 2);
    }
    if (precision() == Precision.DAY) {
      pad(out.append('-'), day, 2);
    }
    return out.toString();
  }

  private static void pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    out.append(digits);
  }
}
