package org.migrationsearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Country detection on short realistic texts: each guard against a false positive, and weighting. */
class CountryDetectorTest {

  private static final CountryDetector DETECTOR = new CountryDetector();

  private static List<String> detect(String text) {
    return DETECTOR.detect(AnalyzedText.of("", text));
  }

  private static List<String> detect(String title, String text) {
    return DETECTOR.detect(AnalyzedText.of(title, text));
  }

  @Nested
  class NamesAndDemonyms {
    @Test
    void findsCountriesNamedInAMigrationPassage() {
      assertThat(detect("Venezuelan migrants continue to arrive in Colombia, which hosts 2.8 million refugees."))
          .containsExactlyInAnyOrder("VE", "CO");
    }

    @Test
    void findsSpanishNamesAndInflectedDemonyms() {
      assertThat(detect("Miles de migrantes hondureñas y guatemaltecos llegaron a la frontera sur de México."))
          .containsExactlyInAnyOrder("HN", "GT", "MX");
      assertThat(detect("EE.UU. deportó a 300 migrantes salvadoreños la semana pasada."))
          .containsExactlyInAnyOrder("US", "SV");
    }

    @Test
    void strongestCountryComesFirst() {
      List<String> codes = detect("Guatemala",
          "Guatemala agreed to expand asylum capacity. Guatemalan officials met migrants returned "
              + "from Mexico and discussed migration with Mexican authorities. Guatemala will host "
              + "a new refugee processing office.");
      assertThat(codes).first().isEqualTo("GT");
      assertThat(codes).contains("MX");
    }
  }

  @Nested
  class FalsePositiveGuards {
    @Test
    void newMexicoIsNotMexico() {
      assertThat(detect("Asylum seekers crossed into New Mexico near Las Cruces, where migrant shelters are full."))
          .doesNotContain("MX");
      assertThat(detect("Los migrantes cruzaron hacia Nuevo México en busca de asilo.")).doesNotContain("MX");
    }

    /** A programme named after a country or its nationals is a passing name for them. */
    @Test
    void aProgrammeNamedAfterACountryIsNotAPassageAboutIt() {
      String text = "The Administration resumed the Migrant Protection Protocols, also known as "
          + "\u201cRemain in Mexico.\u201d It terminated categorical parole programs, such as the "
          + "\u201cProcesses for Cubans, Haitians, Nicaraguans, and Venezuelans,\u201d and ended asylum abuse.";
      assertThat(detect(text)).doesNotContain("MX", "CU", "HT", "NI", "VE");
      assertThat(detect("Remain in Mexico returned asylum seekers to Mexico, where migrants waited in shelters."))
          .contains("MX");
    }

    @Test
    void theUsStateOfGeorgiaIsNotTheCountry() {
      assertThat(detect("Immigration raids in Atlanta, Georgia detained 40 migrants.")).doesNotContain("GE");
      assertThat(detect("Georgia's governor signed a law requiring local police to help with deportation."))
          .doesNotContain("GE");
      assertThat(detect("Refugees from Georgia and Armenia applied for asylum in the European Union."))
          .contains("GE");
    }

    @Test
    void jordanAsAPersonIsNotTheCountry() {
      assertThat(detect("Michael Jordan donated to a refugee charity.")).doesNotContain("JO");
      assertThat(detect("Jordan Peterson spoke about migration policy.")).doesNotContain("JO");
      assertThat(detect("Jordan hosts more than 600,000 Syrian refugees.")).contains("JO", "SY");
    }

    @Test
    void turkeyTheBirdIsNotTurkey() {
      assertThat(detect("Migrant families shared a Thanksgiving turkey at the shelter.")).doesNotContain("TR");
      assertThat(detect("The President pardoned the National Thanksgiving Turkey before meeting refugees."))
          .doesNotContain("TR");
      assertThat(detect("Turkey hosts the largest refugee population in the world.")).contains("TR");
    }

    @Test
    void chadAsAFirstNameIsNotChad() {
      assertThat(detect("Acting Secretary Chad Wolf announced new asylum restrictions.")).doesNotContain("TD");
      assertThat(detect("Sudanese refugees fled across the border into Chad.")).contains("TD", "SD");
    }

    @Test
    void nigerAndNigeriaAreDifferentWords() {
      assertThat(detect("Migrants transit through Niger on their way to Libya."))
          .contains("NE").doesNotContain("NG");
      assertThat(detect("Nigerian migrants were returned from Libya."))
          .contains("NG").doesNotContain("NE");
      assertThat(detect("Nigerien authorities stopped migrant smugglers.")).contains("NE").doesNotContain("NG");
    }

