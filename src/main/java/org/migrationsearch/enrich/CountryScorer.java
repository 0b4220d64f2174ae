package org.migrationsearch.enrich;

/**
 * Weighs a country's evidence in one document and decides whether the document is about it.
 * The rules follow the labelling rules of the real corpus (LABELS.md):
 *
 * <ul>
 *   <li>a country in the title is what the document is about (or who speaks it);
 *   <li>the issuer counts: repeated issuer cues ("the White House", "the Administration");
 *   <li>a substantive passage counts: the country named close to a migration word ("Venezuelan
 *       migrants", "refugees from Syria"); other mentions are passing ones however many. A
 *       document that names many countries (a General Debate speech, a long press conference)
 *       and is not mainly about migration needs two such mentions: there a lone one is usually
 *       an aside;
 *   <li>a section counts: the country's name as a heading line of its own, named again below it
 *       (a travel ban's paragraph per nationality);
 *   <li>mentions inside an enumeration of five or more are not counted at all (the detector
 *       already left them out of the body mentions).
 * </ul>
 */
public final class CountryScorer {

  /** Issuer cues needed to call a country the issuer: one may be a quote or an aside. */
  static final int MIN_ISSUER_CUES = 2;
  /** Above this many countries named in a document, one migration mention is not enough. */
  static final int MANY_COUNTRIES = 15;
  /** Migration words per hundred words from which a document is mainly about migration. */
  static final double MIGRATION_FOCUS = 3.0;

  public double score(CountryEvidence e) {
    return 5.0 * Math.min(1, e.titleMentions())
        + Math.min(3, e.issuerCues())
        + e.migrationMentions()
        + 0.5 * e.closeMigrationMentions()
        + 0.25 * (e.bodyMentions() - e.migrationMentions());
  }

  public boolean isAbout(CountryEvidence e) {
    return e.titleMentions() > 0
        || e.issuerCues() >= MIN_ISSUER_CUES
        || e.migrationMentions() >= 2
        || (e.headingMentions() > 0 && e.bodyMentions() > e.headingMentions())
        || (e.migrationMentions() == 1
            && (e.documentCountries() <= MANY_COUNTRIES || migrationFocused(e)));
  }

  private static boolean migrationFocused(CountryEvidence e) {
    return e.documentMigrationWords() * 100.0 / Math.max(1, e.bodyTokens()) >= MIGRATION_FOCUS;
  }
}
