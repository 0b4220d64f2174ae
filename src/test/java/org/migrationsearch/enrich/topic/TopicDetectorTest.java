package org.migrationsearch.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.migrationsearch.enrich.AnalyzedText;

class TopicDetectorTest {

  private final TopicDetector detector = TopicDetector.standard();

  @Test
  void detectingAndExplainingInOneReadingGivesWhatEachGivesAlone() {
    AnalyzedText text = AnalyzedText.of("Joint statement on asylum and returns",
        "The ministers agreed to expand refugee resettlement and humanitarian parole. Asylum seekers "
            + "at the border will be screened, and those without a lawful basis to remain will be returned. "
            + "Migrants face trafficking and smuggling networks on the route north.");
    TopicDetector.Detection both = detector.detectAndExplain(text);
    assertThat(both.slugs()).isNotEmpty().isEqualTo(detector.detect(text));
    assertThat(both.reasons()).isEqualTo(detector.explain(text, both.slugs()));
  }

  private List<String> detect(String title, String text) {
    return detector.detect(AnalyzedText.of(title, text));
  }

  @Test
  void englishAsylumPressRelease() {
    String text =
        "The Department announced new procedures for asylum seekers arriving at ports of entry. "
            + "Asylum officers will conduct credible fear interviews within days. "
            + "Those who seek asylum will receive a decision on their claims faster than before.";
    assertThat(detect("New asylum processing rule", text)).first().isEqualTo("asylum");
  }

  @Test
  void englishBorderAndDeportationPassage() {
    String text =
        "Border Patrol agents recorded fewer encounters along the southern border this month. "
            + "The administration deployed troops to strengthen border security. "
            + "Removal flights returned thousands of people, and deportations reached a record. "
            + "Officials said more people were deported than in any previous year.";
    assertThat(detect("Update on operations", text))
        .contains("border-enforcement", "returns-deportation")
        .doesNotContain("asylum", "visas");
  }

  @Test
  void spanishPassages() {
    String text =
        "El gobierno presentó un plan para atender las causas estructurales de la migración. "
            + "La pobreza y la violencia obligan a muchas familias a salir de sus lugares de origen. "
            + "Además, se reforzará la lucha contra la trata de personas. "
            + "Las víctimas de trata recibirán protección y los traficantes de personas serán perseguidos.";
    assertThat(detect("Conferencia de prensa", text)).contains("root-causes", "trafficking-smuggling");
  }

  @Test
  void spanishAsylumAndRefugees() {
    String text =
        "Las solicitudes de asilo aumentaron este año. "
            + "La COMAR atiende a los solicitantes de refugio en el sur del país. "
            + "Muchos refugiados esperan el reconocimiento de la condición de refugiado. "
            + "El ACNUR apoya el reasentamiento de las familias refugiadas.";
    assertThat(detect("Informe", text)).contains("asylum", "refugees");
  }

  @Test
  void singlePassingMentionDoesNotAssignATopic() {
    String text =
        "The leaders discussed trade, energy and regional security at length. "
            + "They also mentioned visa issues in passing. "
            + "The meeting closed with a dinner hosted by the foreign minister.";
    assertThat(detect("Readout of the bilateral meeting", text)).doesNotContain("visas");
  }

  @Test
  void drugTraffickingIsNotHumanTrafficking() {
    String text =
        "The agencies seized fentanyl at the border. Drug trafficking networks were dismantled. "
            + "Drug traffickers were prosecuted. Drug trafficking remains a priority.";
    assertThat(detect("Counter-narcotics results", text)).doesNotContain("trafficking-smuggling");
  }

  @Test
  void titleCuesWeighMoreThanBodyCues() {
    String body =
        "The program begins next month. Applicants must present documents at a consulate. "
            + "The visa will be valid for five years.";
    List<TopicDetector.TopicScore> withTitle =
        detector.score(AnalyzedText.of("New investor visa program", body));
    List<TopicDetector.TopicScore> withoutTitle = detector.score(AnalyzedText.of("Announcement", body));
    assertThat(score(withTitle, "visas")).isGreaterThan(score(withoutTitle, "visas"));
    assertThat(detector.detect(AnalyzedText.of("New investor visa program", body))).contains("visas");
    assertThat(detector.detect(AnalyzedText.of("Announcement", body))).doesNotContain("visas");
  }

