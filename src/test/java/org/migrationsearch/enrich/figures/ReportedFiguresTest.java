package org.migrationsearch.enrich.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationsearch.enrich.TextTokenizer;
import org.migrationsearch.enrich.Token;

class ReportedFiguresTest {

  /** The figures of {@code text} as written, e.g. "8,725". */
  private static List<String> figures(String text) {
    List<Token> tokens = TextTokenizer.tokenize(text);
    List<String> out = new ArrayList<>();
    for (ReportedFigures.Figure f : ReportedFigures.standard().find(tokens, text)) {
      out.add(text.substring(tokens.get(f.start()).start(), tokens.get(f.end() - 1).end()));
    }
    return out;
  }

  @Test
  void numbersOfPeopleAndPercentagesAreFigures() {
    assertThat(figures("Agents caught 8,725 migrants last month. That is a 93% decrease, "
        + "and 2.2 million self-deportations followed; 14 percent of 62,000 illegal crossers returned."))
        .containsExactly("8,725", "93", "2.2", "14", "62,000");
  }

  @Test
  void yearsSectionsAndBareNumbersAreNot() {
    assertThat(figures("In 2024, section 208 of the Act applied to 75 high-risk countries on 12 November.")).isEmpty();
  }

  /** Money and ceilings set numbers rather than report them. */
  @Test
  void sumsOfMoneyAndCeilingsAreNot() {
    assertThat(figures("The fund provides $50 million for refugees and € 3 million for migrants; "
        + "admissions of up to 125,000 refugees, not to exceed 15,000 persons.")).isEmpty();
  }

  @Test
  void spanishFigures() {
    assertThat(figures("Llegaron 1.500 migrantes, un 40 por ciento más que en 2023.")).containsExactly("1.500", "40");
  }
}
