package org.migrationsearch.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The labelled real corpus in {@code ../shared/corpus-real}, which is never copied into the
 * repository. Tests that measure against it skip when it is absent.
 */
public final class RealCorpus {

  /** One labelled document; the labels are the truth detection is measured against. */
  public record Labeled(
      String id,
      String title,
      String date,
      String type,
      String language,
      List<String> countries,
      List<String> topics,
      String text,
      String source) {}

  private RealCorpus() {}

  public static Optional<Path> documentsFile() {
    String override = System.getenv("MIGRATION_SEARCH_REAL_CORPUS");
    Path file =
        override != null && !override.isBlank()
            ? Path.of(override)
            : Path.of("..", "shared", "corpus-real", "documents.jsonl");
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /** Skips the calling test when the corpus is absent. */
  public static Path requireDocumentsFile() {
    Optional<Path> file = documentsFile();
    Assumptions.assumeTrue(file.isPresent(), "../shared/corpus-real is absent; skipping");
    return file.get();
  }

  /**
   * The fixed split of the real corpus: documents on even lines (0, 2, 4, ...) are the tuning
   * half, odd lines the held-out half. Detectors are tuned on {@link #TUNING} only; the
   * held-out half shows whether a rule generalises or has learnt the tuning documents.
   */
  public enum Half {
    TUNING(0, "first half (tuning)"),
    HELD_OUT(1, "second half (held out)");

    private final int parity;
    private final String label;

    Half(int parity, String label) {
      this.parity = parity;
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** This half's documents, in file order. */
    public List<Labeled> of(List<Labeled> all) {
      List<Labeled> out = new ArrayList<>();
      for (int i = parity; i < all.size(); i += 2) {
        out.add(all.get(i));
      }
      return out;
    }
  }

  public static List<Labeled> load() {
    Path file = requireDocumentsFile();
    ObjectMapper json = new ObjectMapper();
    List<Labeled> docs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        docs.add(
            new Labeled(
                n.path("id").asText(),
                n.path("title").asText(""),
                n.path("date").isNull() ? null : n.path("date").asText(null),
                n.path("type").asText(null),
                n.path("language").asText(null),
                strings(n.path("countries")),
                strings(n.path("topics")),
                n.path("text").asText(""),
                n.path("source").isNull() ? null : n.path("source").asText(null)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
