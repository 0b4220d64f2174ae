package org.migrationsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page says what the engine did with the words: expansions, relaxed matches, corrections. */
class QueryNotesBrowserTest extends BrowserTestBase {

  @Test
  void expansionsAreListedAndCanBeSwitchedOff() {
    open("/?q=Remain+in+Mexico");
    assertThat(find("#expanded-note").getText()).contains("Also searched:").contains("Migrant Protection Protocols");
    String before = driver.getCurrentUrl();
    find("#expanded-note button").click();
    waitForAddressChange(before);
    assertThat(addressValues("expand")).containsExactly("false");
    assertThat(find("#expanded-note").getText()).contains("Only the words typed");
    screenshot("query-notes-expand-off");
  }

  @Test
  void relaxedSearchesSaySoAndEachHitNamesTheWordsItLacks() {
    open("/?q=Pylos+shipwreck+tractor+trailer");
    assertThat(find("#relaxed-note").getText()).contains("contain all the words");
    assertThat(all("#results .missing")).isNotEmpty()
        .allSatisfy(m -> assertThat(m.getText()).startsWith("Missing: "));
  }

  @Test
  void aMisspeltQueryShowsTheCorrectedResultsWithANote() {
    open("/?q=Rohinga+refugees");
    assertThat(find("#corrected-note").getText()).contains("Rohinga refugees").contains("rohingya refugees");
    assertThat(find("#results .result-title").getText()).containsIgnoringCase("Rohingya");
    screenshot("query-notes-corrected");
  }
}
