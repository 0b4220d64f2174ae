package org.migrationsearch.enrich;

/**
 * Everything the detector knows about one country in one document, before deciding.
 *
 * @param code ISO alpha-2 code
 * @param titleMentions mentions in the title
 * @param bodyMentions mentions in the body that are not inside an enumeration
 * @param listedMentions mentions inside an enumeration of five or more countries
 * @param demonymMentions body mentions by nationality word ("Venezuelan migrants")
 * @param closeMigrationMentions body mentions with a migration word in the same phrase
 * @param migrationMentions body mentions with a migration word within about a sentence
 * @param leadMentions body mentions in the lead (the first paragraph or so)
 * @param firstPosition where the first counted body mention falls, 0 (start) to 1 (end)
 * @param densestPassage most counted mentions within one passage of a few sentences
 * @param share this country's share of all counted body mentions in the document
 * @param headingMentions body mentions that are a line of their own, heading a section on it
 * @param issuerCues phrases showing this country issues the text
 * @param bodyTokens length of the body in words
 * @param documentMigrationWords migration words in the whole body, for how much it is about migration
 * @param documentCountries distinct countries with counted body mentions
 */
public record CountryEvidence(
    String code,
    int titleMentions,
    int bodyMentions,
    int listedMentions,
    int demonymMentions,
    int closeMigrationMentions,
    int migrationMentions,
    int leadMentions,
    double firstPosition,
    int densestPassage,
    double share,
    int headingMentions,
    int issuerCues,
    int bodyTokens,
    int documentMigrationWords,
    int documentCountries) {}
