package org.migrationsearch.search.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBoundariesTest {

  /** The sentences the snippet iterator finds, stripped. */
  static List<String> sentences(String text) {
    WindowedBreakIterator it = WindowedBreakIterator.snippetSentences();
    it.setText(text);
    List<String> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != java.text.BreakIterator.DONE; start = end, end = it.next()) {
      out.add(text.substring(start, end).strip());
    }
    return out;
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertThat(sentences("The U.S. Border Patrol met Dr. Smith on Monday. Then EE.UU. Gobierno habló con la Sra. Pérez."))
        .containsExactly("The U.S. Border Patrol met Dr. Smith on Monday.", "Then EE.UU. Gobierno habló con la Sra. Pérez.");
    assertThat(sentences("See No. 5 and J. Biden's order. It ends here.")).hasSize(2);
  }

  @Test
  void realSentenceEndsStillBreak() {
    assertThat(sentences("Arrivals rose. Returns fell! Why? Nobody knows.")).hasSize(4);
  }

  @Test
  void headingsListItemsAndParagraphsAreTheirOwnSentences() {
    String text = "Adoption\nThe European Commission adopted the pact\non Tuesday after a long debate in the council chamber.\n\n"
        + "Main points:\n- quotas for relocation\n- faster returns";
    assertThat(sentences(text)).containsExactly("Adoption",
        "The European Commission adopted the pact\non Tuesday after a long debate in the council chamber.",
        "Main points:", "- quotas for relocation", "- faster returns");
  }

  @Test
  void wrappedProseIsNotCut() {
    String wrapped = "The ministers of the region agreed on Thursday to open new legal pathways for\n"
        + "workers and families displaced by violence and by the effects of climate change.";
    assertThat(sentences(wrapped)).hasSize(1);
  }

  @Test
  void anAbbreviationAtTheEndOfALineStillEndsIt() {
    assertThat(sentences("Talks with the U.S.\n\nNext steps")).containsExactly("Talks with the U.S.", "Next steps");
  }
}
