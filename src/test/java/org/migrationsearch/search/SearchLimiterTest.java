package org.migrationsearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.migrationsearch.search.SearchLimiter.Kind;
import org.migrationsearch.search.SearchLimiter.Permit;

/** Places by kind of request, with every wait zero or released by the test itself: no timing races. */
class SearchLimiterTest {

  private static final Duration NOW = Duration.ZERO;

  @Test
  void exportsAndExpensiveSearchesWaitForPlacesOfTheirOwn() {
    SearchLimiter limiter = new SearchLimiter(4);
    try (Permit fuzzy1 = limiter.acquire(NOW, Kind.EXPENSIVE); Permit fuzzy2 = limiter.acquire(NOW, Kind.EXPENSIVE)) {
      assertThatThrownBy(() -> limiter.acquire(NOW, Kind.EXPENSIVE)).isInstanceOf(SearchException.class)
          .hasMessageContaining("2 expensive searches");
      // Two fuzzy searches running do not keep an export waiting, nor a plain search.
      try (Permit export = limiter.acquire(NOW, Kind.EXPORT)) {
        assertThatThrownBy(() -> limiter.acquire(NOW, Kind.EXPORT))
            .hasMessageContaining("expensive searches and exports");
        // A streaming export holds no search place: two plain searches still run beside it.
        try (Permit plain1 = limiter.acquire(NOW); Permit plain2 = limiter.acquire(NOW)) {
          assertThatThrownBy(() -> limiter.acquire(NOW)).hasMessageContaining("4 searches");
        }
      }
    }
    try (Permit export1 = limiter.acquire(NOW, Kind.EXPORT); Permit export2 = limiter.acquire(NOW, Kind.EXPORT)) {
      assertThatThrownBy(() -> limiter.acquire(NOW, Kind.EXPORT)).hasMessageContaining("2 exports");
      // And two exports streaming leave a fuzzy search its place.
      try (Permit fuzzy = limiter.acquire(NOW, Kind.EXPENSIVE)) {
        assertThat(fuzzy).isNotNull();
      }
    }
  }

  @Test
  void plainSearchesKeepAPlaceHoweverManyExpensiveOnesArrive() {
    SearchLimiter limiter = new SearchLimiter(2);
    try (Permit fuzzy = limiter.acquire(NOW, Kind.EXPENSIVE)) {
      // On the smallest machine exports and expensive searches share one place between them.
      assertThatThrownBy(() -> limiter.acquire(NOW, Kind.EXPORT)).hasMessageContaining("expensive searches and exports");
      try (Permit plain = limiter.acquire(NOW)) {
        assertThat(plain).isNotNull();
      }
    }
    try (Permit export = limiter.acquire(NOW, Kind.EXPORT)) {
      assertThat(export).isNotNull();
    }
  }

  @Test
  void aRefusedRequestGivesBackThePlacesItHadTaken() {
    SearchLimiter limiter = new SearchLimiter(4);
    Permit[] plain = new Permit[4];
    for (int i = 0; i < 4; i++) {
      plain[i] = limiter.acquire(NOW);
    }
    // It gets its expensive and shared places, then finds no place to run, and must not keep them.
    assertThatThrownBy(() -> limiter.acquire(NOW, Kind.EXPENSIVE)).hasMessageContaining("4 searches");
    for (Permit p : plain) {
      p.close();
    }
    try (Permit a = limiter.acquire(NOW, Kind.EXPENSIVE); Permit b = limiter.acquire(NOW, Kind.EXPENSIVE)) {
      assertThat(a).isNotNull();
      assertThat(b).isNotNull();
    }
  }

  @Test
  void aWaitingExpensiveSearchGetsThePlaceWhenOneIsFreed() throws Exception {
    SearchLimiter limiter = new SearchLimiter(2);
    Permit held = limiter.acquire(NOW, Kind.EXPENSIVE);
    CompletableFuture<Permit> waiting = CompletableFuture.supplyAsync(() -> limiter.acquire(Duration.ofMinutes(1),
        Kind.EXPENSIVE));
    Thread.sleep(50);
    assertThat(waiting).isNotDone();
    held.close();
    waiting.get(30, TimeUnit.SECONDS).close();
  }
}
