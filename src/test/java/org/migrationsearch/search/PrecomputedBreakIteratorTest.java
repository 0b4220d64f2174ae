package org.migrationsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The precomputed iterator answers exactly as the JDK's sentence iterator does. */
class PrecomputedBreakIteratorTest {

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
      PrecomputedBreakIterator ours = new PrecomputedBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT));
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
}
