package org.migrationsearch.corpus.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void headingsAndParagraphsAreBlocksSeparatedByABlankLine() {
    assertThat(MarkdownText.toPlainText("# Title\n\n## Adoption\nText here\non two lines.\n"))
        .isEqualTo("Title\n\nAdoption\n\nText here\non two lines.");
  }

  @Test
  void emphasisLinksImagesAndCodeBecomeTheirText() {
    assertThat(MarkdownText.toPlainText("A **bold** and _light_ [link](http://x.org) ![chart](c.png) `code`."))
        .isEqualTo("A bold and light link chart code.");
  }

  @Test
  void bulletsQuotesAndRulesAreReducedWithoutJoiningLines() {
    assertThat(MarkdownText.toPlainText("* one\n* two\n\n> quoted\n\n---\nafter"))
        .isEqualTo("- one\n- two\n\nquoted\n\nafter");
  }

  @Test
  void orderedAndNestedListsKeepTheirNumbersAndDepth() {
    assertThat(MarkdownText.toPlainText("3. first\n4. second\n   - inner\n"))
        .isEqualTo("3. first\n4. second\n  - inner");
  }

  @Test
  void tablesBecomeOneLinePerRow() {
    assertThat(MarkdownText.toPlainText("| country | arrivals |\n| --- | --- |\n| Spain | 56,852 |\n"))
        .isEqualTo("country | arrivals\nSpain | 56,852");
  }

  @Test
  void rawHtmlEntitiesAndReferenceLinksLeaveOnlyText() {
    assertThat(MarkdownText.toPlainText("<div class=\"note\">Joint <b>statement</b></div>\n\nUS &amp; Mexico [agree][1].\n\n[1]: http://x.org\n"))
        .isEqualTo("Joint statement\n\nUS & Mexico agree.");
  }

  @Test
  void underscoresInsideWordsAndSpacedAsterisksAreKept() {
    assertThat(MarkdownText.toPlainText("file_name_here and 2 * 3 * 4")).isEqualTo("file_name_here and 2 * 3 * 4");
  }

  @Test
  void firstHeadingIsTheLevelOneHeading() {
    assertThat(MarkdownText.firstHeading("intro\n## Sub\n# Main title #\ntext")).isEqualTo("Main title");
    assertThat(MarkdownText.firstHeading("Setext title\n============\n\nbody")).isEqualTo("Setext title");
    assertThat(MarkdownText.firstHeading("no heading at all")).isNull();
  }
}
