package org.migrationsearch.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Caps how many searches run at once. Past the cap a search waits for a place, at most its time
 * budget, and is then refused as {@code busy}: on a small machine a burst of heavy queries
 * otherwise makes every query late instead of a few refused. Expensive requests (fuzzy, wildcard
 * and regular-expression queries, exports) may hold only half the places, so that however many
 * of them arrive, plain searches still find a free one.
 */
public final class SearchLimiter {

  /** A place held by one search; closing it frees the place. */
  public interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  private final Semaphore places;
  private final Semaphore expensivePlaces;
  private final int max;

  public SearchLimiter(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("at least one search must be allowed, not " + max);
    }
    this.max = max;
    this.places = new Semaphore(max, true);
    this.expensivePlaces = new Semaphore(Math.max(1, max / 2), true);
  }

  /** Two searches per core: enough to keep the cores busy while others read from disk. */
  public static SearchLimiter forThisMachine() {
    return new SearchLimiter(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));
  }

  public int max() {
    return max;
  }

  public Permit acquire(Duration wait) {
    return acquire(wait, false);
  }

  /** A place, waiting at most {@code wait}; an expensive request first needs one of its own places. */
  public Permit acquire(Duration wait, boolean expensive) {
    long deadline = System.nanoTime() + Math.max(0, wait.toNanos());
    if (expensive && !take(expensivePlaces, deadline)) {
      throw new SearchException(SearchException.Code.BUSY, "the server is busy with " + Math.max(1, max / 2)
          + " expensive searches (fuzzy, wildcard, export); try again in a moment");
    }
    if (!take(places, deadline)) {
      if (expensive) {
        expensivePlaces.release();
      }
      throw new SearchException(SearchException.Code.BUSY,
          "the server is busy with " + max + " searches; try again in a moment");
    }
    return expensive ? () -> {
      places.release();
      expensivePlaces.release();
    } : places::release;
  }

  private static boolean take(Semaphore s, long deadlineNanos) {
    try {
      return s.tryAcquire(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
