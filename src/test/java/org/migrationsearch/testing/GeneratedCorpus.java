package org.migrationsearch.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.migrationsearch.testing.FixtureCorpus.Doc;

/**
 * Documents with labels drawn by a seeded {@link Random}, so a test can compute by brute force
 * what the index should answer. Texts are English filler with a varying number of query words.
 */
public final class GeneratedCorpus {

  public static final List<String> COUNTRIES = List.of("US", "MX", "GT", "HN", "SV", "CA", "DE", "FR");
  public static final List<String> TOPICS = List.of("asylum", "refugees", "border-enforcement", "labor-migration",
      "visas", "detention");
  public static final List<String> TYPES = List.of("report", "statement", "law", "speech");
  public static final List<String> LANGUAGES = List.of("en", "es", "fr");
  public static final List<String> SOURCES = List.of("Ministry A", "Agency B", "Office C");
  public static final int FIRST_YEAR = 2015;
  /** 2018 is never drawn, so the year facet must show it with a zero. */
  public static final List<Integer> YEARS = List.of(2015, 2016, 2017, 2019, 2020, 2021);

  private static final String[] FILLER = {"policy", "government", "people", "programme", "region", "support",
      "cooperation", "services", "process", "officials", "measures", "review"};

  private GeneratedCorpus() {}

  public static List<Doc> documents(int n, long seed) {
    Random random = new Random(seed);
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> countries = some(random, COUNTRIES, 1 + random.nextInt(3));
      List<String> topics = some(random, TOPICS, 1 + random.nextInt(2));
      String type = TYPES.get(random.nextInt(TYPES.size()));
      String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
      String source = SOURCES.get(random.nextInt(SOURCES.size()));
      int year = YEARS.get(random.nextInt(YEARS.size()));
      String date = String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
      StringBuilder text = new StringBuilder();
      int mentions = random.nextInt(6);
      for (int w = 0; w < 60; w++) {
        text.append(w < mentions ? "migration" : FILLER[random.nextInt(FILLER.length)]).append(' ');
      }
      docs.add(new Doc(String.format("gen/doc-%04d.json", i), "Generated document " + i, date, type, language,
          countries, topics, source, text.toString().strip() + "."));
    }
    return docs;
  }

  private static final String[] SYLLABLES = {"ba", "re", "ti", "mo", "su", "la", "ne", "po", "ki", "da", "ve",
      "ro", "mi", "sa", "lu", "te", "no", "gra", "sy", "um"};

  /**
   * Longer texts over thousands of made-up words (syllable strings, many a few edits from each
   * other and from "asylum"), so that fuzzy and wildcard terms expand as they do over real text.
   */
  public static List<Doc> richDocuments(int n, int words, long seed) {
    Random random = new Random(seed);
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder("Asylum and migration. ");
      for (int w = 0; w < words; w++) {
        int syllables = 2 + random.nextInt(3);
        for (int k = 0; k < syllables; k++) {
          text.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        text.append(w % 12 == 11 ? ". " : " ");
      }
      docs.add(new Doc(String.format("rich/doc-%04d.json", i), "Rich document " + i, "2020-01-01", "report", "en",
          List.of("MX"), List.of("asylum"), "Agency B", text.toString().strip()));
    }
    return docs;
  }

  private static List<String> some(Random random, List<String> from, int k) {
    List<String> pool = new ArrayList<>(from);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      out.add(pool.remove(random.nextInt(pool.size())));
    }
    return out;
  }
}
