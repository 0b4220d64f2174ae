package org.migrationsearch.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the detectors' data files from the classpath: UTF-8 lines, without blank lines and
 * {@code #} comments, so the data can carry its own explanations.
 */
public final class ResourceLines {

  private ResourceLines() {}

  /** A UTF-8 reader over a resource next to {@code owner}; fails loudly when it is missing. */
  public static BufferedReader reader(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name + " next to " + owner.getName());
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** The meaningful lines of a resource next to {@code owner}, stripped. */
  public static List<String> read(Class<?> owner, String name) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = reader(owner, name)) {
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(trimmed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
    return lines;
  }
}
