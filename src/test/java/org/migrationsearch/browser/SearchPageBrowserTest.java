package org.migrationsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

class SearchPageBrowserTest extends BrowserTestBase {

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> hits(Map<String, Object> answer) {
    return (List<Map<String, Object>>) answer.get("hits");
  }

  private static List<String> shownTitles() {
    return all("#results > li.result .result-title").stream().map(WebElement::getText).toList();
  }

  @Test
  void typedQueryShowsRankedResultsWithMarkedTerms() {
    open("/");
    String before = driver.getCurrentUrl();
    find("#q").sendKeys("asylum", Keys.ENTER);
    waitForAddressChange(before);

    assertThat(addressValues("q")).containsExactly("asylum");
    Map<String, Object> answer = api("/api/search?q=asylum");
    assertThat(shownTotal()).isEqualTo(((Number) answer.get("total")).longValue());
    assertThat(find("#summary").getText()).contains("asylum").contains("ms");
    assertThat(shownTitles()).containsExactlyElementsOf(
        hits(answer).stream().map(h -> (String) h.get("title")).toList());
    List<WebElement> marks = all("#results .snippet mark");
    assertThat(marks).isNotEmpty();
    // The thesaurus lets "asylum" also find Spanish documents, where "asilo" is marked.
    assertThat(marks).allSatisfy(m -> assertThat(m.getText().toLowerCase()).containsAnyOf("asylum", "asilo"));
    assertThat(find("#results .result-link").getAttribute("href")).contains("/documents/").contains("q=asylum");
    assertThat(find("#summary").getAttribute("aria-live")).isEqualTo("polite");
    screenshot("search-results");
  }

  @Test
  void sortAndPageLiveInTheAddressAndSurviveReloadAndBack() {
    open("/?q=migration");
    String before = driver.getCurrentUrl();
    new Select(find("#sort")).selectByValue("newest");
    waitForAddressChange(before);
    assertThat(addressValues("sort")).containsExactly("newest");
    List<String> dates = all("#results time").stream().map(t -> t.getAttribute("datetime")).toList();
    assertThat(dates).isSortedAccordingTo((a, b) -> b.substring(0, 4).compareTo(a.substring(0, 4)));

    String page1 = driver.getCurrentUrl();
    find("#pager a[rel=next]").click();
    waitForAddressChange(page1);
    assertThat(addressValues("page")).containsExactly("2");
    List<String> expected = hits(api("/api/search?q=migration&sort=newest&page=2")).stream()
        .map(h -> (String) h.get("title")).toList();
    assertThat(shownTitles()).containsExactlyElementsOf(expected);
    assertThat(find("#pager [aria-current=page]").getText()).isEqualTo("2");

    driver.navigate().refresh();
    waitReady();
    assertThat(shownTitles()).containsExactlyElementsOf(expected);
    assertThat(new Select(find("#sort")).getFirstSelectedOption().getText()).isEqualTo("Newest first");

    driver.navigate().back();
    waitReady();
    assertThat(addressValues("page")).isEmpty();
    assertThat(find("#pager [aria-current=page]").getText()).isEqualTo("1");
  }

  @Test
  void snippetsCannotInsertMarkupOtherThanMark() {
    open("/");
    @SuppressWarnings("unchecked")
    List<Object> out = (List<Object>) driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "import('/static/common.js').then(m => {"
            + "  const a = document.createElement('div');"
            + "  a.append(m.markedFragment('x <mark>y</mark> &amp; &lt;b&gt;z&lt;/b&gt; &#39;q&#39;'));"
            + "  const b = document.createElement('div');"
            + "  b.append(m.markedFragment('a <mark>b</mark> <img src=x onerror=\"window.pwned=1\"> c'));"
            + "  done([a.innerHTML, a.textContent, b.innerHTML, b.querySelectorAll('*').length]);"
            + "});");
    assertThat(out.get(0)).isEqualTo("x <mark>y</mark> &amp; &lt;b&gt;z&lt;/b&gt; 'q'");
    assertThat(out.get(1)).isEqualTo("x y & <b>z</b> 'q'");
    // A snippet with any other tag is shown as text: no element at all, not even the marks.
    assertThat(out.get(2)).isEqualTo("a b  c");
    assertThat(((Number) out.get(3)).intValue()).isZero();
  }
}
