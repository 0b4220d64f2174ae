package org.migrationsearch.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migrationsearch.config.ReadLimits;

/**
 * Reads {@code .json} files (one document object, or an array of them) and {@code .jsonl} files
 * (one object a line), one document at a time: memory is bounded by the largest document, not
 * by the file. A bad or oversized line or array element is skipped alone and the rest is kept.
 */
final class JsonDocumentReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] STRING_KEYS = {"id", "title", "date", "source", "url", "link", "type", "language", "lang"};
  private static final int BUFFER = 64 * 1024;

  private JsonDocumentReader() {}

  static Document readObject(String id, String path, String content) throws CorpusFileException {
    return toDocument(parse(content), id, path);
  }

  /**
   * Each non-blank line of a {@code .jsonl} file, parsed as it is read. A line longer than the
   * document limit is counted to its end but never kept, and reported with its number.
   */
  static void readLines(Path file, String path, ReadLimits limits, DocumentSink sink)
      throws IOException, CorpusFileException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
      in.skipNBytes(checkHead(in));
      var decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      byte[] chunk = new byte[BUFFER];
      LineBuffer line = new LineBuffer(limits.documentBytes());
      int lineNo = 1;
      boolean anyLine = false;
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        int from = 0;
        for (int i = 0; i < n; i++) {
          if (chunk[i] == '\n') {
            line.append(chunk, from, i);
            anyLine |= line(path, lineNo++, line, limits, decoder, sink);
            line.clear();
            from = i + 1;
          }
        }
        line.append(chunk, from, n);
      }
      anyLine |= line(path, lineNo, line, limits, decoder, sink);
      if (!anyLine) {
        throw new CorpusFileException(SkippedFile.Kind.EMPTY, "only whitespace");
      }
    }
  }

  /**
   * The bytes of one line, kept only up to the document limit: past it the line is still
   * measured to its end, so that it can be reported, but never held.
   */
  private static final class LineBuffer {
    private final long max;
    private byte[] bytes;
    private int length;
    private long size;

    LineBuffer(long max) {
      this.max = max;
      this.bytes = new byte[(int) Math.min(max, 8192)];
    }

    void append(byte[] from, int start, int end) {
      size += end - start;
      if (size > max) {
        return;
      }
      if (length + end - start > bytes.length) {
        bytes = Arrays.copyOf(bytes, (int) Math.min(max, Math.max(2L * bytes.length, length + end - start)));
      }
      System.arraycopy(from, start, bytes, length, end - start);
      length += end - start;
    }

    void clear() {
      length = 0;
      size = 0;
    }
  }

  /** One line of a {@code .jsonl} file: a document, a skip, or nothing when blank (then false). */
  private static boolean line(String path, int lineNo, LineBuffer line, ReadLimits limits,
      CharsetDecoder decoder, DocumentSink sink) throws IOException {
    String where = path + ":" + lineNo;
    if (line.size > limits.documentBytes()) {
      sink.skipped(new SkippedFile(where, SkippedFile.Kind.TOO_LARGE, "line " + lineNo + ": document too large ("
          + ReadLimits.sizeText(line.size) + "; the limit is " + limits.documentLimitText() + " per document)"));
      return true;
    }
    int end = line.length > 0 && line.bytes[line.length - 1] == '\r' ? line.length - 1 : line.length;
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(line.bytes, 0, end)).toString();
    } catch (CharacterCodingException e) {
      sink.skipped(new SkippedFile(where, SkippedFile.Kind.INVALID_ENCODING, "line " + lineNo + ": not valid UTF-8"));
      return true;
    }
    if (text.isBlank()) {
      return false;
    }
    Document d;
    try {
      d = toDocument(parse(text), path + "#" + lineNo, path);
    } catch (CorpusFileException e) {
      sink.skipped(new SkippedFile(where, e.kind(), "line " + lineNo + ": " + e.getMessage()));
      return true;
    }
    sink.document(d);
    return true;
  }

  /**
   * A {@code .json} file: one object, read whole when it is within the document limit, or an
   * array of objects, streamed element by element with Jackson's parser.
   */
  static void readJson(Path file, String path, String id, ReadLimits limits, DocumentSink sink)
      throws IOException, CorpusFileException {
    boolean array;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
      int bom = checkHead(in);
      in.skipNBytes(bom);
      int first;
      do {
        first = in.read();
      } while (first == ' ' || first == '\t' || first == '\r' || first == '\n');
      if (first < 0) {
        throw new CorpusFileException(SkippedFile.Kind.EMPTY, "only whitespace");
      }
      array = first == '[';
    }
    if (!array) {
      long size = Files.size(file);
      if (size > limits.documentBytes()) {
        throw new CorpusFileException(SkippedFile.Kind.TOO_LARGE, "document too large (" + ReadLimits.sizeText(size)
            + "; the limit is " + limits.documentLimitText() + " per document)");
      }
      sink.document(readObject(id, path, TextDecoding.decode(Files.readAllBytes(file))));
      return;
    }
    new ArrayReader(file, path, limits, sink).read();
  }

  /** The elements of a top-level array; after an oversized one the file is opened again past it. */
  private static final class ArrayReader {
    private final Path file;
    private final String path;
    private final ReadLimits limits;
    private final DocumentSink sink;

    ArrayReader(Path file, String path, ReadLimits limits, DocumentSink sink) {
      this.file = file;
      this.path = path;
      this.limits = limits;
      this.sink = sink;
    }

    void read() throws IOException {
      int resumeAfter = 0;
      while (resumeAfter >= 0) {
        resumeAfter = readFrom(resumeAfter);
      }
    }

    /** Reads the elements after the first {@code skip}; the element to resume after, or -1 when done. */
    private int readFrom(int skip) throws IOException {
      Budget budget;
      try (Budget in = new Budget(new BufferedInputStream(Files.newInputStream(file), BUFFER));
          JsonParser p = JSON.getFactory().createParser(in)) {
        budget = in;
        int element = 0;
        boolean inside = false;
        try {
          p.nextToken(); // the opening bracket, seen before
          for (; element < skip; element++) {
            p.nextToken();
            p.skipChildren();
          }
          for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
            element++;
            JsonLocation at = p.currentTokenLocation();
            String where = path + ":" + element;
            String label = "element " + element + " (line " + at.getLineNr() + ")";
            if (t != JsonToken.START_OBJECT) {
              p.skipChildren();
              sink.skipped(new SkippedFile(where, SkippedFile.Kind.MALFORMED, label + ": expected a JSON object"));
              continue;
            }
            // Jackson reads ahead by one buffer, so the allowance is the limit plus that.
            budget.allow(at.getByteOffset() + limits.documentBytes() + BUFFER);
            JsonNode node;
            try {
              inside = true;
              node = p.readValueAsTree();
              inside = false;
              budget.allow(Long.MAX_VALUE);
            } catch (TooLarge e) {
              sink.skipped(new SkippedFile(where, SkippedFile.Kind.TOO_LARGE, label + ": document too large (over "
                  + limits.documentLimitText() + ", the limit per document)"));
              return element;
            }
            long size = p.currentLocation().getByteOffset() - at.getByteOffset();
            if (size > limits.documentBytes()) {
              sink.skipped(new SkippedFile(where, SkippedFile.Kind.TOO_LARGE, label + ": document too large ("
                  + ReadLimits.sizeText(size) + "; the limit is " + limits.documentLimitText() + " per document)"));
              continue;
            }
            Document d;
            try {
              d = toDocument(node, path + "#" + element, path);
            } catch (CorpusFileException e) {
              sink.skipped(new SkippedFile(where, e.kind(), label + ": " + e.getMessage()));
              continue;
            }
            sink.document(d);
          }
          return -1;
        } catch (JsonProcessingException e) {
          // Past broken syntax the rest of the array cannot be told apart; what was read is kept.
          int broken = inside ? element : element + 1;
          sink.skipped(new SkippedFile(path + ":" + broken, SkippedFile.Kind.MALFORMED,
              "element " + broken + " onwards: invalid JSON" + where(e) + ": " + e.getOriginalMessage()));
          return -1;
        }
      }
    }
  }

  /** Thrown by {@link Budget} when a document reads past its allowance. */
  private static final class TooLarge extends IOException {
    TooLarge() {
      super("document over the size limit");
    }
  }

  /** Counts the bytes read and refuses to read past the current document's allowance. */
  private static final class Budget extends FilterInputStream {
    private long read;
    private long allowed = Long.MAX_VALUE;

    Budget(InputStream in) {
      super(in);
    }

    void allow(long upTo) {
      allowed = upTo;
    }

    @Override
    public int read() throws IOException {
      check(1);
      int b = super.read();
      if (b >= 0) {
        read++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      check(1);
      int n = super.read(b, off, len);
      if (n > 0) {
        read += n;
      }
      return n;
    }

    private void check(int more) throws TooLarge {
      if (read + more > allowed) {
        throw new TooLarge();
      }
    }
  }

  /** Refuses binary and UTF-16 files by their first bytes; the length of a UTF-8 byte-order mark. */
  private static int checkHead(InputStream in) throws IOException, CorpusFileException {
    in.mark(TextDecoding.HEAD_BYTES + 3);
    byte[] head = in.readNBytes(TextDecoding.HEAD_BYTES + 3);
    in.reset();
    return TextDecoding.textStart(head, head.length);
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
        + ", column " + e.getLocation().getColumnNr();
  }

  private static JsonNode parse(String json) throws CorpusFileException {
    try {
      JsonNode node = JSON.readTree(json);
      if (node == null || !node.isObject()) {
        throw new CorpusFileException(SkippedFile.Kind.MALFORMED, "expected a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new CorpusFileException(SkippedFile.Kind.MALFORMED, "invalid JSON" + where(e) + ": " + e.getOriginalMessage());
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
