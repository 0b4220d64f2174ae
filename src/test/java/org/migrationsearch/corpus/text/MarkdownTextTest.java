package org.migrationsearch.corpus.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void headingsKeepTheirLineBreaks() {
    assertThat(MarkdownText.toPlainText("# Title\n\n## Adoption\n\nText here.\n"))
        .isEqualTo("Title\n\nAdoption\n\nText here.\n");
  }

  @Test
  void emphasisLinksImagesAndCodeBecomeTheirText() {
    assertThat(MarkdownText.toPlainText("A **bold** and _light_ [link](http://x.org) ![chart](c.png) `code`."))
        .isEqualTo("A bold and light link chart code.");
  }

  @Test
  void bulletsQuotesAndRulesAreReducedWithoutJoiningLines() {
    assertThat(MarkdownText.toPlainText("* one\n* two\n\n> quoted\n\n---\nafter"))
        .isEqualTo("- one\n- two\n\nquoted\n\n\nafter");
  }

  @Test
  void firstHeadingIsTheLevelOneHeading() {
    assertThat(MarkdownText.firstHeading("intro\n## Sub\n# Main title #\ntext")).isEqualTo("Main title");
  }
}
