package org.migrationsearch.search.plan;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.index.IndexSchema;

/**
 * More-like-this over title and text. The source document's words are analysed for every
 * language's fields, so a Spanish document can find English ones that share names and terms.
 */
public final class SimilarDocuments {

  private SimilarDocuments() {}

  public static Query query(IndexReader reader, Document source) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(IndexSchema.analyzer());
    mlt.setMinTermFreq(2);
    mlt.setMinDocFreq(2);
    mlt.setMaxDocFreqPct(60);
    mlt.setMaxQueryTerms(40);
    mlt.setMinWordLen(3);
    mlt.setBoost(true);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String field : IndexSchema.textFields()) {
      mlt.setFieldNames(new String[] {field});
      b.add(mlt.like(field, new StringReader(source.text())), BooleanClause.Occur.SHOULD);
    }
    mlt.setMinTermFreq(1);
    for (String field : IndexSchema.titleFields()) {
      mlt.setFieldNames(new String[] {field});
      String title = source.title() == null ? "" : source.title();
      b.add(new BoostQuery(mlt.like(field, new StringReader(title)), 2f), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }
}