    @Test
    void theGuineasAreToldApart() {
      assertThat(detect("Asylum seekers from Guinea-Bissau arrived by boat.")).containsExactly("GW");
      assertThat(detect("Refugees from Equatorial Guinea applied for asylum.")).containsExactly("GQ");
      assertThat(detect("Papua New Guinea hosts refugees transferred from Australia."))
          .contains("PG").doesNotContain("GN");
      assertThat(detect("Migrants from Guinea were rescued at sea.")).containsExactly("GN");
      assertThat(detect("The children kept a guinea pig at the refugee camp.")).isEmpty();
    }

    @Test
    void dominicaIsNotTheDominicanRepublic() {
      assertThat(detect("The Dominican Republic deported thousands of Haitian migrants."))
          .containsExactlyInAnyOrder("DO", "HT");
      assertThat(detect("Dominica offered temporary protection to displaced families after the hurricane."))
          .containsExactly("DM");
    }

    @Test
    void theTwoCongosAreToldApart() {
      assertThat(detect("Refugees from the Democratic Republic of the Congo arrived in Uganda."))
          .containsExactlyInAnyOrder("CD", "UG");
      assertThat(detect("The Republic of the Congo hosts refugees from the Central African Republic."))
          .containsExactlyInAnyOrder("CG", "CF");
    }

    @Test
    void koreaIsSouthKoreaUnlessNorth() {
      assertThat(detect("Korea will resettle more refugees next year.")).containsExactly("KR");
      assertThat(detect("North Korean defectors sought asylum in China.")).contains("KP").doesNotContain("KR");
    }

    @Test
    void thePronounUsIsNotTheUnitedStates() {
      assertThat(detect("Join us as we welcome refugees to our community.")).doesNotContain("US");
      assertThat(detect("US asylum rules changed again for migrants.")).contains("US");
      assertThat(detect("The U.S. resettled 100,000 refugees.")).contains("US");
    }

    @Test
    void theAmericasAndItsRegionsAreNotTheUnitedStates() {
      assertThat(detect("Migration across the Americas and Central America reached record levels."))
          .isEmpty();
      assertThat(detect("Los migrantes de Centroamérica y América Latina piden asilo.")).isEmpty();
    }

    @Test
    void oneNamedPersonsNationalityIsNotCounted() {
      assertThat(detect("ICE arrested a Mexican national convicted of assault, who had a removal order."))
          .doesNotContain("MX");
      assertThat(detect("Mexican nationals made up most of the migrants removed last year.")).contains("MX");
    }

    @Test
    void aFewNamedPeoplesNationalityIsNotCounted() {
      assertThat(detect("Two Venezuelan illegal aliens have been charged with the crime.")).doesNotContain("VE");
      assertThat(detect("Jing Ming Long, a citizen of China, was arrested by ICE as an illegal alien."))
          .doesNotContain("CN");
      assertThat(detect("Citizens of China made up a growing share of migrants at the border.")).contains("CN");
    }

    /** LABELS.md: an anecdote is a passing mention, however close to a migration word. */
    @Test
    void aCountryInAFamilyStoryIsNotCounted() {
      assertThat(detect("The Vice President was born in Oakland to parents who emigrated from India and Jamaica."))
          .doesNotContain("IN", "JM");
      assertThat(detect("Migrants from India and Jamaica arrived in growing numbers.")).contains("IN", "JM");
    }

    @Test
    void theAggressorIsNotCountedButItsVictimsAre() {
      assertThat(detect("We welcomed Ukrainians fleeing Russia's full-scale invasion as refugees."))
          .contains("UA").doesNotContain("RU");
      assertThat(detect("After Russia's February 2022 invasion, Ukrainian refugees arrived.")).doesNotContain("RU");
      assertThat(detect("Russia's war against Ukraine has displaced millions of refugees.")).doesNotContain("RU");
      assertThat(detect("Syria's war has displaced millions of refugees.")).contains("SY");
      assertThat(detect("Syrian refugees fleeing war arrived in Lebanon.")).contains("SY", "LB");
    }

    @Test
    void theUsMexicoBorderIsAPlaceNotMexico() {
      assertThat(detect("Migrant encounters at the U.S.-Mexico border fell to a record low."))
          .doesNotContain("MX");
    }
  }

