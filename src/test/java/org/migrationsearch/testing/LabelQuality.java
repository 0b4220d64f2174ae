package org.migrationsearch.testing;

import java.io.PrintStream;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Multi-label agreement of a detector with the labels of one half of the real corpus: the
 * micro-F1 over all labels and a score per label, so that a report can show which countries or
 * topics a detector gets wrong and in which direction.
 */
public final class LabelQuality {

  private final MicroF1 overall = new MicroF1();
  private final Map<String, MicroF1> perLabel = new TreeMap<>();

  /** Scores {@code detect} on {@code docs} against the labels {@code truth} picks. */
  public static LabelQuality measure(List<RealCorpus.Labeled> docs,
      Function<RealCorpus.Labeled, Collection<String>> detect,
      Function<RealCorpus.Labeled, Collection<String>> truth) {
    LabelQuality q = new LabelQuality();
    for (RealCorpus.Labeled doc : docs) {
      q.add(detect.apply(doc), truth.apply(doc));
    }
    return q;
  }

  public void add(Collection<String> predicted, Collection<String> truth) {
    overall.add(predicted, truth);
    Set<String> labels = new HashSet<>(predicted);
    labels.addAll(truth);
    for (String label : labels) {
      perLabel.computeIfAbsent(label, k -> new MicroF1())
          .add(predicted.contains(label) ? List.of(label) : List.of(),
              truth.contains(label) ? List.of(label) : List.of());
    }
  }

  public double f1() {
    return overall.f1();
  }

  public MicroF1 overall() {
    return overall;
  }

  /** F1 of one label; 0 when it was neither labelled nor detected. */
  public double f1(String label) {
    MicroF1 s = perLabel.get(label);
    return s == null ? 0 : s.f1();
  }

  /** Prints every label that has at least one error, worst first by error count. */
  public void printErrors(PrintStream out, int minSupport) {
    perLabel.entrySet().stream()
        .filter(e -> e.getValue().errors() > 0 && e.getValue().support() >= minSupport)
        .sorted((a, b) -> Long.compare(b.getValue().errors(), a.getValue().errors()))
        .forEach(e -> out.printf("    %-22s %s%n", e.getKey(), e.getValue()));
  }
}
