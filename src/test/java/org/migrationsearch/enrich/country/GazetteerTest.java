package org.migrationsearch.enrich.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The gazetteer resource and the metadata normalisation built on it. */
class GazetteerTest {

  private final CountryNames names = CountryNames.get();

  @Test
  void everyIsoCountryHasAnEnglishAndASpanishName() {
    assertThat(names.codes()).containsAll(java.util.List.of(Locale.getISOCountries()));
    for (CountryNames.Country c : names.countries()) {
      assertThat(c.english()).as("English name of %s", c.code()).isNotBlank();
      assertThat(c.spanish()).as("Spanish name of %s", c.code()).isNotBlank();
    }
  }

  @Test
  void loadsOnceAndIsShared() {
    assertThat(CountryNames.get()).isSameAs(names);
  }

  @Test
  void declaredCodesResolveWhateverTheirCase() {
    assertThat(names.toCode("MX")).contains("MX");
    assertThat(names.toCode("mx")).contains("MX");
    assertThat(names.toCode(" us ")).contains("US");
    assertThat(names.toCode("MEX")).contains("MX");
    assertThat(names.toCode("usa")).contains("US");
  }

  @Test
  void englishAndSpanishNamesResolveIgnoringCaseAndAccents() {
    assertThat(names.toCode("Mexico")).contains("MX");
    assertThat(names.toCode("méxico")).contains("MX");
    assertThat(names.toCode("MÉXICO")).contains("MX");
    assertThat(names.toCode("Estados Unidos")).contains("US");
    assertThat(names.toCode("Haití")).contains("HT");
    assertThat(names.toCode("Reino Unido")).contains("GB");
    assertThat(names.toCode("Türkiye")).contains("TR");
    assertThat(names.toCode("Turkey")).contains("TR");
  }

  @Test
  void aliasesAndAbbreviationsResolve() {
    assertThat(names.toCode("U.S.")).contains("US");
    assertThat(names.toCode("United States of America")).contains("US");
    assertThat(names.toCode("EE.UU.")).contains("US");
    assertThat(names.toCode("EE. UU.")).contains("US");
    assertThat(names.toCode("EEUU")).contains("US");
    assertThat(names.toCode("UK")).contains("GB");
    assertThat(names.toCode("Britain")).contains("GB");
    assertThat(names.toCode("Estados Unidos Mexicanos")).contains("MX");
    assertThat(names.toCode("DRC")).contains("CD");
    assertThat(names.toCode("Burma")).contains("MM");
    assertThat(names.toCode("Ivory Coast")).contains("CI");
  }

  @Test
  void demonymsResolveInBothLanguagesWithInflections() {
    assertThat(names.toCode("Mexicans")).contains("MX");
    assertThat(names.toCode("mexicanas")).contains("MX");
    assertThat(names.toCode("guatemalteca")).contains("GT");
    assertThat(names.toCode("hondureños")).contains("HN");
    assertThat(names.toCode("Salvadoran")).contains("SV");
    assertThat(names.toCode("salvadoreñas")).contains("SV");
    assertThat(names.toCode("Venezuelans")).contains("VE");
    assertThat(names.toCode("venezolanos")).contains("VE");
    assertThat(names.toCode("haitianos")).contains("HT");
    assertThat(names.toCode("Cuban")).contains("CU");
    assertThat(names.toCode("Nicaraguans")).contains("NI");
    assertThat(names.toCode("Colombian")).contains("CO");
    assertThat(names.toCode("Syrians")).contains("SY");
    assertThat(names.toCode("Afghan")).contains("AF");
    assertThat(names.toCode("Ukrainians")).contains("UA");
  }

  @Test
  void capitalsUsedAsMetonymsResolve() {
    assertThat(names.toCode("Kyiv")).contains("UA");
    assertThat(names.toCode("Kiev")).contains("UA");
    assertThat(names.toCode("La Habana")).contains("CU");
    assertThat(names.toCode("Port-au-Prince")).contains("HT");
    assertThat(names.toCode("Washington")).isEmpty();
  }

  @Test
  void unknownValuesDoNotResolve() {
    assertThat(names.toCode("Atlantis")).isEmpty();
    assertThat(names.toCode("")).isEmpty();
    assertThat(names.toCode(null)).isEmpty();
    assertThat(names.toCode("Central America")).isEmpty();
  }

  @Test
  void labelsAreEnglishDisplayNames() {
    assertThat(names.label("MX")).isEqualTo("Mexico");
    assertThat(names.label("us")).isEqualTo("United States");
    assertThat(names.label("CD")).isEqualTo("Democratic Republic of the Congo");
    assertThat(names.label("JO")).isEqualTo("Jordan");
    assertThat(names.label("ZZ")).isEqualTo("ZZ");
  }

  @Test
  void markedNamesCarryTheirGuards() {
    CountryNames.Country us = names.country("US").orElseThrow();
    assertThat(us.names()).filteredOn(n -> n.phrase().equals("US"))
        .singleElement().extracting(CountryName::caseSensitive).isEqualTo(true);
    CountryNames.Country jo = names.country("JO").orElseThrow();
    assertThat(jo.names()).filteredOn(n -> n.phrase().equals("Jordan"))
        .singleElement().extracting(CountryName::ambiguous).isEqualTo(true);
    assertThat(names.blockers()).extracting(CountryName::phrase).contains("New Mexico", "Central America");
  }
}
