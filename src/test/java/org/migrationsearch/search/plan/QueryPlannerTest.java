package org.migrationsearch.search.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.junit.jupiter.api.Test;
import org.migrationsearch.search.QuerySyntax;

/** How query text becomes words to match, concepts to add and what may be relaxed. */
class QueryPlannerTest {

  private final QueryPlanner planner = QueryPlanner.bundled();

  private List<String> labels(QueryPlan plan) {
    return plan.groups().stream().map(QueryPlan.WordGroup::label).toList();
  }

  @Test
  void plainWordsAreRelaxableOperatorsAreNot() {
    assertThat(QueryPlanner.isPlainWords("asylum ban at the southern border")).isTrue();
    assertThat(QueryPlanner.isPlainWords("EU-Turkey agreement")).isTrue();
    assertThat(QueryPlanner.isPlainWords("what would the bill have done?")).isTrue();
    for (String explicit : List.of("asylum AND ban", "asylum OR ban", "NOT asylum", "+asylum ban", "-asylum",
        "\"asylum ban\"", "title:asylum", "asyl*", "asylum~", "(asylum)", "asylum^2")) {
      assertThat(QueryPlanner.isPlainWords(explicit)).as(explicit).isFalse();
      assertThat(planner.plan(explicit, QuerySyntax.LUCENE, true).relaxable()).as(explicit).isFalse();
    }
  }

  @Test
  void questionWordsAndStopWordsAreNotWordsToMatch() {
    QueryPlan plan = planner.plan("what would the 2024 Senate bill have done", QuerySyntax.LUCENE, true);
    assertThat(plan.words()).containsExactly("2024", "senate", "bill");
    // In a short query a question word is what was asked for.
    assertThat(planner.plan("how asylum", QuerySyntax.LUCENE, true).words()).containsExactly("how", "asylum");
  }

  @Test
  void aConceptIsOneGroupAndItsOtherNamesAreListedAsExpansions() {
    QueryPlan plan = planner.plan("Remain in Mexico policy", QuerySyntax.LUCENE, true);
    assertThat(labels(plan)).containsExactly("remain in mexico", "policy");
    assertThat(plan.expanded()).contains("Migrant Protection Protocols", "MPP");
    QueryPlan off = planner.plan("Remain in Mexico policy", QuerySyntax.LUCENE, false);
    assertThat(labels(off)).containsExactly("remain", "mexico", "policy");
    assertThat(off.expanded()).isEmpty();
  }

  @Test
  void translationsAreListedToo() {
    assertThat(planner.plan("asylum detention", QuerySyntax.LUCENE, true).expanded()).contains("asilo", "detención");
  }

  @Test
  void repeatedWordsCountOnceAndPastedTextIsCutToItsFirstWords() {
    assertThat(planner.plan("asylum ".repeat(3000), QuerySyntax.SIMPLE, true).groups()).hasSize(1);
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      many.append("word").append(i).append(' ');
    }
    assertThat(planner.plan(many.toString(), QuerySyntax.LUCENE, true).groups()).hasSize(QueryPlanner.MAX_WORDS);
  }

  @Test
  void emptyAndStopWordOnlyQueries() {
    assertThat(planner.plan("", QuerySyntax.LUCENE, true).strict()).isInstanceOf(MatchAllDocsQuery.class);
    assertThat(planner.plan("the of and", QuerySyntax.LUCENE, true).strict()).isInstanceOf(MatchNoDocsQuery.class);
  }

  @Test
  void relaxedMinimumIsAboutHalfTheWords() {
    assertThat(planner.plan("tractor trailer deaths texas", QuerySyntax.LUCENE, true).relaxedMinimum()).isEqualTo(2);
    assertThat(planner.plan("tractor trailer deaths", QuerySyntax.LUCENE, true).relaxedMinimum()).isEqualTo(2);
    assertThat(planner.plan("tractor deaths", QuerySyntax.LUCENE, true).relaxedMinimum()).isEqualTo(1);
  }

  @Test
  void questionWordsResourceIsLowerCaseSingleWords() {
    assertThat(QuestionWords.WORDS).isNotEmpty().allMatch(w -> w.matches("[a-z]+"));
    assertThat(QuestionWords.contains("what")).isTrue();
    assertThat(QuestionWords.contains("asylum")).isFalse();
  }
}
