package org.migrationsearch.enrich;

import java.util.List;

/**
 * What a phrase in the detector's trie stands for. Country names, blockers, U.S.-state context
 * words and issuer cues all live in one trie so that a text is read in a single pass.
 *
 * @param type what the phrase signals
 * @param code the country it is evidence for; null for context words and blockers
 * @param name the gazetteer entry for country names, else null
 * @param surfaces the phrase's words as written, for case-sensitive names
 */
record DetectionCue(Type type, String code, CountryName name, List<String> surfaces) {

  enum Type {
    /** A name, demonym or capital of a country. */
    COUNTRY,
    /** Contains a country's name but is not that country ("New Mexico"). */
    BLOCKER,
    /** A U.S. state or state-government word: "Georgia" nearby is the state. */
    US_STATE_CONTEXT,
    /** A phrase that shows who issues the text ("The White House" for the U.S.). */
    ISSUER,
    /** A migration word: a country named near one is named in a passage about migration. */
    MIGRATION_CONTEXT,
    /** Introduces a comparison: a country named right after it is only compared with. */
    COMPARISON,
    /** Tells one person's or family's story: countries in its sentence are an anecdote. */
    ANECDOTE
  }

  static DetectionCue country(CountryName name) {
    List<String> surfaces =
        TextTokenizer.tokenize(name.phrase()).stream().map(Token::surface).toList();
    return new DetectionCue(Type.COUNTRY, name.code(), name, surfaces);
  }

  static DetectionCue of(Type type, String code) {
    return new DetectionCue(type, code, null, List.of());
  }
}
