package org.migrationsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The page's side of the researcher's workflow: exports, the feed, country pages, the rough edges. */
class ResearcherWorkflowBrowserTest extends BrowserTestBase {

  @Test
  void exportDialogOffersEveryFormatForThisSearch() {
    open("/?q=asylum&country=MX&not_topic=visas");
    long total = shownTotal();
    WebElement openButton = find("#export-open");
    assertThat(openButton.isEnabled()).isTrue();
    openButton.click();
    WebElement dialog = find("#export-dialog");
    assertThat(dialog.getText()).contains("CSV").contains("JSON").contains("RIS").contains("BibTeX");
    assertThat(find("#export-what").getText()).contains("asylum");
    screenshot("export-dialog");
    for (String format : List.of("csv", "json", "ris", "bibtex")) {
      String href = find("#export-" + format).getAttribute("href");
      assertThat(href).contains("format=" + format).contains("q=asylum").contains("country=MX").contains("not_topic=visas");
      HttpResponse<String> r = http(href);
      assertThat(r.statusCode()).as(format).isEqualTo(200);
    }
    Map<String, Object> json = api(find("#export-json").getAttribute("href"));
    assertThat(((Number) json.get("total")).longValue()).isEqualTo(total);
    String ris = http(find("#export-ris").getAttribute("href")).body();
    assertThat(ris.split("ER  - ", -1)).hasSize((int) total + 1);
    find("#export-close").click();
    wait.until(ExpectedConditions.invisibilityOf(dialog));
  }

  @Test
  void followThisSearchLinksToTheFeedOfTheSameParameters() {
    open("/?q=migration&language=es&sort=oldest");
    WebElement feed = find("#feed-link");
    String href = feed.getAttribute("href");
    assertThat(href).contains("/feeds/search.atom?").contains("q=migration").contains("language=es");
    String alternate = driver.findElement(By.cssSelector("link[rel=alternate][type='application/atom+xml']"))
        .getAttribute("href");
    assertThat(alternate).isEqualTo(href);
    HttpResponse<String> r = http(href);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"").contains("<entry>");
    screenshot("feed-link");
  }

  @Test
  void exportAndFeedAreDisabledOnZeroResultsAndSyntaxErrors() {
    for (String address : List.of("/?q=zzqqxxnothingmatches", "/?q=asylum%20AND%20(")) {
      open(address);
      assertThat(find("#export-open").isEnabled()).as(address).isFalse();
      WebElement feed = find("#feed-link");
      assertThat(feed.getAttribute("href")).as(address).isNull();
      assertThat(feed.getAttribute("aria-disabled")).isEqualTo("true");
    }
    open("/?q=asylum");
    assertThat(find("#export-open").isEnabled()).isTrue();
    assertThat(find("#feed-link").getAttribute("href")).contains("/feeds/search.atom");
  }

  @Test
  void countryLabelsOpenTheCountryPageWithItsTimeline() {
    open("/?country=MX");
    WebElement tag = find("a.tag-country[href='/countries/MX']");
    tag.click();
    wait.until(d -> d.getCurrentUrl().endsWith("/countries/MX"));
    waitReady();
    assertThat(find("#country-title").getText()).isEqualTo("Mexico");
    List<WebElement> bars = all("#country-chart .year-bar");
    assertThat(bars).isNotEmpty();
    long total = ((Number) api("/api/countries/MX").get("total")).longValue();
    assertThat(find("#country-summary").getText()).contains(Long.toString(total));
    assertThat(all("#country-legend li")).isNotEmpty();
    assertThat(all("#country-topics li a")).isNotEmpty();
    assertThat(all("#country-newest li a")).isNotEmpty();
    screenshot("country-page");
    find("#split-topic + label").click();
    assertThat(all("#country-legend li").stream().map(WebElement::getText).toList())
        .anySatisfy(t -> assertThat(t).containsIgnoringCase("counts once for each"));
    find("#full-search").click();
    waitReady();
    assertThat(addressValues("country")).containsExactly("MX");
    assertThat(shownTotal()).isEqualTo(total);
  }

  @Test
  void aPagePastTheLastSaysSoAndLinksToTheLastPage() {
    open("/?q=asylum");
    long total = shownTotal();
    long last = (total + 9) / 10;
    open("/?q=asylum&page=99");
    assertThat(find("#summary").getText()).contains("page 99 is past the last page").doesNotContain("showing");
    WebElement link = find("#last-page-link");
    assertThat(link.getText()).contains(Long.toString(last));
    assertThat(all("#pager a")).isEmpty();
    String before = driver.getCurrentUrl();
    link.click();
    waitForAddressChange(before);
    assertThat(addressValues("page")).containsExactly(Long.toString(last));
    assertThat(all("#results li.result")).isNotEmpty();
  }

  @Test
  void unknownDocumentsAndAddressesShowAnHtml404Page() {
    driver.get(base + "/documents/no-such-document");
    assertThat(find("h1").getText()).isEqualTo("Not found");
    assertThat(find("#not-found-message").getText()).contains("no-such-document");
    assertThat(all("#copy-citation")).isEmpty();
    driver.get(base + "/no/such/page");
    assertThat(find("h1").getText()).isEqualTo("Not found");
    assertThat(http("/no/such/page").statusCode()).isEqualTo(404);
  }

  @Test
  void syntaxErrorPositionIsTheOneTheApiGives() {
    open("/?q=asylum%20AND%20(border");
    Map<String, Object> error = api("/api/search?q=asylum%20AND%20(border");
    int position = ((Number) error.get("position")).intValue();
    String text = find("#query-error").getText();
    assertThat(text).contains("At character " + (position + 1)).contains("(at character " + (position + 1) + ")");
  }

  @Test
  void theDocumentPageKeepsTheTextsStructure() {
    String id = "press/2022-06-10-los-angeles-declaration-fact-sheet";
    open("/documents/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8) + "?q=protection");
    wait.until(d -> !d.findElements(By.cssSelector("#doc-text.structured")).isEmpty());
    WebElement text = find("#doc-text.structured");
    assertThat(text.findElements(By.cssSelector("h2, h3"))).isNotEmpty();
    assertThat(text.findElements(By.cssSelector("table th"))).isNotEmpty();
    assertThat(text.findElements(By.cssSelector("mark"))).isNotEmpty();
    assertThat(text.findElements(By.cssSelector("script, img"))).isEmpty();
    screenshot("document-structure");
  }

  @Test
  void sidebarCountriesLinkToTheirPages() {
    open("/?q=asylum");
    List<WebElement> links = all("[data-facet=country] a.country-page-link");
    assertThat(links).isNotEmpty();
    assertThat(links.get(0).getAttribute("href")).contains("/countries/");
    assertThat(links.get(0).getAttribute("aria-label")).endsWith(": country page");
  }
}
