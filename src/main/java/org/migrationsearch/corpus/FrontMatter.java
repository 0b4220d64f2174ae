package org.migrationsearch.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optional metadata block at the top of a {@code .md} or {@code .txt} file: a first line
 * {@code ---}, YAML, and a closing {@code ---} (or {@code ...}). The block is read by a real YAML
 * parser, so block lists ({@code - US}), quoting and comments work as YAML says. A block that is
 * not valid YAML but is plain {@code key: value} lines (an unquoted colon in a title, say) is still
 * read line by line, as before YAML was supported.
 *
 * @param values keys lower-cased; lists joined with commas, for {@link #list}
 * @param body the text after the closing line (the whole text when there is no block)
 */
public record FrontMatter(Map<String, String> values, String body) {

  private static final YAMLFactory YAML_FACTORY = new YAMLFactory();

  public static FrontMatter parse(String content) throws CorpusFileException {
    String[] lines = content.split("\r?\n", -1);
    int first = 0;
    while (first < lines.length && lines[first].isBlank()) {
      first++;
    }
    if (first >= lines.length || !lines[first].strip().equals("---")) {
      return new FrontMatter(Map.of(), content);
    }
    for (int i = first + 1; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.equals("---") || line.equals("...")) {
        List<String> block = List.of(lines).subList(first + 1, i);
        String body = String.join("\n", List.of(lines).subList(i + 1, lines.length));
        return new FrontMatter(values(block, first + 2), body);
      }
    }
    throw new CorpusFileException(SkippedFile.Kind.MALFORMED, "front matter opened with --- is never closed");
  }

  /** @param firstLine the file's line number of the block's first line, for error messages */
  private static Map<String, String> values(List<String> block, int firstLine) throws CorpusFileException {
    String yaml = String.join("\n", block);
    try {
      return yamlValues(yaml);
    } catch (IOException e) {
      try {
        return keyValueLines(block, firstLine);
      } catch (CorpusFileException notLines) {
        JsonLocation where = e instanceof JsonProcessingException j ? j.getLocation() : null;
        int line = where == null ? 0 : where.getLineNr();
        String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        throw new CorpusFileException(SkippedFile.Kind.MALFORMED, "front matter is not valid YAML"
            + (line > 0 ? " (line " + (firstLine + line - 1) + ")" : "") + ": " + abbreviate(String.valueOf(why)));
      }
    }
  }

  /**
   * The top-level mapping, every scalar as written: YAML 1.1 would read the country code NO as
   * false and a year as a number, and metadata wants the text.
   */
  private static Map<String, String> yamlValues(String yaml) throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    try (JsonParser p = YAML_FACTORY.createParser(yaml)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return values;
      }
      if (t != JsonToken.START_OBJECT) {
        throw new JsonParseException(p, "front matter is not a list of 'key: value' lines");
      }
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String key = p.currentName().strip().toLowerCase(Locale.ROOT);
        JsonToken v = p.nextToken();
        if (v == JsonToken.START_ARRAY) {
          List<String> items = new ArrayList<>();
          while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
            if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
              p.skipChildren();
            } else if (v != JsonToken.VALUE_NULL) {
              items.add(p.getText());
            }
          }
          values.put(key, String.join(", ", items));
        } else if (v == JsonToken.START_OBJECT) {
          p.skipChildren();
        } else {
          values.put(key, v == JsonToken.VALUE_NULL ? "" : p.getText());
        }
      }
    }
    return values;
  }

  private static Map<String, String> keyValueLines(List<String> block, int firstLine) throws CorpusFileException {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < block.size(); i++) {
      String line = block.get(i);
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new CorpusFileException(SkippedFile.Kind.MALFORMED,
            "front matter line " + (firstLine + i) + " is not 'key: value': " + abbreviate(line));
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      values.put(key, unquote(line.substring(colon + 1).strip()));
    }
    return values;
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
