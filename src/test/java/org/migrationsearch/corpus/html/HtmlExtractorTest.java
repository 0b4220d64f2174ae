package org.migrationsearch.corpus.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private final HtmlExtractor extractor = new HtmlExtractor();

  private static final String ARTICLE_BODY =
      "<p>The ministry announced on Monday that seasonal workers will be able to renew their"
          + " permits online, without travelling to a consulate, from the start of next year.</p>"
          + "<p>Employers welcomed the change, saying that delays of several months had left farms,"
          + " hotels and care homes short of staff during the busiest weeks of the season.</p>"
          + "<p>Advocates for migrants asked for the same procedure to cover family reunification,"
          + " which still requires an appointment in person and can take over a year.</p>";

  private static final String CHROME_AROUND_ARTICLE =
      "<html lang=\"en-GB\"><head><title>Work permits go online | Border Watch</title>"
          + "<script>var tracking = 'do not index this script';</script>"
          + "<style>.nav { color: red }</style></head><body>"
          + "<header><a href=\"/\">Border Watch</a> <a href=\"/login\">Sign in</a></header>"
          + "<nav><ul><li><a href=\"/asylum\">Asylum</a></li><li><a href=\"/visas\">Visas</a></li>"
          + "<li><a href=\"/borders\">Borders and enforcement</a></li></ul></nav>"
          + "<div class=\"layout\"><article><h1>Work permits go online</h1>" + ARTICLE_BODY
          + "</article>"
          + "<div class=\"sidebar\"><h3>Most read</h3><ul>"
          + "<li><a href=\"/a\">Quota for skilled workers raised again this spring</a></li>"
          + "<li><a href=\"/b\">New rules for student visas explained in detail</a></li></ul>"
          + "<p>Subscribe to our weekly newsletter about refugees, visas and border policy news.</p>"
          + "</div></div>"
          + "<footer><p>Copyright Border Watch, all rights reserved, contact the editors here.</p>"
          + "</footer><script>document.write('late script');</script></body></html>";

  @Test
  void keepsTheArticleAndDropsNavigationHeaderFooterSidebarAndScripts() {
    ExtractedPage page = extractor.extract(CHROME_AROUND_ARTICLE, "https://example.org/news/1");

    assertThat(page.text())
        .contains("seasonal workers will be able to renew their permits online")
        .contains("family reunification")
        .doesNotContain("Sign in")
        .doesNotContain("Borders and enforcement")
        .doesNotContain("Most read")
        .doesNotContain("Quota for skilled workers")
        .doesNotContain("newsletter")
        .doesNotContain("Copyright")
        .doesNotContain("script")
        .doesNotContain("color: red");
    assertThat(page.language()).isEqualTo("en");
  }

  @Test
  void separatesParagraphsWithABlankLine() {
    ExtractedPage page = extractor.extract(CHROME_AROUND_ARTICLE, null);

    assertThat(page.text().split("\n\n"))
        .contains(
            "Employers welcomed the change, saying that delays of several months had left farms,"
                + " hotels and care homes short of staff during the busiest weeks of the season.");
  }

  @Test
  void stripsTheSiteNameFromTheTitleWhenTheRestIsTheHeading() {
    ExtractedPage page = extractor.extract(CHROME_AROUND_ARTICLE, null);

    assertThat(page.title()).isEqualTo("Work permits go online");
  }

  @Test
  void keepsADashInsideATitle() {
    String html = "<title>Asylum statistics - third quarter</title><h1>Asylum statistics</h1>" + ARTICLE_BODY;

    assertThat(extractor.extract(html, null).title()).isEqualTo("Asylum statistics - third quarter");
  }

  @Test
  void prefersMetaTagsForTitleDateAndUrl() {
    String html =
        "<html><head><title>Home page - Migration Office</title>"
            + "<meta property=\"og:title\" content=\"Family reunification rules simplified\">"
            + "<meta property=\"article:published_time\" content=\"2024-03-07T09:30:00+01:00\">"
            + "<meta property=\"og:url\" content=\"https://example.org/reunification\">"
            + "</head><body><article>" + ARTICLE_BODY + "</article></body></html>";

    ExtractedPage page = extractor.extract(html, null);

    assertThat(page.title()).isEqualTo("Family reunification rules simplified");
    assertThat(page.date()).isEqualTo("2024-03-07");
    assertThat(page.url()).isEqualTo("https://example.org/reunification");
  }

  @Test
  void readsTheDateFromJsonLdAndTheUrlFromTheCanonicalLink() {
    String html =
        "<html><head><link rel=\"canonical\" href=\"/policy/returns\">"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
            + "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Border Watch\"},"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Return agreements under review\","
            + "\"datePublished\":\"2023-11-02T08:00:00Z\"}]}</script>"
            + "</head><body><h1>Return agreements under review</h1>" + ARTICLE_BODY + "</body></html>";

    ExtractedPage page = extractor.extract(html, "https://example.org/news/");

    assertThat(page.date()).isEqualTo("2023-11-02");
    assertThat(page.title()).isEqualTo("Return agreements under review");
    assertThat(page.url()).isEqualTo("https://example.org/policy/returns");
  }

  @Test
  void readsWrittenOutDatesAndTimeElementsInTheArticle() {
    String html =
        "<body><article><time datetime=\"2022-06-20\">20 June 2022</time>" + ARTICLE_BODY
            + "</article></body>";

    assertThat(extractor.extract(html, null).date()).isEqualTo("2022-06-20");
    assertThat(DateFinder.normalize("Published on June 5, 2021")).isEqualTo("2021-06-05");
    assertThat(DateFinder.normalize("5 Sept. 2021")).isEqualTo("2021-09-05");
    assertThat(DateFinder.normalize("20210105")).isEqualTo("2021-01-05");
    assertThat(DateFinder.normalize("no date here")).isNull();
  }

  @Test
  void findsTheContentOfAPageWithoutArticleElement() {
    String html =
        "<html><body><div id=\"top\"><a href=\"/\">Home</a> | <a href=\"/news\">News</a> |"
            + " <a href=\"/contact\">Contact</a></div>"
            + "<div id=\"left-menu\"><ul><li><a href=\"/x\">Visas</a></li><li><a href=\"/y\">Asylum</a>"
            + "</li><li><a href=\"/z\">Citizenship</a></li></ul></div>"
            + "<div class=\"main-column\"><div class=\"entry\"><h2>Temporary protection extended</h2>"
            + ARTICLE_BODY + "</div>"
            + "<div class=\"share-buttons\"><a href=\"/s\">Share on social media with friends</a></div>"
            + "</div><div class=\"cookie-banner\">We use cookies to improve your experience of the"
            + " site, and you can accept or refuse them at any time.</div></body></html>";

    ExtractedPage page = extractor.extract(html, null);

    assertThat(page.text())
        .startsWith("Temporary protection extended\n\nThe ministry announced")
        .contains("family reunification")
        .doesNotContain("Citizenship")
        .doesNotContain("Contact")
        .doesNotContain("Share on social media")
        .doesNotContain("cookies");
  }

  @Test
  void keepsLinesSeparatedByBreaksAndSpacingAroundInlineElements() {
    String html =
        "<body><div class=\"content\"><p>Applications are handled by the regional office,"
            + " <strong>not</strong> by the<em> embassy</em>, and take about <b>six</b>"
            + " weeks.<br>Documents must be translated.<br/>Fees are paid online.</p></div></body>";

    ExtractedPage page = extractor.extract(html, null);

    assertThat(page.text())
        .isEqualTo(
            "Applications are handled by the regional office, not by the embassy, and take about six"
                + " weeks.\nDocuments must be translated.\nFees are paid online.");
  }

  @Test
  void decodesEntitiesAndKeepsSpanishAccents() {
    String html =
        "<html lang=\"es-ES\"><head><meta charset=\"utf-8\"><title>Regularizaci&oacute;n"
            + " extraordinaria</title></head><body><main><h1>Regularización extraordinaria</h1>"
            + "<p>El Gobierno aprobó la regularización de las personas migrantes que llevan m&aacute;s"
            + " de dos a&ntilde;os en Espa&ntilde;a &mdash; según el decreto, podrán solicitarla"
            + " durante seis meses &amp; sin necesidad de un contrato previo.</p></main></body></html>";

    ExtractedPage page = extractor.extract(html, null);

    assertThat(page.language()).isEqualTo("es");
    assertThat(page.title()).isEqualTo("Regularización extraordinaria");
    assertThat(page.text())
        .contains("más de dos años en España — según el decreto, podrán solicitarla")
        .contains("seis meses & sin necesidad");
  }

  @Test
  void returnsNullsForWhatAnEmptyPageDoesNotSay() {
    ExtractedPage page = extractor.extract("", null);

    assertThat(page.title()).isNull();
    assertThat(page.date()).isNull();
    assertThat(page.url()).isNull();
    assertThat(page.language()).isNull();
    assertThat(page.text()).isEmpty();
  }

  @Test
  void givesTheSameResultFromManyThreads() throws Exception {
    ExtractedPage expected = extractor.extract(CHROME_AROUND_ARTICLE, null);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ExtractedPage>> results =
          IntStream.range(0, 40)
              .mapToObj(i -> pool.submit(() -> extractor.extract(CHROME_AROUND_ARTICLE, null)))
              .toList();
      for (Future<ExtractedPage> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theStructuredPublisherNamesTheSiteWhenNoSiteNameIsGiven() {
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
        + "\"headline\": \"Work permits go online\", \"publisher\": {\"@type\": \"Organization\", "
        + "\"name\": \"Border Watch\"}}</script></head><body><article>" + ARTICLE_BODY + "</article></body></html>";
    assertThat(extractor.extract(html, "").siteName()).isEqualTo("Border Watch");
  }

  @Test
  void aTimeInABylineOutsideTheArticleDatesThePageButNotOneInTheSiteHeader() {
    String html = "<html><body><header><time datetime=\"2026-01-05\">Today</time></header>"
        + "<div class=\"story\"><h1>Work permits go online</h1><p class=\"byline\">By A. Writer, "
        + "<time datetime=\"2023-11-01\">1 November 2023</time></p>" + ARTICLE_BODY + "</div></body></html>";
    assertThat(extractor.extract(html, "").date()).isEqualTo("2023-11-01");
    String headerOnly = "<html><body><header><time datetime=\"2026-01-05\">Today</time></header>"
        + "<div class=\"story\">" + ARTICLE_BODY + "</div></body></html>";
    assertThat(extractor.extract(headerOnly, "").date()).isNull();
  }
}
