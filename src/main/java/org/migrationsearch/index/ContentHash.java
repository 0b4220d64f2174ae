package org.migrationsearch.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.migrationsearch.corpus.Document;

/**
 * A digest of a document as read from the corpus (before enrichment), with the schema version,
 * so that {@code update} re-indexes a document exactly when its source or the mapping changed.
 */
final class ContentHash {

  private ContentHash() {}

  static String of(Document d) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
    feed(sha, IndexSchema.SCHEMA_VERSION);
    feed(sha, d.id());
    feed(sha, d.path());
    feed(sha, d.title());
    feed(sha, d.date());
    feed(sha, d.source());
    feed(sha, d.url());
    feed(sha, d.type());
    feed(sha, d.language());
    feed(sha, String.join("\u0001", d.countries()));
    feed(sha, String.join("\u0001", d.topics()));
    feed(sha, d.text());
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void feed(MessageDigest sha, String value) {
    if (value != null) {
      sha.update(value.getBytes(StandardCharsets.UTF_8));
    }
    sha.update((byte) 0);
  }
}
