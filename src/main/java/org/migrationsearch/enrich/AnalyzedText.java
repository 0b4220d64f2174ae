package org.migrationsearch.enrich;

import java.util.List;

/**
 * A document's title and text, tokenized once and shared by every detector, so that enrichment
 * reads each text a single time however many detectors run over it.
 */
public record AnalyzedText(String title, String text, List<Token> titleTokens, List<Token> bodyTokens) {

  public static AnalyzedText of(String title, String text) {
    String t = title == null ? "" : title;
    String b = text == null ? "" : text;
    return new AnalyzedText(t, b, TextTokenizer.tokenize(t), TextTokenizer.tokenize(b));
  }
}
