package org.migrationsearch.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings read once at start-up. Defaults are named here; environment variables override them
 * and command-line flags override both (the CLI lays them over with {@link #toBuilder()}).
 *
 * @param adminToken bearer token for admin endpoints; empty when none is configured
 * @param reading how long a file and how large a document may be before it is skipped
 * @param allowedHosts host names the web service answers to besides its bound address, IP
 *     addresses and {@code localhost}
 */
public record AppConfig(
    Path corpus, Path index, String host, int port, Optional<String> adminToken, Duration queryTimeout,
    ReadLimits reading, List<String> allowedHosts) {

  public static final Path DEFAULT_CORPUS = Path.of("corpus");
  public static final Path DEFAULT_INDEX = Path.of("index");
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(2);

  public static final String ENV_CORPUS = "MIGRATION_SEARCH_CORPUS";
  public static final String ENV_INDEX = "MIGRATION_SEARCH_INDEX";
  public static final String ENV_HOST = "MIGRATION_SEARCH_HOST";
  public static final String ENV_PORT = "MIGRATION_SEARCH_PORT";
  public static final String ENV_ADMIN_TOKEN = "MIGRATION_SEARCH_ADMIN_TOKEN";
  public static final String ENV_QUERY_TIMEOUT_MS = "MIGRATION_SEARCH_QUERY_TIMEOUT_MS";
  public static final String ENV_FILE_TIME_LIMIT_S = "MIGRATION_SEARCH_FILE_TIME_LIMIT_S";
  public static final String ENV_DOCUMENT_LIMIT_MB = "MIGRATION_SEARCH_DOCUMENT_LIMIT_MB";
  public static final String ENV_ALLOWED_HOSTS = "MIGRATION_SEARCH_ALLOWED_HOSTS";

  public AppConfig {
    allowedHosts = List.copyOf(allowedHosts);
  }

  public static AppConfig defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these settings, for the CLI to lay its flags over them. */
  public Builder toBuilder() {
    return new Builder().corpus(corpus).index(index).host(host).port(port)
        .adminToken(adminToken.orElse(null)).queryTimeout(queryTimeout).reading(reading)
        .allowedHosts(allowedHosts);
  }

  /** Defaults overridden by whichever of the environment variables are set. */
  public static AppConfig fromEnvironment(Map<String, String> env) {
    Builder c = builder();
    String v;
    if (isSet(v = env.get(ENV_CORPUS))) {
      c.corpus(Path.of(v));
    }
    if (isSet(v = env.get(ENV_INDEX))) {
      c.index(Path.of(v));
    }
    if (isSet(v = env.get(ENV_HOST))) {
      c.host(v);
    }
    if (isSet(v = env.get(ENV_PORT))) {
      c.port(parsePort(v, ENV_PORT));
    }
    if (isSet(v = env.get(ENV_ADMIN_TOKEN))) {
      c.adminToken(v);
    }
    if (isSet(v = env.get(ENV_QUERY_TIMEOUT_MS))) {
      try {
        c.queryTimeout(Duration.ofMillis(Long.parseLong(v.trim())));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(ENV_QUERY_TIMEOUT_MS + " must be a number of milliseconds: " + v);
      }
    }
    if (isSet(v = env.get(ENV_FILE_TIME_LIMIT_S))) {
      c.fileTimeLimit(Duration.ofSeconds(parsePositive(v, ENV_FILE_TIME_LIMIT_S)));
    }
    if (isSet(v = env.get(ENV_DOCUMENT_LIMIT_MB))) {
      c.documentLimit(parsePositive(v, ENV_DOCUMENT_LIMIT_MB, "megabytes") * 1024 * 1024);
    }
    if (isSet(v = env.get(ENV_ALLOWED_HOSTS))) {
      c.allowedHosts(Arrays.stream(v.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList());
    }
    return c.build();
  }

  /** A whole number of at least 1, for limits given in seconds. */
  public static long parsePositive(String value, String what) {
    return parsePositive(value, what, "seconds");
  }

  /** A whole number of at least 1, for limits given in {@code unit}. */
  public static long parsePositive(String value, String what, String unit) {
    try {
      long n = Long.parseLong(value.trim());
      if (n < 1) {
        throw new IllegalArgumentException(what + " must be at least 1: " + value);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be a whole number of " + unit + ": " + value);
    }
  }

  public static int parsePort(String value, String what) {
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException(what + " must be between 0 and 65535: " + value);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be a port number: " + value);
    }
  }

  private static boolean isSet(String v) {
    return v != null && !v.isBlank();
  }

  /**
   * Collects settings one at a time (defaults, then the environment, then flags) so that the
   * record itself stays immutable and no caller has to list eight positional values.
   */
  public static final class Builder {
    private Path corpus = DEFAULT_CORPUS;
    private Path index = DEFAULT_INDEX;
    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;
    private Optional<String> adminToken = Optional.empty();
    private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
    private ReadLimits reading = ReadLimits.DEFAULT;
    private List<String> allowedHosts = List.of();

    private Builder() {}

    public Builder corpus(Path value) {
      corpus = value;
      return this;
    }

    public Builder index(Path value) {
      index = value;
      return this;
    }

    public Builder host(String value) {
      host = value;
      return this;
    }

    public Builder port(int value) {
      port = value;
      return this;
    }

    /** A blank or null token means none: admin endpoints stay disabled. */
    public Builder adminToken(String value) {
      adminToken = Optional.ofNullable(value).filter(s -> !s.isBlank());
      return this;
    }

    public Builder queryTimeout(Duration value) {
      queryTimeout = value;
      return this;
    }

    public Builder reading(ReadLimits value) {
      reading = value;
      return this;
    }

    public Builder fileTimeLimit(Duration value) {
      reading = reading.withFileTime(value);
      return this;
    }

    public Builder documentLimit(long bytes) {
      reading = reading.withDocumentBytes(bytes);
      return this;
    }

    public Builder allowedHosts(List<String> value) {
      allowedHosts = value;
      return this;
    }

    public AppConfig build() {
      return new AppConfig(corpus, index, host, port, adminToken, queryTimeout, reading, allowedHosts);
    }
  }
}
