package org.migrationsearch.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Caps how many searches run at once. Past the cap a search waits for a place, at most its time
 * budget, and is then refused as {@code busy}: on a small machine a burst of heavy queries
 * otherwise makes every query late instead of a few refused.
 *
 * <p>Expensive searches (fuzzy, wildcard and regular-expression queries) may hold only half the
 * places. Exports, which hold theirs while they stream, have places of their own beside the
 * search places, as many as expensive searches; each kind waits in its own queue. Together they may hold three quarters of the places, so a run of exports leaves fuzzy
 * searches at least one place and the other way round, and plain searches keep at least a
 * quarter (and at least one, when there are two or more) however many of the others arrive.
 * Every queue is first come, first served.
 */
public final class SearchLimiter {

  /** What a request costs, which decides the places it may take. */
  public enum Kind { PLAIN, EXPENSIVE, EXPORT }

  /** A place held by one search; closing it frees the place. */
  public interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  private final int max;
  private final Semaphore places;
  private final Semaphore expensivePlaces;
  private final Semaphore exportPlaces;
  /** Places expensive searches and exports share, so that plain searches keep the rest. */
  private final Semaphore heavyPlaces;

  public SearchLimiter(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("at least one search must be allowed, not " + max);
    }
    this.max = max;
    this.places = new Semaphore(max, true);
    this.expensivePlaces = new Semaphore(expensiveMax(), true);
    this.exportPlaces = new Semaphore(exportMax(), true);
    // A quarter of the places, at least one, stays free of expensive work whenever there are two.
    int plainOnly = max > 1 ? Math.max(1, max / 4) : 0;
    this.heavyPlaces = new Semaphore(max - plainOnly, true);
  }

  /** Two searches per core: enough to keep the cores busy while others read from disk. */
  public static SearchLimiter forThisMachine() {
    return new SearchLimiter(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));
  }

  public int max() {
    return max;
  }

  private int expensiveMax() {
    return Math.max(1, max / 2);
  }

  private int exportMax() {
    return Math.max(1, max / 2);
  }

  public Permit acquire(Duration wait) {
    return acquire(wait, Kind.PLAIN);
  }

  /**
   * A place, waiting at most {@code wait} in all: an expensive search or an export first needs
   * one of its kind's places, then one of the places they share, then a place to run.
   */
  public Permit acquire(Duration wait, Kind kind) {
    long deadline = System.nanoTime() + Math.max(0, wait.toNanos());
    List<Semaphore> taken = new ArrayList<>(3);
    for (Semaphore s : needed(kind)) {
      if (!take(s, deadline)) {
        taken.forEach(Semaphore::release);
        throw busy(kind, s);
      }
      taken.add(s);
    }
    return () -> taken.forEach(Semaphore::release);
  }

  private List<Semaphore> needed(Kind kind) {
    return switch (kind) {
      case PLAIN -> List.of(places);
      case EXPENSIVE -> List.of(expensivePlaces, heavyPlaces, places);
      // An export streams for as long as its client reads: holding a search place meanwhile would
      // make it queue behind every plain search and then block them, so it is capped by its own
      // places and the share it has with expensive searches, and takes no place of theirs.
      case EXPORT -> List.of(exportPlaces, heavyPlaces);
    };
  }

  private SearchException busy(Kind kind, Semaphore full) {
    String what;
    if (full == expensivePlaces) {
      what = expensiveMax() + " expensive searches (fuzzy, wildcard, regular expression)";
    } else if (full == exportPlaces) {
      what = exportMax() + " exports";
    } else if (full == heavyPlaces) {
      what = "expensive searches and exports";
    } else {
      what = max + " searches";
    }
    return new SearchException(SearchException.Code.BUSY, "the server is busy with " + what
        + "; try again in a moment");
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
