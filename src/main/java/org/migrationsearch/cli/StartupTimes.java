package org.migrationsearch.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * When each step of a start finished, for {@code serve --startup-times} and the benchmark's
 * breakdown of start to first answer. The steps run on different threads (the index opens while
 * the HTTP server starts), so each is stamped where it ends. A stamp is one clock read and is
 * always taken; only printing them is asked for, so the flag does not change what it measures.
 */
final class StartupTimes {

  private record Step(String name, long nanos) {}

  private static final List<Step> STEPS = new ArrayList<>();
  private static volatile long mainNanos;
  private static volatile long mainMillis;

  private StartupTimes() {}

  /**
   * The first thing a command line does: everything before it is the JVM's own start. Only the
   * first call counts, so commands run in one JVM by tests share one start.
   */
  static synchronized void mainEntered() {
    if (mainNanos == 0) {
      mainMillis = System.currentTimeMillis();
      mainNanos = System.nanoTime();
    }
  }

  /** Stamps {@code step} as finished now; a step stamped again keeps its first time. */
  static void mark(String step) {
    long now = System.nanoTime();
    synchronized (STEPS) {
      if (STEPS.stream().noneMatch(s -> s.name().equals(step))) {
        STEPS.add(new Step(step, now));
      }
    }
  }

  /**
   * One line, {@code startup-times jvm-start-epoch-ms=E main=S step=S ...}: seconds from the JVM's
   * start (as the JVM records it, after the launcher loaded it) to the end of each step, in the
   * order they ended. The epoch time lets a caller that started the process add what came before.
   */
  static String line() {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    // Main's wall-clock time anchors the monotonic stamps to the JVM's start time.
    long mainSinceStart = TimeUnit.MILLISECONDS.toNanos(mainMillis - jvmStart);
    StringBuilder out = new StringBuilder("startup-times jvm-start-epoch-ms=").append(jvmStart)
        .append(" main=").append(seconds(mainSinceStart));
    List<Step> steps;
    synchronized (STEPS) {
      steps = new ArrayList<>(STEPS);
    }
    for (Step s : steps) {
      out.append(' ').append(s.name()).append('=').append(seconds(mainSinceStart + s.nanos() - mainNanos));
    }
    return out.toString();
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
  }
}