  @Test
  void longDocumentNeedsMoreThanTwoScatteredMentions() {
    String filler = "The economy grew and the press secretary answered questions about the budget. ";
    StringBuilder transcript = new StringBuilder();
    for (int i = 0; i < 1200; i++) {
      transcript.append(filler);
      if (i == 300 || i == 900) {
        transcript.append("A reporter asked about a visa for a foreign athlete. ");
      }
    }
    assertThat(detect("Press briefing", transcript.toString())).doesNotContain("visas");

    String shortRelease =
        "Asylum seekers will be screened faster. The asylum system will get more officers. "
            + "Every asylum claim will be decided within six months.";
    assertThat(detect("Statement", shortRelease)).contains("asylum");
  }

  @Test
  void sectionInLongDocumentIsFound() {
    String filler = "The economy grew and the press secretary answered questions about the budget. ";
    StringBuilder transcript = new StringBuilder();
    for (int i = 0; i < 800; i++) {
      transcript.append(filler);
      if (i == 400) {
        transcript.append(
            "On refugees, the United States will raise refugee admissions next year. "
                + "Refugee resettlement agencies will receive support. "
                + "UNHCR referrals will be processed faster for refugees in camps. ");
      }
    }
    assertThat(detect("Press briefing", transcript.toString())).contains("refugees");
  }

  @Test
  void resultsAreStrongestFirst() {
    String text =
        "Human trafficking is a grave crime. Victims of trafficking deserve protection. "
            + "Smugglers and human traffickers exploit migrants. Trafficking in persons must end. "
            + "We will also work with partners on shared responsibility. Regional cooperation helps.";
    List<TopicDetector.TopicScore> scores = detector.score(AnalyzedText.of("Ending human trafficking", text));
    assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    assertThat(detect("Ending human trafficking", text)).first().isEqualTo("trafficking-smuggling");
  }

  @Test
  void emptyTextHasNoTopics() {
    assertThat(detect("", "")).isEmpty();
    assertThat(detect(null, null)).isEmpty();
  }

