package org.migrationsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.migrationsearch.testing.PdfPages;

/** Page numbers of PDFs on the search page and the document page, and the link to the original. */
class PdfPagesBrowserTest extends BrowserTestBase {

  static final String PHRASE = "two largest shelters in Tapachula";
  static final Path REPORT = Path.of("corpus", "reports", "2024-09-16-reception-capacity-southern-border.pdf");

  @Test
  void snippetShowsItsPageAndTheDocumentPageLinksToThatPageOfTheOriginal() {
    int page = PdfPages.pageOf(REPORT, PHRASE);
    open("/?q=" + java.net.URLEncoder.encode("\"" + PHRASE + "\"", java.nio.charset.StandardCharsets.UTF_8));
    WebElement pageLink = find("#results .result .snippet .snippet-page");
    assertThat(pageLink.getText()).isEqualTo("p. " + page);
    screenshot("pdf-snippet-page");

    pageLink.click();
    wait.until(d -> d.getCurrentUrl().contains("/documents/"));
    waitReady();
    assertThat(driver.getCurrentUrl()).endsWith("#page-" + page);
    WebElement marker = find("#page-" + page + " a");
    assertThat(marker.getText()).isEqualTo("p. " + page);
    String href = marker.getAttribute("href");
    assertThat(href).endsWith("/file#page=" + page);
    // Every page of the report has its marker, empty ones too.
    assertThat(all("#doc-text .page-marker")).hasSize(7);
    screenshot("pdf-page-markers");

    HttpResponse<String> file = http(href.substring(0, href.indexOf('#')));
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(find("#original-file").getAttribute("href")).isEqualTo(href.substring(0, href.indexOf('#')));
  }
}
