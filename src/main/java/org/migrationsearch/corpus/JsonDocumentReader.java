package org.migrationsearch.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code .json} files (one document object) and {@code .jsonl} files (one object a line).
 * In a {@code .jsonl} file a bad line is skipped alone and the good lines are kept.
 */
final class JsonDocumentReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] STRING_KEYS = {"id", "title", "date", "source", "url", "link", "type", "language", "lang"};

  private JsonDocumentReader() {}

  static Document readObject(String id, String path, String content) throws CorpusFileException {
    return toDocument(parse(content), id, path);
  }

  static FileReadResult readLines(String path, String content) {
    List<Document> docs = new ArrayList<>();
    List<SkippedFile> skipped = new ArrayList<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      int lineNo = i + 1;
      try {
        docs.add(toDocument(parse(line), path + "#" + lineNo, path));
      } catch (CorpusFileException e) {
        skipped.add(new SkippedFile(path + ":" + lineNo, e.kind(), "line " + lineNo + ": " + e.getMessage()));
      }
    }
    if (docs.isEmpty() && skipped.isEmpty()) {
      skipped.add(new SkippedFile(path, SkippedFile.Kind.EMPTY, "no JSON lines"));
    }
    return new FileReadResult(docs, skipped);
  }

  private static JsonNode parse(String json) throws CorpusFileException {
    try {
      JsonNode node = JSON.readTree(json);
      if (node == null || !node.isObject()) {
        throw new CorpusFileException(SkippedFile.Kind.MALFORMED, "expected a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr();
      throw new CorpusFileException(SkippedFile.Kind.MALFORMED, "invalid JSON" + where + ": " + e.getOriginalMessage());
    }
  }

  private static Document toDocument(JsonNode node, String defaultId, String path) throws CorpusFileException {
    Map<String, String> meta = new HashMap<>();
    for (String key : STRING_KEYS) {
      JsonNode v = node.get(key);
      if (v != null && !v.isNull()) {
        if (!v.isValueNode()) {
          throw new CorpusFileException(SkippedFile.Kind.MALFORMED, "'" + key + "' must be a string");
        }
        meta.put(key, v.asText());
      }
    }
    String text = DeclaredFields.firstNonBlank(text(node, "text"), text(node, "body"), text(node, "content"));
    if (text == null && meta.get("title") == null) {
      throw new CorpusFileException(SkippedFile.Kind.NO_TEXT, "the object has neither 'text' nor 'title'");
    }
    Document d = DeclaredFields.fromStrings(defaultId, path, meta, null, text == null ? "" : text);
    return new Document(d.id(), d.path(), d.title(), d.date(), d.source(), d.url(), d.type(), d.language(),
        list(node, "countries", "country"), list(node, "topics", "topic"), d.text());
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
  }

  private static List<String> list(JsonNode node, String... keys) throws CorpusFileException {
    for (String key : keys) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isArray()) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
          if (!item.isValueNode()) {
            throw new CorpusFileException(SkippedFile.Kind.MALFORMED, "'" + key + "' must list strings");
          }
          out.add(item.asText());
        }
        return DeclaredFields.nonBlank(out);
      }
      if (v.isTextual()) {
        return FrontMatter.list(v.asText());
      }
      throw new CorpusFileException(SkippedFile.Kind.MALFORMED, "'" + key + "' must be a list or a string");
    }
    return List.of();
  }
}
