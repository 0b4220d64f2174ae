package org.migrationsearch.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings read once at start-up. Defaults are named here; environment variables override them
 * and command-line flags override both (the CLI applies flags with the {@code with*} methods).
 *
 * @param adminToken bearer token for admin endpoints; empty when none is configured
 * @param allowedHosts host names the web service answers to besides its bound address, IP
 *     addresses and {@code localhost}
 * @param resultCache how many finished search answers {@code serve} keeps for repeated requests;
 *     0 turns the cache off
 */
public record AppConfig(
    Path corpus, Path index, String host, int port, Optional<String> adminToken, Duration queryTimeout,
    Duration fileTimeLimit, List<String> allowedHosts, int resultCache) {

  public static final Path DEFAULT_CORPUS = Path.of("corpus");
  public static final Path DEFAULT_INDEX = Path.of("index");
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(2);
  /** How long one file (a PDF) may take to read before it is skipped. */
  public static final Duration DEFAULT_FILE_TIME_LIMIT = Duration.ofSeconds(60);
  /**
   * Answers kept: a researcher pages back and forth and a team repeats the same searches, and an
   * answer is a few kilobytes (the cache's bytes are bounded apart).
   */
  public static final int DEFAULT_RESULT_CACHE = 1000;

  public static final String ENV_CORPUS = "MIGRATION_SEARCH_CORPUS";
  public static final String ENV_INDEX = "MIGRATION_SEARCH_INDEX";
  public static final String ENV_HOST = "MIGRATION_SEARCH_HOST";
  public static final String ENV_PORT = "MIGRATION_SEARCH_PORT";
  public static final String ENV_ADMIN_TOKEN = "MIGRATION_SEARCH_ADMIN_TOKEN";
  public static final String ENV_QUERY_TIMEOUT_MS = "MIGRATION_SEARCH_QUERY_TIMEOUT_MS";
  public static final String ENV_FILE_TIME_LIMIT_S = "MIGRATION_SEARCH_FILE_TIME_LIMIT_S";
  public static final String ENV_ALLOWED_HOSTS = "MIGRATION_SEARCH_ALLOWED_HOSTS";
  public static final String ENV_RESULT_CACHE = "MIGRATION_SEARCH_RESULT_CACHE";

  public AppConfig {
    allowedHosts = List.copyOf(allowedHosts);
    if (resultCache < 0) {
      throw new IllegalArgumentException("the result cache size must be 0 (off) or more: " + resultCache);
    }
  }

  public static AppConfig defaults() {
    return new AppConfig(
        DEFAULT_CORPUS, DEFAULT_INDEX, DEFAULT_HOST, DEFAULT_PORT, Optional.empty(), DEFAULT_QUERY_TIMEOUT,
        DEFAULT_FILE_TIME_LIMIT, List.of(), DEFAULT_RESULT_CACHE);
  }

  /** Defaults overridden by whichever of the environment variables are set. */
  public static AppConfig fromEnvironment(Map<String, String> env) {
    AppConfig c = defaults();
    String v;
    if (isSet(v = env.get(ENV_CORPUS))) {
      c = c.withCorpus(Path.of(v));
    }
    if (isSet(v = env.get(ENV_INDEX))) {
      c = c.withIndex(Path.of(v));
    }
    if (isSet(v = env.get(ENV_HOST))) {
      c = c.withHost(v);
    }
    if (isSet(v = env.get(ENV_PORT))) {
      c = c.withPort(parsePort(v, ENV_PORT));
    }
    if (isSet(v = env.get(ENV_ADMIN_TOKEN))) {
      c = c.withAdminToken(v);
    }
    if (isSet(v = env.get(ENV_QUERY_TIMEOUT_MS))) {
      try {
        c = c.withQueryTimeout(Duration.ofMillis(Long.parseLong(v.trim())));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(ENV_QUERY_TIMEOUT_MS + " must be a number of milliseconds: " + v);
      }
    }
    if (isSet(v = env.get(ENV_FILE_TIME_LIMIT_S))) {
      c = c.withFileTimeLimit(Duration.ofSeconds(parsePositive(v, ENV_FILE_TIME_LIMIT_S)));
    }
    if (isSet(v = env.get(ENV_ALLOWED_HOSTS))) {
      c = c.withAllowedHosts(Arrays.stream(v.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList());
    }
    if (isSet(v = env.get(ENV_RESULT_CACHE))) {
      c = c.withResultCache(parseCacheSize(v, ENV_RESULT_CACHE));
    }
    return c;
  }

  /** A number of cached answers: 0 (off) or more. */
  public static int parseCacheSize(String value, String what) {
    return Math.toIntExact(parseAtLeast(value, what, 0, " must be 0 (off) or more: ",
        " must be a whole number of answers (0 turns the cache off): "));
  }

  /** A whole number of at least 1, for limits given in seconds. */
  public static long parsePositive(String value, String what) {
    return parseAtLeast(value, what, 1, " must be at least 1: ", " must be a whole number of seconds: ");
  }

  private static long parseAtLeast(String value, String what, long min, String tooSmall, String notANumber) {
    long n;
    try {
      n = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + notANumber + value);
    }
    if (n < min || n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(what + tooSmall + value);
    }
    return n;
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

  public AppConfig withCorpus(Path value) {
    return new AppConfig(value, index, host, port, adminToken, queryTimeout, fileTimeLimit, allowedHosts, resultCache);
  }

  public AppConfig withIndex(Path value) {
    return new AppConfig(corpus, value, host, port, adminToken, queryTimeout, fileTimeLimit, allowedHosts, resultCache);
  }

  public AppConfig withHost(String value) {
    return new AppConfig(corpus, index, value, port, adminToken, queryTimeout, fileTimeLimit, allowedHosts, resultCache);
  }

  public AppConfig withPort(int value) {
    return new AppConfig(corpus, index, host, value, adminToken, queryTimeout, fileTimeLimit, allowedHosts, resultCache);
  }

  public AppConfig withAdminToken(String value) {
    return new AppConfig(corpus, index, host, port, Optional.ofNullable(value).filter(s -> !s.isBlank()), queryTimeout,
        fileTimeLimit, allowedHosts, resultCache);
  }

  public AppConfig withFileTimeLimit(Duration value) {
    return new AppConfig(corpus, index, host, port, adminToken, queryTimeout, value, allowedHosts, resultCache);
  }

  public AppConfig withAllowedHosts(List<String> value) {
    return new AppConfig(corpus, index, host, port, adminToken, queryTimeout, fileTimeLimit, value, resultCache);
  }

  public AppConfig withQueryTimeout(Duration value) {
    return new AppConfig(corpus, index, host, port, adminToken, value, fileTimeLimit, allowedHosts, resultCache);
  }

  public AppConfig withResultCache(int value) {
    return new AppConfig(corpus, index, host, port, adminToken, queryTimeout, fileTimeLimit, allowedHosts, value);
  }
}
