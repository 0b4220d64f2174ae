package org.migrationsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What the page says when a query cannot be read, and when nothing matches. */
class QueryHelpBrowserTest extends BrowserTestBase {

  @Test
  void syntaxErrorShowsTheMessageThePositionAndAPlainWordsButton() {
    open("/");
    String url = driver.getCurrentUrl();
    String query = "asylum AND (border";
    find("#q").sendKeys(query, Keys.ENTER);
    waitForAddressChange(url);

    Map<String, Object> error = api("/api/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
    WebElement box = find("#query-error");
    assertThat(box.getText()).contains((String) error.get("message"));
    int position = ((Number) error.get("position")).intValue();
    assertThat(box.getText()).contains("At character " + (position + 1));
    assertThat(find("#query-error .query-at-fault").getText().strip()).isEqualTo(query);
    assertThat(all("#query-error .error-at")).hasSize(1);
    assertThat(all("#results > li")).isEmpty();
    screenshot("syntax-error");

    url = driver.getCurrentUrl();
    find("#run-simple").click();
    waitForAddressChange(url);
    assertThat(addressValues("syntax")).containsExactly("simple");
    assertThat(addressValues("q")).containsExactly(query);
    assertThat(all("#query-error")).isEmpty();
    assertThat(all("#results > li.result")).isNotEmpty();
    assertThat(all("#chips .chip").stream().map(WebElement::getText)).anySatisfy(t -> assertThat(t).contains("Plain-words"));
  }

  @Test
  void noResultsListsTheFiltersToDropWithTheirCounts() {
    // A document has one language, so requiring both English and Spanish matches nothing,
    // whatever the corpus holds.
    open("/?q=asylum&country=MX&language=en&language=es&language_match=all");
    assertThat(shownTotal()).isZero();
    WebElement notice = find("#notice .notice");
    assertThat(notice.getText()).contains("No documents match");
    wait.until(d -> d.findElements(By.cssSelector("#notice .would-give")).stream()
        .allMatch(e -> e.getText().contains("without it")));
    List<WebElement> items = all("#notice .drop-list li");
    assertThat(items.stream().map(WebElement::getText))
        .anySatisfy(t -> assertThat(t).contains("Country: Mexico"))
        .anySatisfy(t -> assertThat(t).contains("Spanish"));
    long withoutSpanish = ((Number) api("/api/search?q=asylum&country=MX&language=en&language_match=all").get("total"))
        .longValue();
    WebElement spanishItem = items.stream().filter(i -> i.getText().contains("Spanish")).findFirst().orElseThrow();
    assertThat(spanishItem.getText()).contains("→ " + withoutSpanish + " without it");
    screenshot("no-results");

    String url = driver.getCurrentUrl();
    spanishItem.findElement(By.tagName("button")).click();
    waitForAddressChange(url);
    assertThat(addressValues("language")).containsExactly("en");
    assertThat(shownTotal()).isEqualTo(withoutSpanish);
  }
}
