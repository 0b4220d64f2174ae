package org.migrationsearch.search.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The windowed iterator answers exactly as the JDK's sentence iterator and a whole-text walk do. */
class WindowedBreakIteratorTest {

  @Test
  void followingAndPrecedingAgreeWithTheJdk() {
    Random random = new Random(1);
    String[] pieces = {"The U.S. agreed. ", "Asylum rose 3.5%! ", "Why? ", "Migración segura. ", "\n\n", "word ",
        "Dr. Smith said so. ", "¿Qué? "};
    for (int round = 0; round < 50; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
      jdk.setText(text);
      WindowedBreakIterator ours = new WindowedBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT));
      ours.setText(text);
      for (int offset = 0; offset <= text.length(); offset++) {
        if (offset < text.length()) {
          assertThat(ours.following(offset)).as("following %d in %s", offset, text).isEqualTo(jdk.following(offset));
          assertThat(ours.current()).isEqualTo(jdk.current());
          assertThat(ours.next()).isEqualTo(jdk.next());
        }
        if (offset > 0) {
          assertThat(ours.preceding(offset)).as("preceding %d in %s", offset, text).isEqualTo(jdk.preceding(offset));
          assertThat(ours.current()).isEqualTo(jdk.current());
          assertThat(ours.previous()).isEqualTo(jdk.previous());
        }
      }
      assertThat(ours.first()).isEqualTo(jdk.first());
      assertThat(ours.last()).isEqualTo(jdk.last());
    }
  }

  private static String randomText(Random random, int pieces) {
    String[] parts = {"The U.S. agreed. ", "Asylum rose 3.5%! ", "Why? ", "Migración segura. ", "\n\n", "word ",
        "Dr. Smith said so. ", "¿Qué? ", "\nHeading line\n", "- a list item\n", "   \n  \n ", "ends here.\n"};
    StringBuilder sb = new StringBuilder();
    for (int i = pieces; i > 0; i--) {
      sb.append(parts[random.nextInt(parts.length)]);
    }
    return sb.toString();
  }

  /**
   * Texts of many windows, so boundaries near and across the windows' edges are asked for. The
   * reference is the JDK's walk from the start: its own next() after a preceding() can disagree
   * with that walk.
   */
  @Test
  void longTextsAgreeWithAWalkOverTheWholeText() {
    Random random = new Random(2);
    for (int round = 0; round < 10; round++) {
      String text = randomText(random, 200 + random.nextInt(400));
      assertThat(text.length()).isGreaterThan(2 * WindowedBreakIterator.WINDOW);
      BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
      jdk.setText(text);
      java.util.TreeSet<Integer> walk = new java.util.TreeSet<>();
      for (int b = jdk.first(); b != BreakIterator.DONE; b = jdk.next()) {
        walk.add(b);
      }
      WindowedBreakIterator ours = new WindowedBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT));
      ours.setText(text);
      for (int offset = text.length() - 1; offset >= 0; offset -= 1 + random.nextInt(7)) {
        int following = walk.higher(offset);
        assertThat(ours.following(offset)).as("following %d", offset).isEqualTo(following);
        Integer after = walk.higher(following);
        assertThat(ours.next()).isEqualTo(after == null ? BreakIterator.DONE : after);
        int preceding = walk.lower(offset + 1);
        assertThat(ours.preceding(offset + 1)).as("preceding %d", offset + 1).isEqualTo(preceding);
        Integer before = walk.lower(preceding);
        assertThat(ours.previous()).isEqualTo(before == null ? BreakIterator.DONE : before);
      }
    }
  }

  /**
   * The snippet sentences found window by window, in any order, are those of one walk over the
   * whole text with the same corrections.
   */
  @Test
  void snippetSentencesDoNotDependOnTheWindows() {
    Random random = new Random(3);
    for (int round = 0; round < 10; round++) {
      String text = randomText(random, 300 + random.nextInt(300));
      java.util.TreeSet<Integer> expected = new java.util.TreeSet<>();
      BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
      jdk.setText(text);
      for (int b = jdk.first(); b != BreakIterator.DONE; b = jdk.next()) {
        if (b == 0 || b == text.length() || !SentenceBoundaries.afterAbbreviation(text, b)) {
          expected.add(b);
        }
      }
      for (int b : SentenceBoundaries.lineBreaks(text, 0, text.length())) {
        expected.add(b);
      }
      WindowedBreakIterator backwards = WindowedBreakIterator.snippetSentences();
      backwards.setText(text);
      java.util.TreeSet<Integer> found = new java.util.TreeSet<>();
      for (int b = backwards.last(); b != BreakIterator.DONE; b = backwards.previous()) {
        found.add(b);
      }
      assertThat(found).as(text).isEqualTo(expected);
      WindowedBreakIterator forwards = WindowedBreakIterator.snippetSentences();
      forwards.setText(text);
      java.util.List<Integer> walked = new java.util.ArrayList<>();
      for (int b = forwards.first(); b != BreakIterator.DONE; b = forwards.next()) {
        walked.add(b);
      }
      assertThat(walked).containsExactlyElementsOf(expected);
    }
  }
}
