package org.migrationsearch.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes corpus documents as one JSON file each, with every facet declared so that nothing is
 * left to detection and tests know each document's labels exactly.
 */
public final class FixtureCorpus {

  /** One document; {@code path} is relative to the corpus folder and becomes the id (without .json). */
  public record Doc(String path, String title, String date, String type, String language,
      List<String> countries, List<String> topics, String source, String text) {

    public String id() {
      return path.endsWith(".json") ? path.substring(0, path.length() - 5) : path;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private FixtureCorpus() {}

  public static void write(Path corpusDir, List<Doc> docs) {
    docs.forEach(d -> write(corpusDir, d));
  }

  public static void write(Path corpusDir, Doc d) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("title", d.title());
    o.put("date", d.date());
    o.put("type", d.type());
    o.put("language", d.language());
    o.put("countries", d.countries());
    o.put("topics", d.topics());
    o.put("source", d.source());
    o.put("url", "https://example.org/" + d.id());
    o.put("text", d.text());
    try {
      Path file = corpusDir.resolve(d.path());
      Files.createDirectories(file.getParent());
      Files.writeString(file, JSON.writeValueAsString(o));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A small, hand-written corpus for end-to-end tests of the API. */
  public static List<Doc> policyDocuments() {
    return List.of(
        new Doc("us/border-security-2024.json", "Border security cooperation, \"phase 2\"", "2024-03-10",
            "joint-statement", "en", List.of("US", "MX"), List.of("border-enforcement", "regional-cooperation"),
            "State Department",
            "The governments agreed to strengthen border security along the shared frontier. "
                + "An operational cell will coordinate patrols and information sharing."),
        new Doc("mx/migracion-segura-2023.json", "Declaración sobre migración segura", "2023-06-01",
            "declaration", "es", List.of("MX", "GT"), List.of("legal-pathways", "labor-migration"), "SRE",
            "Los gobiernos promueven la migración segura, ordenada y regular, y vías legales de trabajo "
                + "temporal para personas trabajadoras de la región."),
        new Doc("eu/asylum-trends-2021.json", "Asylum trends report", "2021-11-20", "report", "en",
            List.of("DE", "FR"), List.of("asylum", "refugees", "data-statistics"), "EUAA",
            "Asylum applications rose in the second half of the year. Recognition rates for refugees "
                + "varied widely between member states."),
        new Doc("us/asylum-processing-2024.json", "Asylum processing press release", "2024-01-15", "press-release",
            "en", List.of("US"), List.of("asylum", "humanitarian-parole"), "DHS",
            "The department announced faster asylum processing and an expanded parole programme for "
                + "families arriving at the southern border."),
        new Doc("gt/root-causes-2022.json", "Root causes strategy", "2022-07-29", "fact-sheet", "en",
            List.of("GT", "HN", "US"), List.of("root-causes", "development-aid"), "USAID",
            "Investment in economic opportunity, security and governance addresses the root causes of "
                + "irregular migration from Central America."),
        new Doc("ca/temporary-workers-2020.json", "Temporary foreign worker program", "2020-05-05", "regulation",
            "en", List.of("CA"), List.of("labor-migration", "visas"), "IRCC",
            "Employers may hire temporary foreign workers when no citizen or permanent resident is "
                + "available. Work permits are tied to one employer."),
        new Doc("eu/returns-2019.json", "Returns and readmission\nagreement", "2019-02-02", "treaty", "en",
            List.of("IT", "LY"), List.of("returns-deportation", "detention"), "Council, EU",
            "The parties agree on the return and readmission of persons without a right to stay, and on "
                + "standards for detention pending removal."));
  }
}
