package org.migrationsearch.config;

import java.time.Duration;
import java.util.Locale;

/**
 * How much reading one corpus file or document may cost before it is skipped with a reason, so
 * that one runaway input cannot stall or exhaust a whole run.
 *
 * @param fileTime how long one file (a PDF) may take to read
 * @param documentBytes how many bytes one document may take in its file: the whole file for a
 *     text, HTML, PDF or Word file, one line of a {@code .jsonl}, one element of a {@code .json}
 *     array. A {@code .jsonl} or {@code .json} file itself may be of any size: it is read one
 *     document at a time.
 */
public record ReadLimits(Duration fileTime, long documentBytes) {

  public static final Duration DEFAULT_FILE_TIME = Duration.ofSeconds(60);
  /** Larger documents are almost certainly not documents (archives, disk images, dumps). */
  public static final long DEFAULT_DOCUMENT_BYTES = 64L * 1024 * 1024;

  public static final ReadLimits DEFAULT = new ReadLimits(DEFAULT_FILE_TIME, DEFAULT_DOCUMENT_BYTES);

  public ReadLimits {
    if (documentBytes < 1) {
      throw new IllegalArgumentException("the document size limit must be at least one byte");
    }
  }

  public ReadLimits withFileTime(Duration value) {
    return new ReadLimits(value, documentBytes);
  }

  public ReadLimits withDocumentBytes(long value) {
    return new ReadLimits(fileTime, value);
  }

  /** The document limit as people read it: "64 MB", "512 KB", "300 bytes". */
  public String documentLimitText() {
    return sizeText(documentBytes);
  }

  public static String sizeText(long bytes) {
    long mb = 1024 * 1024;
    if (bytes >= mb) {
      return bytes % mb == 0 ? bytes / mb + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / (double) mb);
    }
    if (bytes >= 1024) {
      return bytes % 1024 == 0 ? bytes / 1024 + " KB" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return bytes + " bytes";
  }
}
