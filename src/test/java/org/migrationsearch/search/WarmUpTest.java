package org.migrationsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.enrich.Enricher;
import org.migrationsearch.index.CorpusIndexer;
import org.migrationsearch.testing.Fixtures;

/**
 * Warming a fresh server runs real searches, and gives way at once to users holding the places;
 * what it prepares changes no answer.
 */
class WarmUpTest {

  @TempDir Path tmp;

  private Path index() throws Exception {
    Path corpus = tmp.resolve("c");
    Fixtures.write(corpus, "a.md", "---\ntitle: Asylum at the border\nlanguage: en\ndate: 2024-01-02\n---\n"
        + "Asylum seekers, refugee protection and humanitarian parole at the border.");
    Fixtures.write(corpus, "b.md", "---\ntitle: Deportation policy\nlanguage: en\n---\nMigration and deportation policy.");
    new CorpusIndexer(Enricher.standard()).rebuild(corpus, tmp.resolve("i"), false);
    return tmp.resolve("i");
  }

  @Test
  void warmUpRunsEachFormOfSearchAndNeverWaitsForAPlace() throws Exception {
    Path index = index();
    SearchLimiter limiter = new SearchLimiter(2);
    try (IndexAccess access = IndexAccess.open(index)) {
      SearchService service = new SearchService(access, Duration.ofSeconds(5), limiter);

      assertThat(service.prime()).as("one search of a first visitor's form").isTrue();
      int ran = service.warmUp(Duration.ofSeconds(30), 2);
      assertThat(ran).as("six forms of search, twice").isEqualTo(12);
      assertThat(service.warmUp(Duration.ZERO, 5)).as("no time, no warming").isZero();

      try (SearchLimiter.Permit a = limiter.acquire(Duration.ZERO);
          SearchLimiter.Permit b = limiter.acquire(Duration.ZERO)) {
        long started = System.nanoTime();
        assertThat(service.warmUp(Duration.ofSeconds(30), 3)).as("every place is taken by users").isZero();
        assertThat(service.prime()).as("priming gives way too").isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("did not queue for a place")
            .isLessThan(Duration.ofSeconds(5));
      }
      assertThat(service.search(SearchRequest.all().withQuery("asylum")).total()).isEqualTo(1);
      assertThat(service.prime()).as("after a user's search there is nothing left to prime").isFalse();
    }
  }

  /** serve prepares an answer's labels and JSON while its index is still opening. */
  @Test
  void preparingAnAnswerLeavesTheAnswersAsTheyWere() throws Exception {
    try (IndexAccess access = IndexAccess.open(index())) {
      SearchService service = new SearchService(access, Duration.ofSeconds(5));
      SearchRequest request = SearchRequest.all().withQuery("asylum");
      String before = Json.write(service.search(request).withTookMs(0));
      SearchResponse.prepare();
      assertThat(Json.write(service.search(request).withTookMs(0))).isEqualTo(before);
    }
  }
}
