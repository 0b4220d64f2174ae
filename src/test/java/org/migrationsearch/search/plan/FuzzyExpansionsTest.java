package org.migrationsearch.search.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.enrich.Enricher;
import org.migrationsearch.index.CorpusIndexer;
import org.migrationsearch.index.IndexSchema;
import org.migrationsearch.testing.Fixtures;
import org.migrationsearch.search.IndexAccess;
import org.migrationsearch.search.IndexSnapshot;
import org.migrationsearch.search.QuerySyntax;

/**
 * A fuzzy word is expanded once per index snapshot, to the terms Lucene's own expansion finds,
 * and expanded again against a new snapshot after a reindex.
 */
class FuzzyExpansionsTest {

  @TempDir Path tmp;

  @Test
  void aWordIsExpandedOncePerSnapshotToWhatLuceneFinds() throws Exception {
    Path corpus = tmp.resolve("c");
    Fixtures.write(corpus, "a.md", "---\ntitle: One\nlanguage: en\n---\nAsylum seekers and asylums at the border.");
    Fixtures.write(corpus, "b.md", "---\ntitle: Two\nlanguage: en\n---\nAsilum, a misspelling, and asyla.");
    CorpusIndexer indexer = new CorpusIndexer(Enricher.standard());
    indexer.rebuild(corpus, tmp.resolve("i"), false);
    String field = IndexSchema.textField("en");
    try (IndexAccess access = IndexAccess.open(tmp.resolve("i"))) {
      Query first = access.withSnapshot(s -> expand(s, field));
      Query again = access.withSnapshot(s -> expand(s, field));
      Query lucene = access.withSnapshot(s -> s.rewrite(new FuzzyQuery(new Term(field, "asylum"), 2)));
      assertThat(again).as("the second rewrite is the kept expansion").isSameAs(first);
      assertThat(access.withSnapshot(s -> s.rewrite(first)).toString()).isEqualTo(lucene.toString())
          .contains("asilum");

      Fixtures.write(corpus, "c.md", "---\ntitle: Three\nlanguage: en\n---\nAsylumm, with a typo.");
      indexer.rebuild(corpus, tmp.resolve("i"), false);
      access.refresh();
      Query afterReindex = access.withSnapshot(s -> expand(s, field));
      assertThat(afterReindex).isNotSameAs(first);
      assertThat(afterReindex.toString()).contains("asylumm");
    }
  }

  /** The expansion step alone, as a search's rewrite calls it. */
  private static Query expand(IndexSnapshot snapshot, String field) throws java.io.IOException {
    return FuzzyExpansions.INSTANCE.rewrite(snapshot.getIndexReader(), FuzzyExpansions.query(new Term(field, "asylum"), 2));
  }

  @Test
  void bothSyntaxesBuildFuzzyWordsThatKeepTheirExpansion() {
    for (QuerySyntax syntax : QuerySyntax.values()) {
      Query q = QueryFactory.parse("asylum~2", syntax);
      boolean[] cached = {false};
      q.visit(new org.apache.lucene.search.QueryVisitor() {
        @Override
        public void consumeTermsMatching(Query query, String field,
            java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
          cached[0] |= query instanceof FuzzyQuery f && f.getRewriteMethod() == FuzzyExpansions.INSTANCE;
        }

        @Override
        public org.apache.lucene.search.QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur,
            Query parent) {
          return this;
        }
      });
      assertThat(cached[0]).as(syntax.name()).isTrue();
    }
  }
}
