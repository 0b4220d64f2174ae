package org.migrationsearch.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;

/**
 * A request's time budget. Lucene's {@code IndexSearcher.setTimeout} scores in windows, which
 * drill-sideways refuses ("maxDoc must be Integer.MAX_VALUE"), so faceted searches check the
 * budget in their hit collector instead: at every segment and every few dozen hits.
 */
final class Deadline implements QueryTimeout {

  private static final int CHECK_EVERY = 32;

  private final long deadlineNanos;
  private final Duration budget;
  private final BooleanSupplier cut;

  Deadline(Duration budget) {
    this(budget, () -> false);
  }

  /** A budget that also ends as soon as {@code cut} says so: for background work that gives way. */
  Deadline(Duration budget, BooleanSupplier cut) {
    this.budget = budget;
    this.deadlineNanos = System.nanoTime() + budget.toNanos();
    this.cut = cut;
  }

  @Override
  public boolean shouldExit() {
    return System.nanoTime() > deadlineNanos || cut.getAsBoolean();
  }

  /** What is left of the budget, never negative. */
  Duration remaining() {
    return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
  }

  void check() {
    if (shouldExit()) {
      throw exceeded();
    }
  }

  SearchException exceeded() {
    return new SearchException(SearchException.Code.TIMEOUT,
        "the query did not finish within " + budget.toMillis() + " ms; make it more specific");
  }

  /** Wraps a collector manager so that its collectors stop the search when the budget is spent. */
  <C extends Collector, T> CollectorManager<Collector, T> guard(CollectorManager<C, T> inner) {
    return new CollectorManager<>() {
      private final List<C> created = new ArrayList<>();

      @Override
      public Collector newCollector() throws IOException {
        C c = inner.newCollector();
        synchronized (created) {
          created.add(c);
        }
        return new FilterCollector(c) {
          @Override
          public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            check();
            return new FilterLeafCollector(super.getLeafCollector(context)) {
              private int count;

              @Override
              public void collect(int doc) throws IOException {
                if (++count % CHECK_EVERY == 0) {
                  check();
                }
                super.collect(doc);
              }
            };
          }
        };
      }

      @Override
      public T reduce(Collection<Collector> collectors) throws IOException {
        synchronized (created) {
          return inner.reduce(new ArrayList<>(created));
        }
      }
    };
  }
}
