package org.migrationsearch.enrich.country;

import org.migrationsearch.enrich.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds country mentions that stand inside an enumeration ("Canada, Mexico, Guatemala, Spain
 * and Brazil endorsed..."): names separated only by punctuation and list words. Naming a country
 * in a list of five or more says nothing about it, so such mentions do not count on their own.
 * A list ends where a sentence ends.
 */
final class Enumerations {

  /** A list this long or longer (distinct countries) is a roll call, not content. */
  static final int MIN_LIST_SIZE = 5;

  /** Words allowed between two list items besides punctuation. */
  private static final Set<String> LIST_WORDS =
      Set.of("and", "or", "the", "as", "well", "also", "including", "nor", "y", "e", "o", "u", "ni",
          "la", "el", "los", "las", "republic", "of");

  private static final int MAX_WORDS_BETWEEN = 3;

  private Enumerations() {}

  /** Flags, per mention (in text order), whether it is inside a long enumeration. */
  static boolean[] listed(List<CountryMention> mentions, List<Token> tokens, String source) {
    boolean[] listed = new boolean[mentions.size()];
    int runStart = 0;
    for (int i = 1; i <= mentions.size(); i++) {
      boolean continues = i < mentions.size() && adjacentInList(mentions.get(i - 1), mentions.get(i), tokens, source);
      if (!continues) {
        markIfLong(mentions, runStart, i, listed);
        runStart = i;
      }
    }
    return listed;
  }

  private static boolean adjacentInList(CountryMention a, CountryMention b, List<Token> tokens, String source) {
    if (b.start() - a.end() > MAX_WORDS_BETWEEN || sentenceEndsBetween(a, b, tokens, source)) {
      return false;
    }
    for (int k = a.end(); k < b.start(); k++) {
      if (!LIST_WORDS.contains(tokens.get(k).norm())) {
        return false;
      }
    }
    return true;
  }

  /** A full stop, question or exclamation mark or line break between two mentions; the dot of
   *  an abbreviation ("U.S., Mexico") is not one. */
  private static boolean sentenceEndsBetween(CountryMention a, CountryMention b, List<Token> tokens, String source) {
    for (int k = a.end(); k <= b.start(); k++) {
      Token before = tokens.get(k - 1);
      int from = before.end();
      int to = tokens.get(k).start();
      for (int i = from; i < to; i++) {
        char c = source.charAt(i);
        boolean abbreviationDot = c == '.' && i == from && before.length() == 1;
        if ((c == '.' && !abbreviationDot) || c == '!' || c == '?' || c == '\n') {
          return true;
        }
      }
    }
    return false;
  }

  private static void markIfLong(List<CountryMention> mentions, int from, int to, boolean[] listed) {
    Set<String> codes = new HashSet<>();
    for (int k = from; k < to; k++) {
      codes.add(mentions.get(k).code());
    }
    if (codes.size() >= MIN_LIST_SIZE) {
      for (int k = from; k < to; k++) {
        listed[k] = true;
      }
    }
  }
}
