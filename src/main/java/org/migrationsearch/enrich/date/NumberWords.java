package org.migrationsearch.enrich.date;

import java.util.Map;

/**
 * English number words as proclamations spell their date: "twenty-ninth" day, "two thousand
 * twenty-four". Only what such a formula needs: ordinals 1-31 and years 2000-2099.
 */
final class NumberWords {

  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
      Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

  private static final Map<String, Integer> ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
      Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
      Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11),
      Map.entry("twelfth", 12), Map.entry("thirteenth", 13), Map.entry("fourteenth", 14),
      Map.entry("fifteenth", 15), Map.entry("sixteenth", 16), Map.entry("seventeenth", 17),
      Map.entry("eighteenth", 18), Map.entry("nineteenth", 19), Map.entry("twentieth", 20),
      Map.entry("thirtieth", 30));

  private NumberWords() {}

  /** "ninth" 9, "twenty-ninth" 29, "thirty first" 31; 0 when not an ordinal of a day. */
  static int ordinal(String words) {
    String[] parts = words.strip().split("[- ]+");
    int value;
    if (parts.length == 1) {
      value = ORDINALS.getOrDefault(parts[0], 0);
    } else if (parts.length == 2 && UNITS.getOrDefault(parts[0], 0) % 10 == 0
        && ORDINALS.getOrDefault(parts[1], 0) < 10) {
      value = UNITS.getOrDefault(parts[0], 0) + ORDINALS.getOrDefault(parts[1], 0);
    } else {
      value = 0;
    }
    return value <= 31 ? value : 0;
  }

  /** "two thousand twenty-four" 2024, "two thousand" 2000; 0 otherwise. */
  static int year(String words) {
    String[] parts = words.strip().split("[- ]+");
    if (parts.length < 2 || !parts[0].equals("two") || !parts[1].equals("thousand")) {
      return 0;
    }
    int rest = 0;
    for (int i = 2; i < parts.length; i++) {
      if (parts[i].equals("and")) {
        continue;
      }
      Integer v = UNITS.get(parts[i]);
      if (v == null) {
        break; // ", and of the Independence ..." follows the year
      }
      rest += v;
    }
    return rest < 100 ? 2000 + rest : 0;
  }
}
