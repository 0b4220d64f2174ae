package org.migrationsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.enrich.Enricher;
import org.migrationsearch.index.CorpusIndexer;
import org.migrationsearch.search.highlight.SnippetHighlighter;
import org.migrationsearch.testing.Fixtures;
import org.migrationsearch.search.plan.QueryFactory;

/**
 * Snippets stop at the deadline: past it, the hits not yet highlighted go without, and the
 * answer says the snippets are partial instead of running on past the budget.
 */
class SnippetDeadlineTest {

  @TempDir Path tmp;

  @Test
  void highlightingStopsAtTheDeadlineAndSaysSo() throws Exception {
    Path corpus = tmp.resolve("c");
    for (int i = 0; i < 12; i++) {
      Fixtures.write(corpus, "d" + i + ".md", "---\ntitle: Asylum " + i + "\n---\nAsylum seekers waited at the border " + i + ".");
    }
    new CorpusIndexer(Enricher.standard()).rebuild(corpus, tmp.resolve("i"), false);
    try (IndexAccess access = IndexAccess.open(tmp.resolve("i"))) {
      access.withSnapshot(snapshot -> {
        var query = QueryFactory.parse("asylum~1", QuerySyntax.LUCENE);
        ScoreDoc[] top = snapshot.search(query, 12).scoreDocs;
        int[] ids = new int[top.length];
        Map<Integer, org.apache.lucene.document.Document> stored = new HashMap<>();
        for (int i = 0; i < top.length; i++) {
          ids[i] = top[i].doc;
          stored.put(ids[i], snapshot.storedFields().document(ids[i]));
        }
        assertThat(ids).hasSize(12);
        SnippetHighlighter highlighter = new SnippetHighlighter(snapshot);

        SnippetHighlighter.Result spent = highlighter.highlight(query, ids, stored, false, new Deadline(Duration.ZERO));
        assertThat(spent.partial()).isTrue();
        assertThat(spent.snippets()).isEmpty();

        SnippetHighlighter.Result ample = highlighter.highlight(query, ids, stored, false, new Deadline(Duration.ofMinutes(1)));
        assertThat(ample.partial()).isFalse();
        assertThat(ample.snippets()).hasSize(12);
        assertThat(ample.snippets().values()).allSatisfy(s -> assertThat(String.join(" ", s.text())).contains("<mark>"));
        return null;
      });
    }
  }
}
