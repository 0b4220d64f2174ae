package org.migrationsearch.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Caps how many searches run at once. Past the cap a search waits for a place, at most its time
 * budget, and is then refused as {@code busy}: on a small machine a burst of heavy queries
 * otherwise makes every query late instead of a few refused.
 */
public final class SearchLimiter {

  /** A place held by one search; closing it frees the place. */
  public interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  private final Semaphore places;
  private final int max;

  public SearchLimiter(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("at least one search must be allowed, not " + max);
    }
    this.max = max;
    this.places = new Semaphore(max, true);
  }

  /** Two searches per core: enough to keep the cores busy while others read from disk. */
  public static SearchLimiter forThisMachine() {
    return new SearchLimiter(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));
  }

  public int max() {
    return max;
  }

  public Permit acquire(Duration wait) {
    boolean acquired;
    try {
      acquired = places.tryAcquire(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      acquired = false;
    }
    if (!acquired) {
      throw new SearchException(SearchException.Code.BUSY,
          "the server is busy with " + max + " searches; try again in a moment");
    }
    return places::release;
  }
}
