package org.migrationsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The document page marks the query's terms without a backtracking regular expression: a crafted
 * wildcard over a long word must not freeze the page, and ordinary terms, plurals, wildcards and
 * phrases are still marked.
 */
class TermMarkerBrowserTest extends BrowserTestBase {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mark(String query, String text) {
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    Object result = driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        import('/static/marker.js').then((m) => {
          const p = document.createElement('p');
          const count = m.appendMarked(p, arguments[1], m.queryTerms(arguments[0]));
          done({ count, html: p.innerHTML });
        }).catch((e) => done({ error: String(e) }));
        """, query, text);
    return (Map<String, Object>) result;
  }

  @Test
  void aCraftedWildcardOverALongWordDoesNotFreezeThePage() {
    open("/");
    String text = "p" + "i".repeat(60) + " and " + "p" + "ia".repeat(40) + " asylum";
    Map<String, Object> r = mark("p*i*i*i*i*i*i*i*i*qqqqqqq", text);
    assertThat(r).doesNotContainKey("error");
    assertThat(((Number) r.get("count")).intValue()).isZero();
  }

  @Test
  void termsPluralsWildcardsAndPhrasesAreMarked() {
    open("/");
    Map<String, Object> r = mark("asylum migra* \"border security\" title:Éxodo",
        "Asylums and asylum's rules; MIGRACIÓN, migrants. Border   security, border alone. Visa. éxodo.");
    assertThat(r.get("html")).isEqualTo("<mark>Asylums</mark> and <mark>asylum's</mark> rules; <mark>MIGRACIÓN</mark>,"
        + " <mark>migrants</mark>. <mark>Border   security</mark>, border alone. Visa. <mark>éxodo</mark>.");
  }

  @Test
  void theDocumentPageOpensWithACraftedQuery() {
    open("/?q=asylum");
    String href = find("#results .result-link").getAttribute("href");
    String path = href.substring(href.indexOf("/documents/"), href.contains("?") ? href.indexOf('?') : href.length());
    open(path + "?q=" + "p*i*i*i*i*i*i*i*i*qqqqqqq");
    assertThat(find("#doc-title").getText()).isNotBlank();
    open(path + "?q=asylum");
    List<WebElement> marks = all("#doc-text mark");
    assertThat(marks).isNotEmpty();
  }
}
