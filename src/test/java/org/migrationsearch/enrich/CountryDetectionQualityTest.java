package org.migrationsearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.migrationsearch.testing.MicroF1;
import org.migrationsearch.testing.RealCorpus;

/**
 * Country detection measured on the labelled real corpus, labels hidden: only title and text
 * reach the detector. Skips when ../shared/corpus-real is absent.
 */
class CountryDetectionQualityTest {

  @Test
  void microF1OnRealCorpusIsAtLeast085() throws IOException {
    List<RealCorpus.Labeled> docs = RealCorpus.load();
    CountryDetector detector = new CountryDetector();
    CountryScorer scorer = new CountryScorer();
    MicroF1 f1 = new MicroF1();
    // -Dcountries.dump=path writes every country's evidence, for tuning the scorer.
    String dump = System.getProperty("countries.dump");
    try (PrintWriter out = dump == null ? null
        : new PrintWriter(Files.newBufferedWriter(Path.of(dump), StandardCharsets.UTF_8))) {
      for (RealCorpus.Labeled doc : docs) {
        AnalyzedText text = AnalyzedText.of(doc.title(), doc.text());
        List<String> predicted = detector.detect(text);
        f1.add(predicted, doc.countries());
        if (out != null) {
          Set<String> seen = new HashSet<>();
          for (CountryEvidence e : detector.evidence(text)) {
            seen.add(e.code());
            out.println(String.join("\t", doc.id(), String.valueOf(doc.countries().contains(e.code())),
                String.valueOf(scorer.isAbout(e)), e.toString()));
          }
          for (String missing : doc.countries()) {
            if (!seen.contains(missing)) {
              out.println(String.join("\t", doc.id(), "true", "false", "UNSEEN " + missing));
            }
          }
        }
      }
    }
    System.out.println("Country detection on " + docs.size() + " real documents: " + f1);
    assertThat(f1.f1()).isGreaterThanOrEqualTo(0.85);
  }
}
