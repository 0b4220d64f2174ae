package org.migrationsearch.enrich.country;

import org.migrationsearch.enrich.Token;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a matched country name really names the country, for names that are also
 * ordinary words, first names or U.S. places. Stateless.
 */
final class MentionGuards {

  /** The country whose ambiguous name is also a U.S. state. */
  private static final String US_STATE_HOMONYM = "GE";
  /** Words around "Georgia" within this many tokens decide state vs country. */
  private static final int STATE_CONTEXT_WINDOW = 12;

  /**
   * Capitalised words that may stand right before a country name without making it part of a
   * person's name ("King Abdullah of Jordan", "In Jordan", "Neighbouring Chad").
   */
  private static final Set<String> WORDS_BEFORE_A_COUNTRY =
      Set.of("the", "in", "to", "from", "with", "and", "for", "about", "across", "into", "toward",
          "towards", "on", "at", "by", "of", "visit", "king", "kingdom", "republic", "government",
          "embassy", "president", "minister", "foreign", "neighboring", "neighbouring", "including",
          "en", "de", "y", "con", "para", "desde", "hacia", "a", "el", "la", "gobierno", "reino",
          "republica", "presidente", "ministro", "embajada", "both", "like", "as", "or", "while",
          "also", "whereas", "today", "yesterday", "but", "since", "after", "before", "between",
          "northern", "southern", "eastern", "western", "central", "rural", "urban", "that", "this");

  /**
   * Words after a nationality that make it one person's ("a Mexican national convicted of..."),
   * which the labelling rules do not count.
   */
  private static final Set<String> ONE_PERSON =
      Set.of("national", "citizen", "man", "woman", "boy", "girl", "nacional", "ciudadano", "ciudadana");

  /**
   * Words before a nationality that count one or a few people ("a Guatemalan illegal alien",
   * "two Mexican illegal aliens"): named individuals, not a group of migrants.
   */
  private static final Set<String> A_FEW = Set.of("a", "an", "one", "two", "three", "un", "una", "dos", "tres");

  /** "A citizen of China": one person's nationality, where "citizens of" would be a group. */
  private static final Set<String> ONE_PERSON_OF = Set.of("citizen", "national", "native");

  /**
   * Aggression words after a country's possessive or adjective ("Russia's invasion of Ukraine",
   * "Russian forces"): the country is the aggressor in a passage about its victims, and war
   * with no tie to migration does not count. "War" itself is left out: "Syria's war" is Syria's.
   */
  private static final Set<String> AGGRESSION =
      Set.of("invasion", "aggression", "assault", "attack", "attacks", "bombardment", "annexation",
          "occupation", "forces", "troops", "military");

  /** "Russia's war against Ukraine": the war is waged on another country, unlike "Syria's war". */
  private static final Set<String> WAR_ON = Set.of("against", "on");

  /** A date may stand between a possessive and its aggression word: "Russia's February 2022 invasion". */
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december");

  /** Words between a possessive and its aggression word: "Russia's full-scale invasion". */
  private static final int AGGRESSION_LOOKAHEAD = 3;

  private MentionGuards() {}

  /**
   * @param tokens the tokens of the title or the body
   * @param source the title or body text the tokens point into
   * @param countryStarts token positions where some country name starts, so that "Jordan
   *     Lebanon" in a list is not read as a person
   * @param stateContext token positions of U.S.-state context words
   */
  static boolean accept(DetectionCue cue, int start, int end, List<Token> tokens, String source,
      boolean[] countryStarts, List<Integer> stateContext) {
    CountryName name = cue.name();
    if (name.caseSensitive() && !spelledExactly(cue.surfaces(), tokens, start)) {
      return false;
    }
    if (cue.type() == DetectionCue.Type.COUNTRY
        && (onePersonsNationality(name, start, end, tokens) || aggressor(name, end, tokens))) {
      return false;
    }
    if (!name.ambiguous()) {
      return true;
    }
    if (!tokens.get(start).isCapitalized()) {
      return false; // "turkey", "chad", "china", "guinea pig"
    }
    if (partOfPersonName(start, end, tokens, source, countryStarts)) {
      return false; // "Michael Jordan", "Chad Wolf", "Thanksgiving Turkey"
    }
    return !(US_STATE_HOMONYM.equals(cue.code()) && nearStateContext(start, end, stateContext));
  }

  private static boolean onePersonsNationality(CountryName name, int start, int end, List<Token> tokens) {
    if (name.kind() != CountryName.Kind.DEMONYM) {
      return start >= 2 && tokens.get(start - 1).norm().equals("of")
          && ONE_PERSON_OF.contains(tokens.get(start - 2).norm());
    }
    return (end < tokens.size() && ONE_PERSON.contains(tokens.get(end).norm()))
        || (start > 0 && A_FEW.contains(tokens.get(start - 1).norm()));
  }

  /** "Russia's [full-scale] invasion", "Russian forces". */
  private static boolean aggressor(CountryName name, int end, List<Token> tokens) {
    if (name.kind() == CountryName.Kind.DEMONYM) {
      return end < tokens.size() && AGGRESSION.contains(tokens.get(end).norm());
    }
    if (end >= tokens.size() || !tokens.get(end).norm().equals("s")) {
      return false; // only the possessive: "refugees from Russia" is about Russia
    }
    for (int i = end + 1; i < Math.min(tokens.size(), end + 1 + AGGRESSION_LOOKAHEAD); i++) {
      String word = tokens.get(i).norm();
      if (AGGRESSION.contains(word) || (word.equals("war") && i + 1 < tokens.size()
          && WAR_ON.contains(tokens.get(i + 1).norm()))) {
        return true;
      }
      if (tokens.get(i).isCapitalized() && !MONTHS.contains(word)) {
        return false; // another name begins: "Russia's Ukrainian neighbours"
      }
    }
    return false;
  }

  private static boolean spelledExactly(List<String> surfaces, List<Token> tokens, int start) {
    for (int k = 0; k < surfaces.size(); k++) {
      if (!tokens.get(start + k).isWritten(surfaces.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** A capitalised word right before or after the name, with only a space between. */
  private static boolean partOfPersonName(
      int start, int end, List<Token> tokens, String source, boolean[] countryStarts) {
    if (end < tokens.size() && !countryStarts[end]) {
      Token next = tokens.get(end);
      if (next.isCapitalized() && !next.isAllUpperCase() && onlySpaceBetween(tokens.get(end - 1), next, source)) {
        return true;
      }
    }
    if (start > 0) {
      Token prev = tokens.get(start - 1);
      boolean prevIsCountry = false;
      for (int k = Math.max(0, start - 4); k < start; k++) {
        prevIsCountry |= countryStarts[k];
      }
      if (prev.isCapitalized() && !prevIsCountry && prev.length() > 1
          && !WORDS_BEFORE_A_COUNTRY.contains(prev.norm())
          && onlySpaceBetween(prev, tokens.get(start), source)) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlySpaceBetween(Token a, Token b, String source) {
    for (int i = a.end(); i < b.start(); i++) {
      if (!Character.isWhitespace(source.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean nearStateContext(int start, int end, List<Integer> stateContext) {
    for (int pos : stateContext) {
      if (pos >= start - STATE_CONTEXT_WINDOW && pos < end + STATE_CONTEXT_WINDOW) {
        return true;
      }
    }
    return false;
  }
}
