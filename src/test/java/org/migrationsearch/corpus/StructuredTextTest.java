package org.migrationsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructuredTextTest {

  @TempDir Path dir;

  @Test
  void markdownKeepsHeadingsListsEmphasisAndTables() {
    Document html = Jsoup.parseBodyFragment(StructuredText.markdown("---\ntitle: T\ncountries:\n  - US\n---\n"
        + "# Title\n\n## Adoption\n\nThe *pact* was **adopted**.\n\n- quotas\n- returns\n\n1. first\n2. second\n\n"
        + "| Year | Arrivals |\n| --- | ---: |\n| 2023 | 1,200 |\n"));
    assertThat(html.select("h2").text()).isEqualTo("Adoption");
    assertThat(html.select("em").text()).isEqualTo("pact");
    assertThat(html.select("strong").text()).isEqualTo("adopted");
    assertThat(html.select("ul > li")).hasSize(2);
    assertThat(html.select("ol > li")).hasSize(2);
    assertThat(html.select("table th").eachText()).containsExactly("Year", "Arrivals");
    assertThat(html.select("table td").eachText()).containsExactly("2023", "1,200");
    assertThat(html.text()).doesNotContain("countries");
  }

  @Test
  void rawHtmlAndScriptLinksNeverBecomeMarkup() {
    String out = StructuredText.markdown("Hello <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n"
        + "[click](javascript:alert(3)) [ok](https://example.org \"t\")\n\n<div onclick=\"x()\">raw</div>");
    Document html = Jsoup.parseBodyFragment(out);
    assertThat(html.select("script, img, div, [onclick], [onerror]")).isEmpty();
    assertThat(html.text()).contains("<script>alert(1)</script>");
    assertThat(html.select("a[href^=javascript]")).isEmpty();
    assertThat(html.select("a[href=https://example.org]").attr("rel")).contains("noopener");
  }

  @Test
  void htmlPagesKeepTheirMainContentStructureOnly() throws Exception {
    Path page = dir.resolve("page.html");
    Files.writeString(page, "<html><head><title>T</title><script>bad()</script></head><body>"
        + "<nav><ul><li><a href='/'>Home</a></li></ul></nav><main><article><h1>Pact</h1>"
        + "<p>The council adopted the pact, which sets out quotas, returns and screening at the border.</p>"
        + "<h2>Key points</h2><ul><li>Quotas for relocation across member states</li><li>Faster returns</li></ul>"
        + "<p style='color:red' onclick='x()'>Member states have two years to apply the new rules.</p>"
        + "<table><tr><th>Year</th></tr><tr><td>2024</td></tr></table></article></main>"
        + "<footer>Copyright</footer></body></html>");
    var s = StructuredText.of(page).orElseThrow();
    assertThat(s.format()).isEqualTo("html");
    Document html = Jsoup.parseBodyFragment(s.html());
    assertThat(html.select("h2").text()).isEqualTo("Key points");
    assertThat(html.select("li")).hasSize(2);
    assertThat(html.select("td").text()).isEqualTo("2024");
    assertThat(html.select("[style], [onclick], script, nav, footer")).isEmpty();
    assertThat(html.text()).doesNotContain("Copyright").doesNotContain("Home");
  }

  @Test
  void plainFilesHaveNoStructure() throws Exception {
    Path txt = dir.resolve("note.txt");
    Files.writeString(txt, "Just text.");
    assertThat(StructuredText.of(txt)).isEmpty();
  }
}