  @Nested
  class Weighting {
    @Test
    void aCountryInTheTitleCountsEvenWithoutMigrationWordsNearIt() {
      assertThat(detect("Readout of the Vice President's Call with President Arévalo of Guatemala",
          "The Vice President spoke today with the President of Guatemala about economic "
              + "investment and the fight against corruption."))
          .containsExactly("GT");
    }

    @Test
    void aPassingMentionIsNotCounted() {
      String text = "The Department of Homeland Security announced new asylum processing rules today. "
          + "Officers will hear credible fear claims within days. The rules were drafted over many "
          + "months by career staff in several offices. The Secretary, who came back last week from "
          + "a conference in France about cybersecurity and trade, said the rules start in June.";
      assertThat(detect(text)).doesNotContain("FR");
    }

    /** The migration word must be in the country's own paragraph, not in the one before. */
    @Test
    void aMigrationWordInTheParagraphBeforeDoesNotCount() {
      assertThat(detect("We will keep welcoming refugees and migrants.\nOn Libya, we call for dialogue."))
          .doesNotContain("LY");
      assertThat(detect("We will keep welcoming refugees and migrants. On Libya, we call for dialogue."))
          .contains("LY");
    }

    @Test
    void anEnumerationOfFiveOrMoreIsNotCounted() {
      String text = "The Declaration on Migration was endorsed by Canada, Chile, Ecuador, Peru and Uruguay. "
          + "Venezuelan migrants make up the largest group of displaced people in the region.";
      assertThat(detect(text)).containsExactly("VE");
    }

    @Test
    void aShortListWithMigrationContentIsCounted() {
      assertThat(detect("The new parole processes for Cuba, Haiti, Nicaragua and Venezuela cut irregular migration."))
          .containsExactlyInAnyOrder("CU", "HT", "NI", "VE");
    }

    @Test
    void theIssuerCountsWhereItIsRarelyNamed() {
      String text = "The Biden-Harris Administration today announced new steps on asylum. "
          + "The Department of Homeland Security will expand lawful pathways, and the "
          + "White House will work with Congress on funding.";
      assertThat(detect("FACT SHEET: New Actions on Asylum", text)).containsExactly("US");
    }

    @Test
    void anotherCountrysCongressIsNotTheUsIssuer() {
      String text = "The agreement was rejected by the General National Congress, whose members met again. "
          + "The General National Congress represents the militias.";
      assertThat(detect("Libya: Statement in the General Debate", text)).containsExactly("LY");
    }

    /** A list in which each country gets its own measure counts (LABELS.md), section by section. */
    @Test
    void aSectionHeadedByTheCountryCounts() {
      String text = "The proclamation restricts entry from several countries.\n\nIran\n"
          + "Iran is a state sponsor of terrorism and fails to cooperate in identifying security risks.";
      assertThat(detect(text)).contains("IR");
      assertThat(detect("The proclamation restricts entry.\nIran is a state sponsor of terrorism.")).doesNotContain("IR");
    }

    @Test
    void aGeneralDebateSpeakerIsTheTitleCountry() {
      assertThat(detect("Ireland: Statement in the General Debate of the 71st session of the UN General Assembly",
          "Mr. President, my country has always welcomed refugees and migrants."))
          .containsExactly("IE");
    }
  }

  @Test
  void isSafeToShareBetweenThreads() {
    String text = "Venezuelan migrants arrived in Colombia and Ecuador seeking asylum.";
    List<String> expected = detect(text);
    List<List<String>> results =
        IntStream.range(0, 200).parallel().mapToObj(i -> detect(text)).toList();
    assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
  }

  @Test
  void aCountryNamedOnlyToCompareDoesNotCount() {
    String text = "Under the agreement the United States transferred asylum seekers to Guatemala, where few "
        + "applied for protection. The arrangement is an example of externalisation comparable to the "
        + "EU\u2013Turkey statement on refugees or the UK\u2013Rwanda partnership for asylum seekers. "
        + "Guatemala's asylum office had only a handful of officers to process the claims of migrants.";
    assertThat(detect(text)).contains("US", "GT").doesNotContain("TR", "GB", "RW");
  }

  @ParameterizedTest
  @ValueSource(strings = {"comparison-cues.txt", "anecdote-cues.txt"})
  void everyCueIsAFoldedPhrase(String resource) {
    assertThat(ResourceLines.read(CountryDetector.class, resource))
        .isNotEmpty().allSatisfy(c -> assertThat(c).matches("[a-z]+( [a-z]+)*"));
  }
}
