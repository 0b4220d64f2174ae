package org.migrationsearch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

  @Test
  void defaultsAreTheContractOnes() {
    AppConfig c = AppConfig.fromEnvironment(Map.of());
    assertThat(c.corpus()).isEqualTo(Path.of("corpus"));
    assertThat(c.index()).isEqualTo(Path.of("index"));
    assertThat(c.host()).isEqualTo("127.0.0.1");
    assertThat(c.port()).isEqualTo(7070);
    assertThat(c.adminToken()).isEmpty();
    assertThat(c.queryTimeout()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void environmentOverridesDefaultsAndFlagsOverrideTheEnvironment() {
    AppConfig env = AppConfig.fromEnvironment(Map.of(
        "MIGRATION_SEARCH_CORPUS", "/data/corpus", "MIGRATION_SEARCH_INDEX", "/data/index",
        "MIGRATION_SEARCH_HOST", "0.0.0.0", "MIGRATION_SEARCH_PORT", "8080",
        "MIGRATION_SEARCH_ADMIN_TOKEN", "s3cret"));
    assertThat(env.corpus()).isEqualTo(Path.of("/data/corpus"));
    assertThat(env.index()).isEqualTo(Path.of("/data/index"));
    assertThat(env.host()).isEqualTo("0.0.0.0");
    assertThat(env.port()).isEqualTo(8080);
    assertThat(env.adminToken()).contains("s3cret");
    AppConfig flags = env.toBuilder().port(9090).index(Path.of("other")).build();
    assertThat(flags.port()).isEqualTo(9090);
    assertThat(flags.index()).isEqualTo(Path.of("other"));
    assertThat(flags.corpus()).isEqualTo(Path.of("/data/corpus"));
  }

  @Test
  void blankVariablesAreIgnoredAndBadPortsRefused() {
    assertThat(AppConfig.fromEnvironment(Map.of("MIGRATION_SEARCH_PORT", " ")).port()).isEqualTo(7070);
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MIGRATION_SEARCH_PORT", "seventy")))
        .hasMessageContaining("MIGRATION_SEARCH_PORT");
    assertThatThrownBy(() -> AppConfig.parsePort("70000", "--port")).hasMessageContaining("65535");
  }

  @Test
  void fileTimeLimitIsSixtySecondsUnlessTheEnvironmentSaysOtherwise() {
    assertThat(AppConfig.defaults().reading().fileTime()).isEqualTo(java.time.Duration.ofSeconds(60));
    assertThat(AppConfig.fromEnvironment(Map.of("MIGRATION_SEARCH_FILE_TIME_LIMIT_S", "5")).reading().fileTime())
        .isEqualTo(java.time.Duration.ofSeconds(5));
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MIGRATION_SEARCH_FILE_TIME_LIMIT_S", "0")))
        .hasMessageContaining("MIGRATION_SEARCH_FILE_TIME_LIMIT_S");
  }

  @Test
  void aBlankAdminTokenMeansNoneAndTheBuilderLeavesTheOriginalAlone() {
    AppConfig base = AppConfig.defaults();
    assertThat(base.toBuilder().adminToken("  ").build().adminToken()).isEmpty();
    AppConfig other = base.toBuilder().port(1).allowedHosts(java.util.List.of("search.example")).build();
    assertThat(base.port()).isEqualTo(7070);
    assertThat(base.toBuilder().build()).isEqualTo(base);
    assertThat(other.allowedHosts()).containsExactly("search.example");
  }

  @Test
  void documentLimitIs64MegabytesUnlessTheEnvironmentSaysOtherwise() {
    assertThat(AppConfig.defaults().reading().documentBytes()).isEqualTo(64L * 1024 * 1024);
    assertThat(AppConfig.fromEnvironment(Map.of("MIGRATION_SEARCH_DOCUMENT_LIMIT_MB", "3")).reading().documentBytes())
        .isEqualTo(3L * 1024 * 1024);
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MIGRATION_SEARCH_DOCUMENT_LIMIT_MB", "lots")))
        .hasMessageContaining("MIGRATION_SEARCH_DOCUMENT_LIMIT_MB").hasMessageContaining("megabytes");
  }
}
