package org.migrationsearch.search.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResultCacheBoundsTest {

  @Test
  void dropsTheLeastRecentlyUsedBeyondEitherBound() {
    ResultCache<String, String> cache = new ResultCache<>(3, 100);
    cache.put("a", "A", 10);
    cache.put("b", "B", 10);
    cache.put("c", "C", 10);
    assertThat(cache.get("a")).isEqualTo("A"); // a is now the most recently used
    cache.put("d", "D", 10);
    assertThat(cache.get("b")).isNull();
    assertThat(cache.get("a")).isEqualTo("A");
    assertThat(cache.size()).isEqualTo(3);

    cache.put("big", "BIG", 85);
    assertThat(cache.bytes()).isLessThanOrEqualTo(100);
    assertThat(cache.get("big")).isEqualTo("BIG");
    assertThat(cache.get("c")).isNull();
    assertThat(cache.get("d")).isNull();

    cache.put("huge", "HUGE", 101);
    assertThat(cache.get("huge")).isNull();
    assertThat(cache.get("big")).isEqualTo("BIG");

    cache.put("big", "BIG2", 20);
    assertThat(cache.bytes()).isEqualTo(20 + 10);
    cache.clear();
    assertThat(cache.size()).isZero();
    assertThat(cache.bytes()).isZero();
    assertThatThrownBy(() -> new ResultCache<String, String>(0, 10)).isInstanceOf(IllegalArgumentException.class);
  }
}
