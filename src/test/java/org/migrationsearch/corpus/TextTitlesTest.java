package org.migrationsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTitlesTest {

  @Test
  void aShortFirstLineWithoutAFullStopIsTheTitle() {
    assertThat(TextTitles.fromText("\n\nTitle 42 expulsions end at the southern border\n\nWASHINGTON, May 12, 2023 — The order expired."))
        .isEqualTo("Title 42 expulsions end at the southern border");
  }

  @Test
  void aLongOpeningParagraphGivesItsFirstSentenceCutAtAWord() {
    String text = "Top diplomats and security officials from the United States, Mexico and Guatemala agreed on "
        + "Friday to expand lawful pathways and to step up joint work against smuggling networks, according "
        + "to senior administration officials who briefed reporters. The meeting followed months of talks.";
    String title = TextTitles.fromText(text);
    assertThat(title).hasSizeLessThanOrEqualTo(TextTitles.MAX_CUT_TITLE + 1).endsWith("\u2026");
    String withoutEllipsis = title.substring(0, title.length() - 1);
    assertThat(text).startsWith(withoutEllipsis);
    assertThat(text.charAt(withoutEllipsis.length())).isEqualTo(' ');
  }

  @Test
  void aShortFirstSentenceIsTakenWholeWithoutItsFullStop() {
    assertThat(TextTitles.fromText("The U.S. and Mexico signed a new accord on border crossings. It takes effect in May."))
        .isEqualTo("The U.S. and Mexico signed a new accord on border crossings");
  }

  @Test
  void aDatelineIsNotATitle() {
    assertThat(TextTitles.fromText("(WASHINGTON) \u2014 Officials from three countries met on Tuesday to discuss migration. More followed."))
        .isEqualTo("Officials from three countries met on Tuesday to discuss migration");
    assertThat(TextTitles.fromText("MEXICO CITY (AP) \u2014\nMexico's president spoke about the border on Monday. He said more."))
        .isEqualTo("Mexico's president spoke about the border on Monday");
  }

  @Test
  void noWordsNoTitle() {
    assertThat(TextTitles.fromText(" \n \n")).isNull();
  }
}