  @Test
  void detectorIsSafeToShareAcrossThreads() throws Exception {
    AnalyzedText text =
        AnalyzedText.of(
            "Detention reform",
            "Immigration detention will be reduced. Detention facilities will close. "
                + "Alternatives to detention will expand.");
    List<String> expected = detector.detect(text);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<List<String>> task = () -> detector.detect(text);
      List<Future<List<String>>> futures = pool.invokeAll(java.util.Collections.nCopies(50, task));
      for (Future<List<String>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(expected).contains("detention");
  }

  private static double score(List<TopicDetector.TopicScore> scores, String slug) {
    return scores.stream().filter(s -> s.slug().equals(slug)).mapToDouble(TopicDetector.TopicScore::score).findFirst().orElse(0);
  }

  /**
   * Topics that LABELS.md defines by their tie to migration need a migration word near their
   * cues: the same vocabulary about something else assigns nothing.
   */
  private void assertNeedsMigrationContext(String slug, String title, String without, String with) {
    assertThat(detect(title, without)).doesNotContain(slug);
    assertThat(detect(title, with)).contains(slug);
  }

  /** Climate change and disasters "as causes of displacement", not climate alone. */
  @Test
  void climateCountsOnlyWhereItDisplacesPeople() {
    assertNeedsMigrationContext("climate-displacement", "Statement on the environment",
        "Climate change is the defining challenge of our time. "
            + "Droughts and floods destroy harvests, and rising sea levels threaten our coasts. "
            + "Extreme weather and natural disasters cost our economy dearly every year.",
        "Climate change is the defining challenge of our time. "
            + "Droughts and floods destroy harvests and force families to flee their villages. "
            + "Rising sea levels have already displaced coastal communities, and natural disasters "
            + "will drive more migration in the years ahead.");
  }

  /** The same rule in Spanish, with the plural and compound forms a speech uses. */
  @Test
  void spanishClimateDisplacement() {
    assertNeedsMigrationContext("climate-displacement", "Mensaje del Presidente",
        "Las sequías arruinan las cosechas de la región. "
            + "Los desastres y las inundaciones destruyen carreteras y escuelas. "
            + "Los terremotos cuestan millones al presupuesto.",
        "Las sequías obligan a miles de familias a migrar hacia el norte. "
            + "Los desastres y las inundaciones dejan comunidades enteras desplazadas. "
            + "La migración climática ya es una realidad en nuestras costas.");
  }

  /** Migration data and statistics as a subject; figures on other things are not. */
  @Test
  void statisticsCountOnlyWhenTheyAreAboutMigration() {
    assertNeedsMigrationContext("data-statistics", "Figures of the year",
        "Official statistics show a decrease in unemployment of 2 percent this year. "
            + "The census data on households and the survey figures show an increase in incomes. "
            + "Statistics on exports reached a record high.",
        "New statistics on migration show a decrease of 40 percent in migrants crossing irregularly. "
            + "The data on asylum seekers collected by the agency show an increase in claims. "
            + "Census figures show that immigrants now make up 14 percent of the population. "
            + "Migration data systems will publish these statistics every month.");
  }

  /** A short report whose sentences give migration figures is about data, with no data word. */
  @Test
  void reportedFiguresMakeDataTheMainSubject() {
    String text = "Border agents caught 8,725 migrants crossing illegally last month. "
        + "That is a 93% decrease in migrant crossings from a year earlier, when 117,905 migrants were caught. "
        + "Releases of migrants into the interior fell to zero, against 62,000 migrants released a year ago. "
        + "Officials credited the new policies.";
    assertThat(detect("Border update", text)).contains("data-statistics");
    assertThat(detector.explain(AnalyzedText.of("Border update", text), List.of("data-statistics")).get(0).evidence())
        .containsAnyOf("8,725", "117,905", "62,000");
  }

  /**
   * LABELS.md has data-statistics only "as a main subject": the same figures in one paragraph of
   * a long policy text do not make it one.
   */
  @Test
  void figuresInOneSectionOfALongTextAreNotItsSubject() {
    StringBuilder text = new StringBuilder("Border agents caught 8,725 migrants crossing illegally last month. "
        + "That is a 93% decrease in migrant crossings from a year earlier, when 117,905 migrants were caught. ");
    for (int i = 0; i < 12; i++) {
      text.append("The administration will hire more asylum officers and expand legal pathways for families. ");
    }
    assertThat(detect("Border update", text.toString())).doesNotContain("data-statistics");
  }

  /**
   * Cooperation in general diplomatic language ("multilateral cooperation", "the international
   * community must work together") is not regional cooperation on migration; the same words next
   * to migration are.
   */
  @Test
  void cooperationCountsOnlyWhenItIsOnMigration() {
    assertNeedsMigrationContext("regional-cooperation", "Statement by the Minister",
        "Multilateral cooperation is the only way forward. "
            + "The international community must work together on trade, energy and security. "
            + "We will deepen our partnership and sign new agreements with our partners in the region.",
        "Multilateral cooperation on migration is the only way forward. "
            + "The international community must work together to manage migration flows. "
            + "We will deepen our partnership on refugees and sign new agreements on migrants with our partners.");
  }

  /** Passes a text must produce {@code slug} on, and the near miss it must not. */
  private void assertRule(String slug, String title, String must, String mustNot) {
    assertThat(detect(title, must)).as("must give " + slug).contains(slug);
    assertThat(detect(title, mustNot)).as("must not give " + slug).doesNotContain(slug);
  }

  /**
   * A determination that packs its purpose and beneficiaries into one sentence of a hundred words
   * treats its subject as a short text of several sentences would; a short sentence naming it
   * twice is still one passing place.
   */
  @Test
  void aLongSentenceCountsAsSeveralPlaces() {
    String filler = "in accordance with the procedures that the Secretary shall establish by regulation after "
        + "consulting the agencies concerned and publishing notice of the schedule, the offices and the forms "
        + "to be used by the persons who are eligible under this section, ";
    assertRule("asylum", "Determination",
        "Asylum officers shall be assigned to every port, " + filler + "so that asylum claims are decided in time.",
        "Asylum officers shall decide asylum claims in time. The schedule, the offices and the forms follow.");
  }

  /**
   * Irregular migration named as what root causes drive, or what lawful routes replace, is the
   * object of another topic: the text treats root causes or pathways, not irregular migration.
   */
  @Test
  void irregularMigrationAsTheObjectOfRootCausesIsNotTreated() {
    String rootCauses = "The strategy addresses the root causes of irregular migration in Central America. "
        + "Investment will tackle the root causes of irregular migration, from poverty to violence. "
        + "Lawful pathways offer an alternative to irregular migration.";
    assertThat(detect("Strategy", rootCauses)).contains("root-causes").doesNotContain("irregular-migration");
    assertRule("irregular-migration", "Strategy",
        "Irregular migration through the Darien rose sharply this year. "
            + "Irregular migrants crossed in record numbers and smugglers profited from them.",
        rootCauses);
  }

  @Test
  void spanishRootCausesOfIrregularMigrationAreRootCauses() {
    String text = "Atenderemos las causas estructurales de la migración irregular en la región. "
        + "La pobreza y la violencia son las causas de la migración irregular.";
    assertThat(detect("Conferencia", text)).contains("root-causes").doesNotContain("irregular-migration");
  }

  /** Irregular migration in the words European speeches use for it. */
  @Test
  void europeanWordsForIrregularMigration() {
    assertRule("irregular-migration", "Statement in the General Debate",
        "The migration crisis has put our continent under migratory pressure. "
            + "Thousands of economic migrants undertake perilous journeys across the Mediterranean.",
        "The financial crisis has put our continent under pressure. "
            + "Thousands of tourists undertake long journeys across the Mediterranean.");
  }

  /** Inclusion in the sense of finance or the economy is not inclusion of migrants. */
  @Test
  void financialInclusionIsNotIntegration() {
    assertRule("integration", "Announcement",
        "The programme supports the inclusion of refugees in host societies. "
            + "Settlement services help newcomers, and we will counter xenophobia.",
        "Financial inclusion is the goal of the programme. "
            + "Banks will promote financial inclusion, economic inclusion and digital inclusion for small firms.");
  }

  /** Returns in the words of removal orders and readmission disputes. */
  @Test
  void returnsWithoutTheWordDeportation() {
    assertRule("returns-deportation", "Fact sheet",
        "Several countries refuse to accept back their removable nationals. "
            + "Those with no legal basis to remain will be placed in expedited removal.",
        "Several countries refuse to accept our exports. "
            + "Those with a legal basis to remain will be placed in new jobs.");
  }

  /** Global compacts and tripartite agreements on refugees are multilateral cooperation. */
  @Test
  void globalCompactsAndTripartiteAgreementsAreCooperation() {
    assertRule("regional-cooperation", "Statement in the General Debate",
        "We support the global compact on refugees and the global compacts on migration. "
            + "We signed a tripartite agreement on the voluntary repatriation of refugees.",
        "We support the global agenda on trade. We signed a trade agreement with our neighbours.");
  }

  /**
   * Development aid "in countries of origin or transit": donors, pledges and technical assistance
   * count where migration is the subject, not in a speech on the development agenda at large.
   */
  @Test
  void donorsAndPledgesCountForAidOnlyNearMigration() {
    assertRule("development-aid", "Statement",
        "Donor nations pledged financing for the countries hosting refugees. "
            + "Technical assistance and financial assistance will help the communities that migrants leave.",
        "Donor nations pledged financing for the sustainable development agenda. "
            + "Technical assistance and financial assistance will help the least developed economies.");
  }

  @Test
  void familyUnityIsFamilyReunification() {
    assertRule("family-reunification", "Fact sheet",
        "The bill promotes family unity. A spouse or child of a refugee may follow to join.",
        "The bill promotes national unity. A spouse or child of a senator may attend.");
  }

  /**
   * A sentence that makes climate a cause of migration opens a passage on climate: the drought
   * and the shrinking lake in the next sentences are that passage, though they name no migrant,
   * when the passage comes back to the people it moves. Without that return it is one sentence
   * on displacement and a passage on climate; after a sentence that only lists climate change
   * next to migration, nothing is anchored.
   */
  @Test
  void aCausalSentenceAnchorsTheClimatePassage() {
    String passage = "Climate change remains one of the greatest challenges of our time. "
        + "Around the lake, droughts have parched fertile land, and the lake has shrunk to a tenth of its size. "
        + "Extreme weather and floods now strike every year.";
    String aside = ", as we said when this Assembly discussed the reform of the Organization, its budget, its "
        + "working methods and the revitalization of its committees. ";
    String cause = "Irregular migration is a consequence of climate change and of the lack of opportunities at home";
    String back = " Many have joined the migrants on the road.";
    assertRule("climate-displacement", "Statement in the General Debate", cause + aside + passage + back,
        cause + aside + passage);
    assertThat(detect("Statement in the General Debate",
        "Our agenda covers trade, health, climate change and the rights of migrants" + aside + passage))
        .doesNotContain("climate-displacement");
  }

  /** The root causes of violence or conflict are not those of migration. */
  @Test
  void rootCausesOfConflictAreNotRootCausesOfMigration() {
    assertRule("root-causes", "Fact sheet",
        "The plan addresses the root causes of migration from Central America. "
            + "It tackles the root causes that force families to leave their homes.",
        "The plan addresses the root causes of violence in our cities. "
            + "It tackles the root causes of conflict and the root causes of terrorism.");
  }

  /** Visas of a temporary work programme are labour migration, not visa policy. */
  @Test
  void workProgrammeVisasAreLabourMigrationNotVisaPolicy() {
    String text = "The Department will make 18,000 more H-2B visas available this year. "
        + "Employers may also recruit through temporary work visas and H-2A visas.";
    assertThat(detect("Supplemental visas", text)).contains("labor-migration");
    assertThat(detect("Announcement", text)).doesNotContain("visas");
    assertThat(detect("Announcement", "The Department will issue more student visas this year. "
        + "Visa restrictions on officials who undermine democracy will follow.")).contains("visas");
  }

  /** Access to benefits and services in the host country is integration, whichever way it goes. */
  @Test
  void migrantsAccessToBenefitsIsIntegration() {
    assertRule("integration", "Fact sheet",
        "The order ends federal benefits for illegal aliens. "
            + "Welfare programs and Social Security benefits will require eligibility verification of immigrants.",
        "The order raises federal benefits for veterans. "
            + "Welfare programs and Social Security benefits will require eligibility verification of retirees.");
  }

  /** "Causas fundamentales" is how the U.S. government's Spanish texts say root causes. */
  @Test
  void spanishFundamentalCausesAreRootCauses() {
    assertRule("root-causes", "Reunión virtual",
        "Debemos abordar las causas fundamentales de la migración. "
            + "Vamos a atender las causas fundamentales en los países del Triángulo del Norte.",
        "Debemos abordar los temas fundamentales de la agenda. "
            + "Vamos a atender los temas de comercio en los países de la región.");
  }

  /**
   * A fact sheet mostly on asylum may still hold a full section on another topic; the relative
   * floor must not drop that section, while a topic named in two sentences of it still falls.
   */
  @Test
  void aSectionOfItsOwnSurvivesTheRelativeFloor() {
    String asylum = "Asylum seekers filed asylum claims and asylum officers heard the asylum claims. ".repeat(8);
    String section = "Human trafficking networks exploit victims of trafficking. "
        + "The task force prosecuted human trafficking rings. "
        + "Trafficking victims received shelter and care. "
        + "Traffickers were convicted in record numbers, and human trafficking fell.";
    String passing = "Human trafficking networks exploit victims of trafficking. "
        + "The task force prosecuted human trafficking rings.";
    assertRule("trafficking-smuggling", "Fact sheet", asylum + section, asylum + passing);
  }

  /**
   * The record of a call between two governments' leaders is cooperation on what they discussed:
   * when migration takes two sentences of it, the call is regional cooperation as a whole. The
   * same title over a call on trade is not, nor is the phrase in the body of another text.
   */
  @Test
  void aCallBetweenLeadersOnMigrationIsRegionalCooperation() {
    String title = "Readout of the Vice President's Call with President Arevalo of Guatemala";
    String migration = "The Vice President spoke today with the President of Guatemala. "
        + "They discussed the launch of offices that help people reach lawful pathways instead of irregular migration. "
        + "The two governments will continue their partnership to manage migration in the region.";
    String trade = "The Vice President spoke today with the President of Guatemala. "
        + "They discussed the launch of offices that help exporters reach new markets. "
        + "The two governments will continue their partnership on trade and energy in the region.";
    assertRule("regional-cooperation", title, migration, trade);
    assertThat(detect("Readout", "On the call with President Arevalo the leaders spoke. " + migration))
        .doesNotContain("regional-cooperation");
  }
}
