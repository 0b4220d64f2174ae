package org.migrationsearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of an index the operating system holds in memory, and putting it there or taking it
 * out, for start-up runs. A first search at 1M reads about a quarter of the index; read from disk
 * it made the first answer twice as slow (3.3 s against 1.7 s at 1M), and other work on a shared machine
 * evicts those pages unpredictably, so a start-up figure means little without the share beside it.
 *
 * <p>Uses util-linux's {@code fincore} to read the share and {@code dd iflag=nocache} (which asks
 * the kernel to drop a file's cached pages) to evict; without them the share is unknown (NaN) and
 * eviction reports that it could not be done.
 */
final class PageCache {

  /** How the index stands in memory before each start. */
  enum Mode {
    /** Read whole before the runs: a machine that has just built or served the index. */
    WARM,
    /** Dropped from memory before each start: after a reboot, or when other work filled memory. */
    COLD,
    /** Left as found. */
    AS_IS;

    static Mode parse(String s) {
      for (Mode m : values()) {
        if (m.label().equals(s)) {
          return m;
        }
      }
      throw new IllegalArgumentException("--startup-cache is warm, cold or as-is, not " + s);
    }

    String label() {
      return name().toLowerCase().replace('_', '-');
    }
  }

  private PageCache() {}

  /** Share (0 to 1) of the bytes of the files in {@code dir} that are in the page cache, or NaN if unknown. */
  static double residentShare(Path dir) {
    List<Path> files = files(dir);
    if (files.isEmpty()) {
      return Double.NaN;
    }
    List<String> cmd = new ArrayList<>(List.of("fincore", "--bytes", "--noheadings", "--output", "RES,SIZE"));
    files.forEach(f -> cmd.add(f.toString()));
    long resident = 0;
    long size = 0;
    for (String line : Commands.output(cmd).orElse("").split("\n")) {
      Matcher m = RES_SIZE.matcher(line);
      if (m.matches()) {
        resident += Long.parseLong(m.group(1));
        size += Long.parseLong(m.group(2));
      }
    }
    return size == 0 ? Double.NaN : resident / (double) size;
  }

  private static final Pattern RES_SIZE = Pattern.compile("\\s*(\\d+)\\s+(\\d+)\\s*");

  /** Drops the files of {@code dir} from the page cache; false if that could not be done. */
  static boolean evict(Path dir) {
    for (Path f : files(dir)) {
      if (Commands.output(List.of("dd", "if=" + f, "of=/dev/null", "iflag=nocache", "count=0", "status=none")).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Reads every file of {@code dir} once, so that the page cache holds it (memory permitting). */
  static void load(Path dir) throws IOException {
    byte[] buffer = new byte[1 << 20];
    for (Path f : files(dir)) {
      try (InputStream in = Files.newInputStream(f)) {
        while (in.read(buffer) >= 0) {
          // reading is the point
        }
      }
    }
  }

  private static List<Path> files(Path dir) {
    try (var s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
