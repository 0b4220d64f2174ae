package org.migrationsearch.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.migrationsearch.corpus.Texts;

/**
 * The analysis chain for each language field. Every chain folds case and accents, so
 * {@code migracion} finds {@code migración}. English stems with Porter, Spanish with Lucene's
 * light stemmer; other languages are folded but not stemmed.
 *
 * <p>All chains drop the stop words of both English and Spanish: a query runs over every
 * language's fields at once, and a word that one chain keeps and another drops would make an
 * AND query demand it from documents of the language where it vanished ("la migración" would
 * miss every Spanish document).
 */
public final class LanguageAnalyzers {

  static final CharArraySet STOP_WORDS;

  static {
    CharArraySet set = new CharArraySet(800, true);
    set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    set.addAll(SpanishAnalyzer.getDefaultStopSet());
    // The folded forms too, so "mas" and "más", "tambien" and "también" behave alike.
    for (Object word : SpanishAnalyzer.getDefaultStopSet()) {
      set.add(Texts.fold(new String((char[]) word)));
    }
    STOP_WORDS = CharArraySet.unmodifiableSet(set);
  }

  private LanguageAnalyzers() {}

  /** The stop words every chain drops (lower case, accented and folded). */
  public static CharArraySet stopWords() {
    return STOP_WORDS;
  }

  public static Analyzer english() {
    return english(null);
  }

  /** With {@code synonyms}, for queries: words of the other language bring in their equivalents. */
  static Analyzer english(SynonymMap synonyms) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new EnglishPossessiveFilter(source);
        s = new AcronymFilter(new LowerCaseFilter(s));
        if (synonyms != null) {
          s = new TranslationBoostFilter(new SynonymGraphFilter(s, synonyms, true));
        }
        s = new StopFilter(s, STOP_WORDS);
        s = new ASCIIFoldingFilter(s);
        s = new PorterStemFilter(s);
        return new TokenStreamComponents(source, s);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  public static Analyzer spanish() {
    return spanish(null);
  }

  static Analyzer spanish(SynonymMap synonyms) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new AcronymFilter(new LowerCaseFilter(source));
        if (synonyms != null) {
          s = new TranslationBoostFilter(new SynonymGraphFilter(s, synonyms, true));
        }
        s = new StopFilter(s, STOP_WORDS);
        s = new ASCIIFoldingFilter(s);
        s = new SpanishLightStemFilter(s);
        return new TokenStreamComponents(source, s);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /** For languages without a stemmer of their own: folded words, no stemming. */
  public static Analyzer folding() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new AcronymFilter(new LowerCaseFilter(source));
        s = new StopFilter(s, STOP_WORDS);
        s = new ASCIIFoldingFilter(s);
        return new TokenStreamComponents(source, s);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /**
   * The words as typed, only folded: no stop words dropped, no stemming. Query words and thesaurus
   * names are compared in this form.
   */
  public static Analyzer surface() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new ASCIIFoldingFilter(new AcronymFilter(new LowerCaseFilter(source)));
        return new TokenStreamComponents(source, s);
      }
    };
  }

  /** Whether every analysis chain drops this (folded, lower-case) word. */
  public static boolean isStopWord(String word) {
    return STOP_WORDS.contains(word);
  }

  static Map<String, Analyzer> byLanguageKey() {
    return Map.of("en", english(), "es", spanish(), "xx", folding());
  }

  /** Query-time analysis: as at index time, plus the thesaurus into each field's language. */
  static Map<String, Analyzer> queryByLanguageKey(Thesaurus thesaurus) {
    return Map.of("en", english(thesaurus.intoEnglish()), "es", spanish(thesaurus.intoSpanish()), "xx", folding());
  }
}
