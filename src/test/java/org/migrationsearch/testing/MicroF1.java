package org.migrationsearch.testing;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Micro-averaged precision, recall and F1 over many documents' label sets. */
public final class MicroF1 {
  private long truePositives;
  private long falsePositives;
  private long falseNegatives;

  public void add(Collection<String> predicted, Collection<String> truth) {
    Set<String> p = new HashSet<>(predicted);
    Set<String> t = new HashSet<>(truth);
    for (String v : p) {
      if (t.contains(v)) {
        truePositives++;
      } else {
        falsePositives++;
      }
    }
    for (String v : t) {
      if (!p.contains(v)) {
        falseNegatives++;
      }
    }
  }

  public double precision() {
    return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
  }

  public double recall() {
    return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** False positives plus false negatives. */
  public long errors() {
    return falsePositives + falseNegatives;
  }

  /** How many labels the truth holds (true positives plus false negatives). */
  public long support() {
    return truePositives + falseNegatives;
  }

  @Override
  public String toString() {
    return String.format("P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(),
        truePositives, falsePositives, falseNegatives);
  }
}
