package org.migrationsearch.corpus.docx;

import java.util.Map;

/**
 * What a Word document gave.
 *
 * @param metadata core properties by their front-matter names ({@code title}, {@code date},
 *     {@code source}), unfiltered
 * @param firstHeading the text of the first Title or Heading paragraph, or null
 * @param text paragraphs and table rows, one per line, blocks separated by blank lines
 */
public record DocxText(Map<String, String> metadata, String firstHeading, String text) {

  public DocxText {
    metadata = Map.copyOf(metadata);
  }
}
