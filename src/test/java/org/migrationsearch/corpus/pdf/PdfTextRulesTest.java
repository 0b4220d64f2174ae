package org.migrationsearch.corpus.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text rules on their own: junk metadata, garbled text, running lines and hyphenation. */
class PdfTextRulesTest {

  @Test
  void junkMetadataFileListsPlaceholdersOfProducers() {
    for (String junk : List.of("Microsoft Word - draft3.docx", "untitled", "Untitled-1", "Document1", "  ",
        "report_final_v2.pdf", "Administrator", "PowerPoint Presentation", "123", "Layout 1")) {
      assertThat(JunkMetadata.isReal(junk)).as(junk).isFalse();
    }
    for (String real : List.of("Annual Report on Asylum Appeals", "UNHCR", "Ley de Migración",
        "Documenting Abuses at the Border", "Page Act of 1875: a history")) {
      assertThat(JunkMetadata.isReal(real)).as(real).isTrue();
    }
  }

  @Test
  void replacementCharactersAndConsonantSoupAreGarbled() {
    String unmapped = "\uFFFD\uFFFD\uE001\uE002 ".repeat(40) + "ok";
    assertThat(TextQuality.judge(List.of(unmapped))).isEqualTo(TextQuality.Verdict.GARBLED);
    String soup = "Xzqwrt Bcdfgh Mnprst Vwxzkl Qrtpsd ".repeat(10);
    assertThat(TextQuality.judge(List.of(soup))).isEqualTo(TextQuality.Verdict.GARBLED);
  }

  @Test
  void ordinaryTextInSeveralLanguagesIsGood() {
    assertThat(TextQuality.judge(List.of("The ministry published the figures for asylum claims lodged in 2023. "
        .repeat(5)))).isEqualTo(TextQuality.Verdict.GOOD);
    assertThat(TextQuality.judge(List.of("La población migrante en tránsito aumentó durante el año. ".repeat(5))))
        .isEqualTo(TextQuality.Verdict.GOOD);
    assertThat(TextQuality.judge(List.of("入国管理局は難民認定の統計を発表した。"))).isEqualTo(TextQuality.Verdict.GOOD);
    assertThat(TextQuality.judge(List.of("", " 12 "))).isEqualTo(TextQuality.Verdict.EMPTY);
  }

  @Test
  void wrappedLinesJoinIntoParagraphsAndHyphenatedWordsHeal() {
    String page = "Irregular migra-\ntion rose in\nthe second quarter.\n\nA new paragraph\nstarts here.";
    assertThat(PageCleaner.paragraphs(page))
        .isEqualTo("Irregular migration rose in the second quarter.\n\nA new paragraph starts here.");
    // A hyphen before a capital is part of a name, not a line-end break.
    assertThat(PageCleaner.paragraphs("the Franco-\nBritish agreement")).isEqualTo("the Franco- British agreement");
  }

  @Test
  void linesRepeatedAtTheEdgeOfMostPagesGoButBodyLinesStay() {
    List<String> pages = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      pages.add("Border Monitoring Bulletin\n\nBody text of page " + i + " about detention.\n\n" + (i + 10));
    }
    List<String> cleaned = PageCleaner.clean(pages);
    for (int i = 0; i < 5; i++) {
      assertThat(cleaned.get(i)).isEqualTo("Body text of page " + (i + 1) + " about detention.");
    }
  }

  @Test
  void aPageMadeOnlyOfRepeatedLinesKeepsThem() {
    List<String> pages = List.of("Document 2: Page 1", "Document 2: Page 2", "Document 2: Page 3");
    assertThat(PageCleaner.clean(pages)).containsExactly("Document 2: Page 1", "Document 2: Page 2",
        "Document 2: Page 3");
  }
}
