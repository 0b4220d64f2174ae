package org.migrationsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class FacetFilteringBrowserTest extends BrowserTestBase {

  private static WebElement row(String facet, String value) {
    return find("[data-facet=" + facet + "] input[value='" + value + "']").findElement(By.xpath("./.."));
  }

  private static long count(WebElement row) {
    return Long.parseLong(row.findElement(By.cssSelector(".count")).getText().replace(",", ""));
  }

  private static long apiTotal(String query) {
    return ((Number) api("/api/search?" + query).get("total")).longValue();
  }

  @Test
  void tickingCountriesFiltersTheListCountsAndAddress() {
    open("/?q=asylum");
    long before = shownTotal();
    long mexico = count(row("country", "MX"));
    long usBefore = count(row("country", "US"));

    String url = driver.getCurrentUrl();
    find("[data-facet=country] input[value=MX]").click();
    waitForAddressChange(url);

    assertThat(addressValues("country")).containsExactly("MX");
    assertThat(shownTotal()).isEqualTo(mexico).isLessThan(before);
    assertThat(find("[data-facet=country] input[value=MX]").isSelected()).isTrue();
    assertThat(all("#chips .chip").stream().map(WebElement::getText)).anySatisfy(t -> assertThat(t).contains("Country: Mexico"));
    assertThat(all("#results > li.result")).allSatisfy(r ->
        assertThat(r.findElements(By.cssSelector(".tag-country")).stream().map(WebElement::getText)).contains("Mexico"));
    // Multi-select counts: other countries still show what they would add.
    assertThat(count(row("country", "US"))).isEqualTo(usBefore);
    // Other facets are counted within the Mexico filter.
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> topics = (List<Map<String, Object>>) ((Map<String, Object>)
        api("/api/search?q=asylum&country=MX").get("facets")).get("topic");
    Map<String, Object> firstTopic = topics.get(0);
    assertThat(count(row("topic", (String) firstTopic.get("value")))).isEqualTo(((Number) firstTopic.get("count")).longValue());
    screenshot("facet-country-selected");

    url = driver.getCurrentUrl();
    find("[data-facet=country] input[value=US]").click();
    waitForAddressChange(url);
    assertThat(addressValues("country")).containsExactly("MX", "US");
    long any = shownTotal();
    assertThat(any).isEqualTo(apiTotal("q=asylum&country=MX&country=US"));

    url = driver.getCurrentUrl();
    find("label[for=facet-country-match-all]").click();
    waitForAddressChange(url);
    assertThat(addressValues("country_match")).containsExactly("all");
    assertThat(shownTotal()).isEqualTo(apiTotal("q=asylum&country=MX&country=US&country_match=all")).isLessThanOrEqualTo(any);

    // Back goes one step at a time.
    driver.navigate().back();
    waitReady();
    assertThat(addressValues("country_match")).isEmpty();
    assertThat(shownTotal()).isEqualTo(any);
    driver.navigate().forward();
    waitReady();
    assertThat(addressValues("country_match")).containsExactly("all");

    // One click on a chip removes that filter.
    url = driver.getCurrentUrl();
    find("#chips button[aria-label='Remove filter Country: Mexico']").click();
    waitForAddressChange(url);
    assertThat(addressValues("country")).containsExactly("US");
  }

  @Test
  void excludingATopicDropsItsDocuments() {
    open("/?q=asylum");
    String url = driver.getCurrentUrl();
    find("[data-facet=topic] button[aria-label='Exclude Refugees']").click();
    waitForAddressChange(url);

    assertThat(addressValues("not_topic")).containsExactly("refugees");
    assertThat(shownTotal()).isEqualTo(apiTotal("q=asylum&not_topic=refugees"));
    assertThat(all("#results .tag-topic").stream().map(WebElement::getText)).doesNotContain("Refugees");
    assertThat(row("topic", "refugees").getAttribute("class")).contains("excluded");
    assertThat(find("#chips .chip-not").getText()).contains("Not topic: Refugees");
    screenshot("facet-topic-excluded");

    url = driver.getCurrentUrl();
    find("[data-facet=topic] button[aria-label='Stop excluding Refugees']").click();
    waitForAddressChange(url);
    assertThat(addressValues("not_topic")).isEmpty();
  }

  @Test
  void filterBoxNarrowsALongCountryList() {
    open("/");
    WebElement filter = find("#facet-country-filter");
    filter.sendKeys("ger");
    List<String> labels = all("[data-facet=country] .facet-value .value-label").stream().map(WebElement::getText).toList();
    assertThat(labels).isNotEmpty().allSatisfy(l -> assertThat(l.toLowerCase()).contains("ger"));
    assertThat(labels).contains("Germany").doesNotContain("Mexico");
    assertThat(addressValues("country")).isEmpty();
  }
}
