package org.migrationsearch.search.eval;

import java.util.List;
import java.util.Set;

/**
 * The measures of one query's ranking against its judgments, with binary gains: nDCG@10,
 * recall@10, reciprocal rank within the top 10, average precision over the ranking as returned
 * (at most {@link Evaluation#DEPTH} hits) and recall@100.
 */
public record Measures(double ndcg10, double recall10, double mrr10, double averagePrecision, double recall100) {

  public static Measures of(List<String> ranking, Set<String> relevant) {
    if (relevant.isEmpty()) {
      throw new IllegalArgumentException("a judged query needs at least one relevant document");
    }
    double dcg = 0;
    double reciprocalRank = 0;
    int foundIn10 = 0;
    int foundIn100 = 0;
    int found = 0;
    double precisionSum = 0;
    for (int i = 0; i < ranking.size(); i++) {
      if (!relevant.contains(ranking.get(i))) {
        continue;
      }
      int rank = i + 1;
      found++;
      precisionSum += (double) found / rank;
      if (rank <= 10) {
        dcg += 1 / log2(rank + 1);
        foundIn10++;
        if (reciprocalRank == 0) {
          reciprocalRank = 1.0 / rank;
        }
      }
      if (rank <= 100) {
        foundIn100++;
      }
    }
    double ideal = 0;
    for (int rank = 1; rank <= Math.min(10, relevant.size()); rank++) {
      ideal += 1 / log2(rank + 1);
    }
    int n = relevant.size();
    return new Measures(dcg / ideal, (double) foundIn10 / n, reciprocalRank, precisionSum / n,
        (double) foundIn100 / n);
  }

  /** The mean of each measure. */
  public static Measures mean(List<Measures> all) {
    if (all.isEmpty()) {
      return new Measures(0, 0, 0, 0, 0);
    }
    double n = all.size();
    return new Measures(
        all.stream().mapToDouble(Measures::ndcg10).sum() / n,
        all.stream().mapToDouble(Measures::recall10).sum() / n,
        all.stream().mapToDouble(Measures::mrr10).sum() / n,
        all.stream().mapToDouble(Measures::averagePrecision).sum() / n,
        all.stream().mapToDouble(Measures::recall100).sum() / n);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
