package org.migrationsearch.index;

import java.time.LocalDate;
import java.util.Optional;
import org.migrationsearch.corpus.PartialDate;

/**
 * How a document's date goes into the index: the first and the last day it stands for, so that
 * range filters treat "2024-03" as the whole of March.
 */
public final class DocumentDates {

  private DocumentDates() {}

  /** The first day the date covers ("2024-03" starts on 2024-03-01); empty when not a date. */
  public static Optional<LocalDate> firstDay(String date) {
    return PartialDate.parse(date).map(PartialDate::firstDay);
  }

  /** The last day the date covers ("2024-03" ends on 2024-03-31); empty when not a date. */
  public static Optional<LocalDate> lastDay(String date) {
    return PartialDate.parse(date).map(PartialDate::lastDay);
  }

  public static Optional<String> year(String date) {
    return PartialDate.parse(date).map(d -> Integer.toString(d.year()));
  }

  /** "day", "month" or "year"; empty when the document has no date. */
  public static Optional<String> precision(String date) {
    return PartialDate.parse(date).map(d -> d.precision().label());
  }
}
