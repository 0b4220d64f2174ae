package org.migrationsearch.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: strict UTF-8, with or without a byte-order mark. Binary files
 * and invalid encodings are refused with a reason rather than indexed as mojibake.
 */
public final class TextDecoding {

  /** How much of a file's start is checked for binary content. */
  static final int HEAD_BYTES = 8192;

  private TextDecoding() {}

  /**
   * Where the text of a file starting with {@code bytes} begins (after a UTF-8 byte-order mark);
   * refuses UTF-16, binary content and an empty file. Only the first 8 KB are looked at, so a
   * file read as a stream is judged by the same rule as one read whole.
   */
  static int textStart(byte[] bytes, int length) throws CorpusFileException {
    if (length == 0) {
      throw new CorpusFileException(SkippedFile.Kind.EMPTY, "empty file");
    }
    int offset = 0;
    if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3;
    } else if (length >= 2
        && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
            || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
      throw new CorpusFileException(SkippedFile.Kind.INVALID_ENCODING, "UTF-16 text; save the file as UTF-8");
    }
    int controls = 0;
    int scanned = Math.min(length, offset + HEAD_BYTES);
    for (int i = offset; i < scanned; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new CorpusFileException(SkippedFile.Kind.BINARY, "binary content (NUL byte at offset " + i + ")");
      }
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        controls++;
      }
    }
    if (controls > (scanned - offset) / 10 + 1) {
      throw new CorpusFileException(SkippedFile.Kind.BINARY, "binary content (" + controls + " control bytes)");
    }
    return offset;
  }

  public static String decode(byte[] bytes) throws CorpusFileException {
    int offset = textStart(bytes, bytes.length);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      CharBuffer out = decoder.decode(in);
      return out.toString();
    } catch (CharacterCodingException e) {
      throw new CorpusFileException(
          SkippedFile.Kind.INVALID_ENCODING, "not valid UTF-8 near byte " + firstInvalidUtf8(bytes, offset));
    }
  }

  private static int firstInvalidUtf8(byte[] bytes, int offset) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : bytes.length;
  }
}
