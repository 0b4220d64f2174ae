package org.migrationsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class DocumentPageBrowserTest extends BrowserTestBase {

  @Test
  void openingAResultShowsTheDocumentAndBackRestoresTheResults() {
    open("/?q=asylum&country=MX");
    String resultsUrl = driver.getCurrentUrl();
    List<String> titles = all("#results .result-title").stream().map(WebElement::getText).toList();
    WebElement link = find("#results .result-link");
    String href = link.getAttribute("href");
    link.click();
    wait.until(d -> d.getCurrentUrl().contains("/documents/"));
    waitReady();

    String id = java.net.URLDecoder.decode(href.replaceAll("^.*/documents/([^?]*).*$", "$1"), java.nio.charset.StandardCharsets.UTF_8);
    Map<String, Object> doc = api("/api/documents/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(find("#doc-title").getText()).isEqualTo(doc.get("title"));
    assertThat(find("#doc-title").getText()).isEqualTo(titles.get(0));

    List<WebElement> paragraphs = all("#doc-text p");
    assertThat(paragraphs).hasSizeGreaterThan(1);
    assertThat(find("#doc-text").getText().replaceAll("\\s+", " "))
        .isEqualTo(((String) doc.get("text")).trim().replaceAll("\\s+", " "));
    List<WebElement> marks = all("#doc-text mark");
    assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getText().toLowerCase()).startsWith("asylum"));
    assertThat(find("#doc-status").getText()).contains(marks.size() + " match");
    // The text arrives as text: no element in it except paragraphs and marks.
    assertThat(all("#doc-text *").stream().map(WebElement::getTagName)).containsOnly("p", "mark");

    String meta = find("#doc-meta").getText();
    assertThat(meta).contains("Date", "Type", "Countries", "Mexico", "Identifier", id);
    String citation = find("#citation").getText();
    assertThat(citation).contains((String) doc.get("title")).contains("accessed");
    if (doc.get("source") != null) {
      assertThat(citation).contains((String) doc.get("source"));
    }
    wait.until(d -> !d.findElements(By.cssSelector("#similar li a")).isEmpty());
    assertThat(find("#back").getAttribute("href")).contains("q=asylum").contains("country=MX");
    find("#copy-citation").click();
    wait.until(d -> !d.findElement(By.id("copy-status")).getText().isEmpty());
    screenshot("document");

    driver.navigate().back();
    waitReady();
    assertThat(driver.getCurrentUrl()).isEqualTo(resultsUrl);
    assertThat(all("#results .result-title").stream().map(WebElement::getText).toList()).isEqualTo(titles);
    assertThat(find("[data-facet=country] input[value=MX]").isSelected()).isTrue();
  }

  @Test
  void backLinkLeadsToTheSameSearch() {
    open("/?q=border&sort=newest");
    List<String> titles = all("#results .result-title").stream().map(WebElement::getText).toList();
    find("#results .result-link").click();
    wait.until(d -> d.getCurrentUrl().contains("/documents/"));
    waitReady();
    find("#back").click();
    wait.until(d -> !d.getCurrentUrl().contains("/documents/"));
    waitReady();
    assertThat(addressValues("q")).containsExactly("border");
    assertThat(addressValues("sort")).containsExactly("newest");
    assertThat(all("#results .result-title").stream().map(WebElement::getText).toList()).isEqualTo(titles);
  }

  @Test
  void unknownDocumentSaysSo() {
    // An unknown id is answered with the 404 page, which has no script to wait for.
    driver.get(base + "/documents/no-such-document");
    assertThat(find("h1").getText()).isEqualTo("Not found");
    assertThat(find("#not-found-message").getText()).contains("no-such-document");
    assertThat(all("#copy-citation, #similar")).isEmpty();
  }

  @Test
  void eachDetectedCountryAndTopicShowsTheSentenceThatDecidedIt() {
    String id = "news/us-mexico-guatemala-ministerial-meeting";
    open("/documents/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8));
    List<WebElement> reasons = all("#doc-reasons .reason");
    assertThat(reasons.stream().map(r -> r.getAttribute("data-value")))
        .contains("US", "MX", "GT", "asylum");
    WebElement guatemala = find("#doc-reasons .reason[data-value='GT']");
    assertThat(guatemala.getText()).contains("detected");
    assertThat(guatemala.findElement(By.cssSelector(".evidence")).getText()).contains("Guatemala");
    WebElement asylum = find("#doc-reasons .reason[data-value='asylum']");
    assertThat(asylum.findElement(By.cssSelector(".evidence")).getText().toLowerCase()).contains("asylum");
  }

  @Test
  void declaredLabelsSayTheyWereDeclared() {
    // The Los Angeles Declaration's file declares its countries and topics in front matter.
    open("/documents/" + java.net.URLEncoder.encode("press/2022-06-10-los-angeles-declaration-fact-sheet",
        java.nio.charset.StandardCharsets.UTF_8));
    List<WebElement> reasons = all("#doc-reasons .reason");
    assertThat(reasons).isNotEmpty();
    assertThat(reasons).allSatisfy(r -> assertThat(r.getText()).contains("declared by the file"));
    assertThat(all("#doc-reasons .evidence")).isEmpty();
  }
}
