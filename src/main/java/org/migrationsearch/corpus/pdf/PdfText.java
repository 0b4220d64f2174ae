package org.migrationsearch.corpus.pdf;

import java.util.List;
import java.util.Map;

/**
 * What a PDF gave: the text of each page, in page order, and whatever of its metadata looked real.
 *
 * @param metadata declared fields by their front-matter names ({@code title}, {@code date},
 *     {@code source}); only values that passed the junk checks
 * @param firstPageTitle the largest-type lines at the top of the first page, or null when no line
 *     stands out; a fallback for a missing metadata title
 * @param pages one entry per page, possibly empty for a page without text
 */
public record PdfText(Map<String, String> metadata, String firstPageTitle, List<String> pages) {

  public PdfText {
    metadata = Map.copyOf(metadata);
    pages = List.copyOf(pages);
  }
}
