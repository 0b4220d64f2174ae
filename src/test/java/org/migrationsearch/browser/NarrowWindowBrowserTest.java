package org.migrationsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

class NarrowWindowBrowserTest extends BrowserTestBase {

  private static boolean noSideways() {
    return (Boolean) driver.executeScript(
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
  }

  @Test
  void fourHundredPixelWindowStacksFiltersAboveResults() {
    driver.manage().window().setSize(new Dimension(400, 900));
    open("/?q=asylum");
    assertThat((Long) driver.executeScript("return window.innerWidth")).isLessThanOrEqualTo(400L);
    assertThat(noSideways()).isTrue();

    WebElement toggle = find("#filters-toggle");
    assertThat(driver.findElement(org.openqa.selenium.By.id("facets")).isDisplayed()).isFalse();
    assertThat(toggle.getRect().getY()).isLessThan(find("#results").getRect().getY());
    assertThat(find("#q").getSize().getWidth()).isGreaterThan(200);
    screenshot("narrow-400-results");

    toggle.click();
    assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
    WebElement mexico = find("[data-facet=country] input[value=MX]");
    assertThat(mexico.isDisplayed()).isTrue();
    screenshot("narrow-400-filters-open");
    String url = driver.getCurrentUrl();
    mexico.click();
    waitForAddressChange(url);
    assertThat(addressValues("country")).containsExactly("MX");
    assertThat(noSideways()).isTrue();
  }

  @Test
  void documentPageFitsA400PixelWindow() {
    driver.manage().window().setSize(new Dimension(400, 900));
    open("/?q=pact");
    find("#results .result-link").click();
    wait.until(d -> d.getCurrentUrl().contains("/documents/"));
    waitReady();
    assertThat(noSideways()).isTrue();
    assertThat(find("#doc-title").getRect().getWidth()).isLessThanOrEqualTo(400);
    screenshot("narrow-400-document");
  }
}
