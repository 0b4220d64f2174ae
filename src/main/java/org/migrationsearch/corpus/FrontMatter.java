package org.migrationsearch.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optional metadata block at the top of a {@code .md} or {@code .txt} file: a first line
 * {@code ---}, {@code key: value} lines, and a closing {@code ---}.
 *
 * @param values keys lower-cased; values with surrounding quotes removed
 * @param body the text after the closing line (the whole text when there is no block)
 */
public record FrontMatter(Map<String, String> values, String body) {

  public static FrontMatter parse(String content) throws CorpusFileException {
    String[] lines = content.split("\r?\n", -1);
    int first = 0;
    while (first < lines.length && lines[first].isBlank()) {
      first++;
    }
    if (first >= lines.length || !lines[first].strip().equals("---")) {
      return new FrontMatter(Map.of(), content);
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = first + 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.strip().equals("---") || line.strip().equals("...")) {
        return new FrontMatter(values, String.join("\n", List.of(lines).subList(i + 1, lines.length)));
      }
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new CorpusFileException(
            SkippedFile.Kind.MALFORMED, "front matter line " + (i + 1) + " is not 'key: value': " + abbreviate(line));
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      values.put(key, unquote(line.substring(colon + 1).strip()));
    }
    throw new CorpusFileException(SkippedFile.Kind.MALFORMED, "front matter opened with --- is never closed");
  }

  /** A list value written as {@code [a, b]} or {@code a, b}. */
  public static List<String> list(String value) {
    List<String> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    String v = value.strip();
    if (v.startsWith("[") && v.endsWith("]")) {
      v = v.substring(1, v.length() - 1);
    }
    for (String part : v.split("[,;]")) {
      String item = unquote(part.strip());
      if (!item.isEmpty()) {
        out.add(item);
      }
    }
    return out;
  }

  private static String unquote(String v) {
    if (v.length() >= 2
        && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
