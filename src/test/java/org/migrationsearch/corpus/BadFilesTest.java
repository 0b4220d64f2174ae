package org.migrationsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.Fixtures;

/** Each kind of unreadable file is skipped with its path and a reason that says what is wrong. */
class BadFilesTest {

  @TempDir
  Path dir;

  private FileReadResult read(String name, byte[] content) {
    Path file = Fixtures.write(dir, name, content);
    return new CorpusReader(dir).read(file);
  }

  private SkippedFile onlySkip(FileReadResult r) {
    assertThat(r.documents()).isEmpty();
    assertThat(r.skipped()).hasSize(1);
    return r.skipped().get(0);
  }

  @Test
  void emptyFile() {
    SkippedFile s = onlySkip(read("empty.md", new byte[0]));
    assertThat(s.path()).isEqualTo("empty.md");
    assertThat(s.kind()).isEqualTo(SkippedFile.Kind.EMPTY);
  }

  @Test
  void binaryFileNamedTxt() {
    SkippedFile s = onlySkip(read("sub/image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, 3}));
    assertThat(s.path()).isEqualTo("sub/image.txt");
    assertThat(s.kind()).isEqualTo(SkippedFile.Kind.BINARY);
    assertThat(s.reason()).contains("binary");
  }

  @Test
  void invalidUtf8SaysWhere() {
    byte[] latin1 = "Migraci\u00f3n y asilo en la frontera".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    SkippedFile s = onlySkip(read("latin1.txt", latin1));
    assertThat(s.kind()).isEqualTo(SkippedFile.Kind.INVALID_ENCODING);
    assertThat(s.reason()).contains("UTF-8").contains("byte 7");
  }

  @Test
  void utf16IsNamedAsSuch() {
    byte[] utf16 = "\uFEFFhello".getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
    assertThat(onlySkip(read("wide.txt", utf16)).reason()).contains("UTF-16");
  }

  @Test
  void brokenJsonSaysWhere() {
    SkippedFile s = onlySkip(read("doc.json", "{\"title\": \"x\", \"text\": }".getBytes()));
    assertThat(s.kind()).isEqualTo(SkippedFile.Kind.MALFORMED);
    assertThat(s.reason()).contains("invalid JSON").contains("column");
  }

  @Test
  void jsonWithoutTextOrTitle() {
    assertThat(onlySkip(read("doc.json", "{\"date\": \"2020\"}".getBytes())).kind()).isEqualTo(SkippedFile.Kind.NO_TEXT);
  }

  @Test
  void jsonLinesSkipOnlyTheBadLine() {
    String lines = "{\"title\": \"One\", \"text\": \"first\"}\n{broken\n{\"title\": \"Three\", \"text\": \"third\"}\n";
    FileReadResult r = read("batch.jsonl", lines.getBytes());
    assertThat(r.documents()).extracting(Document::title).containsExactly("One", "Three");
    assertThat(r.skipped()).singleElement().satisfies(s -> {
      assertThat(s.path()).isEqualTo("batch.jsonl:2");
      assertThat(s.reason()).startsWith("line 2:");
    });
  }

  @Test
  void jsonLinesKeepTheirNumbersAcrossCrlfBlankLinesAndAByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "{\"title\": \"One\", \"text\": \"a\"}\r\n\r\n{\"title\": \"Three\", \"text\": \"c\"}".getBytes();
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    FileReadResult r = read("crlf.jsonl", bytes);
    assertThat(r.skipped()).isEmpty();
    assertThat(r.documents()).extracting(Document::id).containsExactly("crlf.jsonl#1", "crlf.jsonl#3");
  }

  @Test
  void aJsonLineThatIsNotUtf8IsSkippedAloneWithItsNumber() {
    byte[] good = "{\"title\": \"One\", \"text\": \"a\"}\n".getBytes();
    byte[] bad = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xE9, '"', '}', '\n'};
    byte[] bytes = new byte[good.length * 2 + bad.length];
    System.arraycopy(good, 0, bytes, 0, good.length);
    System.arraycopy(bad, 0, bytes, good.length, bad.length);
    System.arraycopy(good, 0, bytes, good.length + bad.length, good.length);
    FileReadResult r = read("mixed.jsonl", bytes);
    assertThat(r.documents()).hasSize(2);
    assertThat(r.skipped()).singleElement().satisfies(s -> {
      assertThat(s.path()).isEqualTo("mixed.jsonl:2");
      assertThat(s.kind()).isEqualTo(SkippedFile.Kind.INVALID_ENCODING);
    });
  }

  @Test
  void aJsonArrayCutShortKeepsTheElementsBeforeTheBreak() {
    String json = "[{\"title\": \"One\", \"text\": \"a\"}, {\"title\": \"Two\", \"text\": \"b\"}, {\"title\": ";
    FileReadResult r = read("cut.json", json.getBytes());
    assertThat(r.documents()).extracting(Document::title).containsExactly("One", "Two");
    assertThat(r.documents()).extracting(Document::id).containsExactly("cut.json#1", "cut.json#2");
    assertThat(r.skipped()).singleElement().satisfies(s -> {
      assertThat(s.path()).isEqualTo("cut.json:3");
      assertThat(s.reason()).startsWith("element 3 onwards: invalid JSON");
    });
  }

  @Test
  void unclosedFrontMatter() {
    SkippedFile s = onlySkip(read("open.md", "---\ntitle: x\nlanguage: en\n".getBytes()));
    assertThat(s.kind()).isEqualTo(SkippedFile.Kind.MALFORMED);
    assertThat(s.reason()).contains("never closed");
  }

  @Test
  void unsupportedExtension() {
    SkippedFile s = onlySkip(read("sheet.xlsx", "PK".getBytes()));
    assertThat(s.kind()).isEqualTo(SkippedFile.Kind.UNSUPPORTED_TYPE);
    assertThat(s.reason()).contains(".xlsx");
  }

  @Test
  void hiddenFilesAreNotListed() throws Exception {
    Fixtures.write(dir, ".DS_Store", "x");
    Fixtures.write(dir, ".git/config", "x");
    Fixtures.write(dir, "a.txt", "Title\n\nBody");
    assertThat(new CorpusReader(dir).listFiles()).extracting(p -> dir.relativize(p).toString()).containsExactly("a.txt");
  }
}
