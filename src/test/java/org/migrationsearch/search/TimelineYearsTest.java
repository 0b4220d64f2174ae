package org.migrationsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.enrich.Enricher;
import org.migrationsearch.index.CorpusIndexer;
import org.migrationsearch.index.IndexSchema;
import org.migrationsearch.search.facets.FacetValue;
import org.migrationsearch.testing.Fixtures;

/**
 * The year facet lists every year from the earliest to the latest live document. The range is read
 * from the facet ordinals, which still hold a year whose only document was deleted until a merge
 * drops it, so this checks both the gaps and a deletion.
 */
class TimelineYearsTest {

  @TempDir
  Path tmp;

  private static void note(Path corpus, String name, String date) throws Exception {
    Fixtures.write(corpus, name + ".txt", "---\ndate: " + date + "\n---\nNote " + name + "\n\nAsylum procedures at the border.");
  }

  private static List<String> years(Path index) throws Exception {
    try (IndexAccess access = IndexAccess.open(index)) {
      List<FacetValue> years = new SearchService(access, Duration.ofSeconds(10)).facets().get(IndexSchema.FACET_YEAR);
      return years.stream().map(FacetValue::value).toList();
    }
  }

  @Test
  void yearsRunFromTheEarliestToTheLatestLiveDocument() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    note(corpus, "early", "2001-03-01");
    note(corpus, "second", "2003-06-01");
    note(corpus, "third", "2004-01");
    note(corpus, "fourth", "2004-09-30");
    note(corpus, "late", "2006");
    CorpusIndexer indexer = new CorpusIndexer(Enricher.standard());
    indexer.rebuild(corpus, index, false);
    assertThat(years(index)).containsExactly("2001", "2002", "2003", "2004", "2005", "2006");

    Files.delete(corpus.resolve("early.txt"));
    Files.delete(corpus.resolve("late.txt"));
    assertThat(indexer.update(corpus, index, false).deleted()).isEqualTo(2);
    assertThat(years(index)).containsExactly("2003", "2004");
  }
}
