package org.migrationsearch.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationsearch.enrich.AnalyzedText;
import org.migrationsearch.enrich.PhraseMatcher;
import org.migrationsearch.enrich.Token;

class LastMatchesTest {

  private final PhraseMatcher<String> matcher = PhraseMatcher.<String>builder().add("asylum", "a").build();
  private final List<String> found = new ArrayList<>();

  private List<PhraseMatcher.Match<String>> find(List<Token> tokens, String source) {
    found.add(source);
    return matcher.findAll(tokens);
  }

  @Test
  void theTitleAndBodyOfTheLastTextAreFoundOnce() {
    LastMatches<String> last = new LastMatches<>();
    AnalyzedText text = AnalyzedText.of("Asylum", "asylum and more asylum");
    for (int round = 0; round < 3; round++) {
      assertThat(last.of(text.titleTokens(), text.title(), this::find)).hasSize(1);
      assertThat(last.of(text.bodyTokens(), text.text(), this::find)).hasSize(2);
    }
    assertThat(found).containsExactly("Asylum", "asylum and more asylum");
  }

  @Test
  void anEqualTextIsStillANewText() {
    LastMatches<String> last = new LastMatches<>();
    AnalyzedText first = AnalyzedText.of("", "asylum");
    AnalyzedText second = AnalyzedText.of("", "asylum");
    last.of(first.bodyTokens(), first.text(), this::find);
    last.of(second.bodyTokens(), second.text(), this::find);
    assertThat(found).hasSize(2);
  }
}
