package org.migrationsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The start-up times line that the benchmark reads: every step once, in seconds from the JVM's start. */
class StartupTimesTest {

  static Map<String, String> fields(String line) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String kv : line.substring(line.indexOf(' ') + 1).split(" ")) {
      m.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
    }
    return m;
  }

  @Test
  void stepsAreSecondsFromTheJvmStartInTheOrderTheyEnded() throws Exception {
    StartupTimes.mainEntered();
    StartupTimes.mark("test-first");
    Thread.sleep(20);
    StartupTimes.mark("test-second");
    StartupTimes.mark("test-first");
    String line = StartupTimes.line();
    assertThat(line).startsWith("startup-times jvm-start-epoch-ms=");
    Map<String, String> f = fields(line);
    assertThat(Long.parseLong(f.get("jvm-start-epoch-ms"))).isPositive().isLessThanOrEqualTo(System.currentTimeMillis());
    double main = Double.parseDouble(f.get("main"));
    double first = Double.parseDouble(f.get("test-first"));
    double second = Double.parseDouble(f.get("test-second"));
    assertThat(main).isNotNegative();
    assertThat(first).isGreaterThanOrEqualTo(main);
    assertThat(second).as("a step stamped twice keeps its first time").isGreaterThanOrEqualTo(first + 0.015);
    assertThat(line.indexOf("test-first")).isLessThan(line.indexOf("test-second"));
    assertThat(line.split("test-first=")).hasSize(2);
  }
}
