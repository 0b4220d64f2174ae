package org.migrationsearch.enrich;

/**
 * A country named in a text, after the false-positive guards.
 *
 * @param code ISO alpha-2 code
 * @param kind name, demonym or capital
 * @param inTitle found in the title rather than the body
 * @param start first token (of the title or of the body)
 * @param end token after the last
 * @param migrationDistance words between it and the nearest migration word (large when none)
 * @param heading the name is all its line holds: the heading of a section on the country
 */
record CountryMention(
    String code, CountryName.Kind kind, boolean inTitle, int start, int end, int migrationDistance, boolean heading) {}
