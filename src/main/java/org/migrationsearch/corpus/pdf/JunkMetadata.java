package org.migrationsearch.corpus.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells real titles and authors from the ones PDF producers fill in by themselves ("Microsoft
 * Word - draft3.docx", "untitled", "Administrator"). The patterns are data, in
 * {@code junk-metadata.txt}.
 */
final class JunkMetadata {

  private static final List<Pattern> PATTERNS = load();

  private JunkMetadata() {}

  /** True for values worth keeping: not blank, not a known placeholder, of a plausible length. */
  static boolean isReal(String value) {
    if (value == null) {
      return false;
    }
    String v = value.replaceAll("[\\s\\u0000]+", " ").strip();
    if (v.length() < 3 || v.length() > 400 || v.chars().anyMatch(c -> c == '\uFFFD')) {
      return false;
    }
    for (Pattern p : PATTERNS) {
      if (p.matcher(v).matches()) {
        return false;
      }
    }
    return true;
  }

  private static List<Pattern> load() {
    InputStream in = JunkMetadata.class.getResourceAsStream("junk-metadata.txt");
    if (in == null) {
      throw new IllegalStateException("missing resource junk-metadata.txt");
    }
    List<Pattern> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(Pattern.compile(t, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
