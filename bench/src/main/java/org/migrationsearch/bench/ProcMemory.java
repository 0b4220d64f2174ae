package org.migrationsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Memory of a process as Linux and the JVM report it. */
final class ProcMemory {

  private ProcMemory() {}

  /** Peak resident set (VmHWM), in kB; 0 where /proc is not there. */
  static long peakRssKb(long pid) {
    return field(pid, "VmHWM:");
  }

  /** Current resident set (VmRSS), in kB. */
  static long rssKb(long pid) {
    return field(pid, "VmRSS:");
  }

  private static long field(long pid, String name) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith(name)) {
          return Long.parseLong(line.substring(name.length()).replace("kB", "").strip());
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux, or the process is gone
    }
    return 0;
  }

  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  /**
   * Live heap of another JVM after a full collection, in MB, through jcmd (the serving heap that
   * stays, not the garbage between two collections); -1 when jcmd cannot tell.
   */
  static double liveHeapMb(long pid) {
    Commands.output(List.of("jcmd", Long.toString(pid), "GC.run"));
    Matcher m = USED.matcher(Commands.output(List.of("jcmd", Long.toString(pid), "GC.heap_info")).orElse(""));
    return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : -1;
  }
}
