package org.migrationsearch.search.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.migrationsearch.index.IndexSchema;
import org.migrationsearch.index.LanguageAnalyzers;

/**
 * "Did you mean": each typed word that no document contains is replaced by the closest word the
 * index does contain (at most two edits away), read from the unstemmed {@link IndexSchema#WORDS}
 * field so suggestions are real words.
 */
public final class SpellingCorrector {

  /** Shorter words have too many neighbours one edit away to guess from. */
  static final int MIN_LENGTH = 4;

  private static final Analyzer SURFACE = LanguageAnalyzers.surface();

  private SpellingCorrector() {}

  /** The text with its unknown words corrected, or empty when every word is known or none can be. */
  public static Optional<String> correct(IndexReader reader, String text) {
    DirectSpellChecker checker = new DirectSpellChecker();
    StringBuilder out = new StringBuilder();
    int copied = 0;
    boolean changed = false;
    try (TokenStream ts = SURFACE.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String word = term.toString();
        if (word.length() < MIN_LENGTH || !word.chars().allMatch(Character::isLetter)
            || LanguageAnalyzers.isStopWord(word) || reader.docFreq(new Term(IndexSchema.WORDS, word)) > 0) {
          continue;
        }
        SuggestWord[] s = checker.suggestSimilar(new Term(IndexSchema.WORDS, word), 1, reader,
            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (s.length == 0) {
          continue;
        }
        out.append(text, copied, offset.startOffset()).append(s[0].string);
        copied = offset.endOffset();
        changed = true;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!changed) {
      return Optional.empty();
    }
    out.append(text.substring(copied));
    return Optional.of(out.toString());
  }
}
