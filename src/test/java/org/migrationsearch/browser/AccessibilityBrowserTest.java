package org.migrationsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * axe-core over the pages as a person sees them, with zero serious or critical violations allowed.
 * axe-core is installed by {@code npm ci} from the pinned package.json ({@code .ci/run} does it); a
 * machine without it skips these tests.
 */
class AccessibilityBrowserTest extends BrowserTestBase {

  static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");

  @ParameterizedTest
  @ValueSource(strings = {
      "/?q=asylum&country=MX",
      "/?q=asylum%20AND%20(",
      "/?q=zzqqxxnothingmatches",
      "/documents/press%2F2022-06-10-los-angeles-declaration-fact-sheet?q=protection",
      "/countries/MX",
      "/no/such/page"})
  @SuppressWarnings("unchecked")
  void noSeriousOrCriticalViolations(String address) throws IOException {
    assumeTrue(Files.isRegularFile(AXE), "axe-core is not installed (npm ci); accessibility checks skipped");
    open(address);
    driver.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
    Object result = driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']})"
            + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
            + " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.failureSummary)}))))"
            + ".catch(e => done([{id: 'axe-failed', impact: 'critical', help: String(e), nodes: []}]));");
    List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
    List<Map<String, Object>> bad = violations.stream()
        .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
    assertThat(bad).as(address + ": " + bad.stream().map(v -> v.get("id") + " (" + v.get("help") + ") at "
        + v.get("nodes")).collect(Collectors.joining("; "))).isEmpty();
  }
}
