package org.migrationsearch.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.search.BoostAttribute;

/**
 * Weighs a thesaurus translation below the word the user typed: Lucene's query builder reads the
 * boost of each synonym token, so "asilo" still ranks Spanish documents about asilo above English
 * ones about asylum, while finding both.
 */
final class TranslationBoostFilter extends TokenFilter {

  static final float TRANSLATION_WEIGHT = 0.6f;

  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final BoostAttribute boost = addAttribute(BoostAttribute.class);

  TranslationBoostFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    boost.setBoost(SynonymGraphFilter.TYPE_SYNONYM.equals(type.type()) ? TRANSLATION_WEIGHT : 1.0f);
    return true;
  }
}
