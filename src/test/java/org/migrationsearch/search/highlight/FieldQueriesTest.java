package org.migrationsearch.search.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class FieldQueriesTest {

  private static Query term(String field, String word) {
    return new TermQuery(new Term(field, word));
  }

  @Test
  void keepsOnlyTheFieldsClausesAllOptional() {
    Query asylum = new DisjunctionMaxQuery(java.util.List.of(
        new BoostQuery(term("title_en", "asylum"), 2f), term("text_en", "asylum"), term("text_es", "asilo")), 0.1f);
    Query border = new DisjunctionMaxQuery(java.util.List.of(term("title_en", "border"), term("text_en", "border"),
        new PhraseQuery("text_en", "border", "wall")), 0.1f);
    Query query = new BooleanQuery.Builder()
        .add(asylum, Occur.MUST).add(border, Occur.MUST)
        .add(term("text_en", "mexico"), Occur.MUST_NOT)
        .add(term("text_en", "filter"), Occur.FILTER)
        .build();

    Query text = FieldQueries.only(query, "text_en");
    assertThat(text).isInstanceOf(BooleanQuery.class);
    BooleanQuery bq = (BooleanQuery) text;
    assertThat(bq.clauses()).allSatisfy(c -> assertThat(c.getOccur()).isEqualTo(Occur.SHOULD));
    assertThat(bq.clauses().get(0).getQuery()).isEqualTo(term("text_en", "asylum"));
    assertThat(bq.clauses().get(1).getQuery()).isEqualTo(new DisjunctionMaxQuery(java.util.List.of(
        term("text_en", "border"), new PhraseQuery("text_en", "border", "wall")), 0.1f));
    assertThat(text.toString()).doesNotContain("mexico", "filter", "title_en", "text_es");

    assertThat(FieldQueries.only(query, "title_en").toString()).isEqualTo("(title_en:asylum)^2.0 title_en:border");
    assertThat(FieldQueries.only(query, "text_es")).isEqualTo(term("text_es", "asilo"));
    assertThat(FieldQueries.only(query, "title_es")).isNull();
  }
}
