package org.migrationsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

class TimelineBrowserTest extends BrowserTestBase {

  private static WebElement bar(int year) {
    return find(".timeline-svg .bar[data-year='" + year + "']");
  }

  @Test
  void draggingAcrossBarsSetsFromAndTo() {
    open("/?q=migration");
    long before = shownTotal();
    String url = driver.getCurrentUrl();
    new Actions(driver).clickAndHold(bar(2019)).moveToElement(bar(2021)).moveToElement(bar(2022)).release().perform();
    waitForAddressChange(url);

    assertThat(addressValues("from")).containsExactly("2019-01-01");
    assertThat(addressValues("to")).containsExactly("2022-12-31");
    long total = ((Number) api("/api/search?q=migration&from=2019-01-01&to=2022-12-31").get("total")).longValue();
    assertThat(shownTotal()).isEqualTo(total).isLessThan(before);
    assertThat(all(".timeline-svg .bar[aria-pressed=true]").stream().map(b -> b.getAttribute("data-year")))
        .containsExactly("2019", "2020", "2021", "2022");
    assertThat(find("#from").getAttribute("value")).isEqualTo("2019-01-01");
    assertThat(find("#to").getAttribute("value")).isEqualTo("2022-12-31");
    assertThat(all("#results time")).allSatisfy(t -> assertThat(t.getAttribute("datetime").substring(0, 4))
        .isBetween("2019", "2022"));
    screenshot("timeline-range");
  }

  @Test
  void clickingOneBarPicksThatYear() {
    open("/");
    String url = driver.getCurrentUrl();
    bar(2023).click();
    waitForAddressChange(url);
    assertThat(addressValues("from")).containsExactly("2023-01-01");
    assertThat(addressValues("to")).containsExactly("2023-12-31");
  }

  @Test
  void keyboardPicksAndExtendsYears() {
    open("/");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> years = (List<Map<String, Object>>) ((Map<String, Object>) api("/api/facets")).get("year");
    String first = (String) years.get(0).get("value");
    String lastYear = (String) years.get(years.size() - 1).get("value");

    // The chart is one tab stop (roving tabindex); arrows move between years inside it.
    driver.executeScript("document.querySelector('.timeline-svg .bar[tabindex=\"0\"]').focus()");
    String url = driver.getCurrentUrl();
    new Actions(driver).sendKeys(Keys.HOME).sendKeys(Keys.ENTER).perform();
    waitForAddressChange(url);
    assertThat(addressValues("from")).containsExactly(first + "-01-01");
    assertThat(addressValues("to")).containsExactly(first + "-12-31");

    driver.executeScript("document.querySelector('.timeline-svg .bar[tabindex=\"0\"]').focus()");
    url = driver.getCurrentUrl();
    new Actions(driver).sendKeys(Keys.END).keyDown(Keys.SHIFT).sendKeys(Keys.ENTER).keyUp(Keys.SHIFT).perform();
    waitForAddressChange(url);
    assertThat(addressValues("from")).containsExactly(first + "-01-01");
    assertThat(addressValues("to")).containsExactly(lastYear + "-12-31");
    assertThat(all(".timeline-svg .bar[tabindex='0']")).hasSize(1);
  }

  @Test
  void dateInputsFollowTheAddressAndCanBeCleared() {
    open("/?from=2020-01-01&to=2021-06-30");
    assertThat(find("#from").getAttribute("value")).isEqualTo("2020-01-01");
    assertThat(find("#to").getAttribute("value")).isEqualTo("2021-06-30");
    assertThat(all("#chips .chip").stream().map(WebElement::getText))
        .anySatisfy(t -> assertThat(t).contains("From 2020-01-01"))
        .anySatisfy(t -> assertThat(t).contains("To 2021-06-30"));
    String url = driver.getCurrentUrl();
    find("#clear-dates").click();
    waitForAddressChange(url);
    assertThat(addressValues("from")).isEmpty();
    assertThat(addressValues("to")).isEmpty();
  }

  /** Documents the year facet leaves out of the answer to {@code query}: the undated ones. */
  @SuppressWarnings("unchecked")
  private static long undated(String query) {
    Map<String, Object> answer = api("/api/search?size=1&" + query);
    long dated = ((List<Map<String, Object>>) ((Map<String, Object>) answer.get("facets")).get("year")).stream()
        .mapToLong(y -> ((Number) y.get("count")).longValue()).sum();
    return ((Number) answer.get("total")).longValue() - dated;
  }

  @Test
  void aNoteCountsTheMatchingDocumentsWithoutADate() {
    long undated = undated("q=migration");
    assertThat(undated).as("the bundled corpus has undated documents").isPositive();
    String expected = undated == 1 ? "1 document has no date" : undated + " documents have no date";
    open("/?q=migration");
    assertThat(find("#timeline-undated").getText()).isEqualTo(expected);
    // A date filter leaves every undated document out; the note still says how many there are.
    open("/?q=migration&from=2019-01-01&to=2022-12-31");
    assertThat(find("#timeline-undated").getText()).isEqualTo(expected);
  }
}
