package org.migrationsearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migrationsearch.search.facets.FacetFilter;

/** Reading a search from parameters, as the API and the CLI both do. */
class RequestParametersTest {

  private static SearchRequest parse(Object... keyValues) {
    return RequestParameters.parse(RequestParameters.builder(keyValues));
  }

  @Test
  void defaults() {
    SearchRequest r = parse();
    assertThat(r.query()).isEmpty();
    assertThat(r.page()).isEqualTo(1);
    assertThat(r.size()).isEqualTo(10);
    assertThat(r.sort()).isEqualTo(SortOrder.RELEVANCE);
    assertThat(r.syntax()).isEqualTo(QuerySyntax.LUCENE);
    assertThat(r.highlight()).isTrue();
    assertThat(r.filters()).isEmpty();
  }

  @Test
  void countryNamesAndLanguageNamesBecomeCodes() {
    SearchRequest r = parse("country", List.of("Mexico", "gt", "Estados Unidos"), "language", "Spanish");
    assertThat(r.filter("country").values()).containsExactly("MX", "GT", "US");
    assertThat(r.filter("language").values()).containsExactly("es");
  }

  @Test
  void filterRules() {
    SearchRequest r = parse("topic", List.of("asylum", "refugees"), "topic_match", "all", "not_type", "speech");
    assertThat(r.filter("topic")).isEqualTo(new FacetFilter(List.of("asylum", "refugees"), true, List.of()));
    assertThat(r.filter("type")).isEqualTo(new FacetFilter(List.of(), false, List.of("speech")));
  }

  @Test
  void yearsAndMonthsStandForTheirFirstOrLastDay() {
    SearchRequest r = parse("from", "2019", "to", "2020-02");
    assertThat(r.from()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(r.to()).isEqualTo(LocalDate.of(2020, 2, 29));
  }

  @Test
  void nonsenseIsABadParameterNamingTheParameter() {
    Map<String, Object[]> cases = Map.of(
        "size", new Object[] {"size", "0"},
        "page", new Object[] {"page", "x"},
        "sort", new Object[] {"sort", "random"},
        "from", new Object[] {"from", "2020-13-01"},
        "country_match", new Object[] {"country_match", "some"},
        "highlight", new Object[] {"highlight", "maybe"});
    cases.forEach((name, kv) -> assertThatThrownBy(() -> parse(kv))
        .isInstanceOfSatisfying(SearchException.class, e -> assertThat(e.code()).isEqualTo(SearchException.Code.BAD_PARAMETER))
        .hasMessageContaining(name));
    assertThatThrownBy(() -> parse("page", "200", "size", "100")).hasMessageContaining("/api/export");
    assertThatThrownBy(() -> parse("from", "2021-01-01", "to", "2020-01-01")).hasMessageContaining("after");
  }
}
