package org.migrationsearch.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import org.migrationsearch.index.IndexSchema;
import org.migrationsearch.solr.SolrFields;

/**
 * The fixed query mix every engine answers: keywords, phrases, long questions, filtered
 * searches, and word sets rare enough together that the all-words search relaxes. Every query
 * asks for facets and snippets, as the page does. Built from a seed, so every run asks the same.
 */
final class QueryMix {

  /** One search as a researcher types it: the words, then the filters of the facet panel. */
  record Query(String kind, String q, Map<String, List<String>> filters, LocalDate from) {

    /** The engine's own parameters (of /api/search and of RequestParameters). */
    Map<String, List<String>> params() {
      Map<String, List<String>> p = new LinkedHashMap<>();
      p.put("q", List.of(q));
      p.putAll(filters);
      if (from != null) {
        p.put("from", List.of(from.toString()));
      }
      return p;
    }

    String apiPath() {
      StringJoiner j = new StringJoiner("&", "/api/search?", "");
      params().forEach((k, vs) -> vs.forEach(v -> j.add(k + "=" + enc(v))));
      return j.toString();
    }

    /** Solr's equivalent: edismax with the configset's defaults, six facet fields, unified highlighting. */
    String solrPath(String collection, boolean relaxed) {
      StringJoiner j = new StringJoiner("&", "/" + collection + "/select?", "");
      if (!q.isBlank()) {
        j.add("q=" + enc(q));
      }
      if (relaxed) {
        j.add("mm=50%25");
        j.add("q.op=OR");
      }
      filters.forEach((dim, vs) -> vs.forEach(v -> j.add("fq=" + enc("{!term f=" + SolrFields.facetField(dim) + "}" + v))));
      if (from != null) {
        j.add("fq=" + enc(IndexSchema.DATE_LAST_DAY + ":[" + from.toEpochDay() + " TO *]"));
      }
      j.add("rows=10");
      j.add("fl=id,title_en,title_es,title_xx,date,source,type,language,countries,topics,url");
      j.add("facet=true");
      j.add("facet.mincount=1");
      j.add("facet.limit=10");
      for (String dim : IndexSchema.ALL_FACETS) {
        j.add("facet.field=" + SolrFields.facetField(dim));
      }
      if (!q.isBlank()) {
        j.add("hl=true");
        j.add("hl.fl=text_en,text_es,text_xx");
        j.add("hl.snippets=2");
      }
      j.add("wt=json");
      return j.toString();
    }

    /** Plain words, as the relaxation applies to: no quotes, operators or fields. */
    boolean plainWords() {
      return !q.isBlank() && q.strip().contains(" ") && !q.contains("\"") && !q.contains(":")
          && !q.matches(".*\\b(AND|OR|NOT)\\b.*");
    }
  }

  static final List<String> KEYWORDS = List.of("asylum", "border", "refugees", "deportation", "visa", "parole",
      "detention", "smuggling", "trafficking", "remittances", "integration", "citizenship", "labor", "humanitarian",
      "protection", "migrants", "caravan", "displacement", "returns", "reunification", "resettlement", "workers",
      "children", "minors", "climate", "cooperation", "enforcement", "sanctions", "election", "agreement",
      "migración", "asilo", "refugiados", "frontera", "deportación", "trabajadores", "cooperación", "protección",
      "visas", "niñez");
  static final List<String> PHRASES = List.of("temporary protected status", "safe third country", "root causes",
      "family reunification", "humanitarian parole", "irregular migration", "regional cooperation",
      "border security", "labor mobility", "safe mobility", "human trafficking", "movilidad segura",
      "crisis humanitaria", "protección internacional", "legal pathways", "unaccompanied children");
  static final List<String> QUESTIONS = List.of(
      "what did the united states and mexico agree about asylum seekers at the border",
      "how many venezuelan migrants crossed the darien gap last year",
      "which countries offer temporary protection to people fleeing violence",
      "why do families from central america leave their homes",
      "what are the root causes of irregular migration in the northern triangle",
      "how does the government plan to expand legal pathways for workers",
      "qué acordaron los gobiernos sobre la migración en la frontera sur",
      "cuántos migrantes fueron deportados desde estados unidos",
      "what support do host communities receive for refugee integration",
      "how are unaccompanied children protected during removal proceedings");
  static final List<String> RARE = List.of("xylophone", "quasar", "marmalade", "origami", "tundra", "zeppelin");
  static final List<String> FILTER_COUNTRIES = List.of("US", "MX", "GT", "VE", "HN", "SV", "CO", "HT");
  static final List<String> FILTER_TOPICS = List.of("asylum", "refugees", "border-enforcement", "labor-migration",
      "returns-deportation", "root-causes");
  static final List<String> FILTER_TYPES = List.of("speech", "regulation", "press-release", "fact-sheet");

  static List<Query> build(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Query> out = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      int words = 1 + r.nextInt(3);
      StringJoiner q = new StringJoiner(" ");
      for (int w = 0; w < words; w++) {
        q.add(pick(r, KEYWORDS));
      }
      out.add(new Query("keywords", q.toString(), Map.of(), null));
    }
    for (String p : PHRASES) {
      out.add(new Query("phrase", "\"" + p + "\"", Map.of(), null));
      out.add(new Query("phrase", "\"" + p + "\" " + pick(r, KEYWORDS), Map.of(), null));
    }
    for (String q : QUESTIONS) {
      out.add(new Query("question", q, Map.of(), null));
      out.add(new Query("question", q, Map.of("language", List.of(q.matches(".*\\b(qué|cuántos)\\b.*") ? "es" : "en")), null));
    }
    for (int i = 0; i < 60; i++) {
      Map<String, List<String>> f = new LinkedHashMap<>();
      switch (i % 4) {
        case 0 -> f.put(IndexSchema.FACET_COUNTRY, List.of(pick(r, FILTER_COUNTRIES)));
        case 1 -> f.put(IndexSchema.FACET_TOPIC, List.of(pick(r, FILTER_TOPICS)));
        case 2 -> f.put(IndexSchema.FACET_TYPE, List.of(pick(r, FILTER_TYPES)));
        default -> {
          f.put(IndexSchema.FACET_COUNTRY, List.of(pick(r, FILTER_COUNTRIES), pick(r, FILTER_COUNTRIES)).stream().distinct().toList());
          f.put(IndexSchema.FACET_TOPIC, List.of(pick(r, FILTER_TOPICS)));
        }
      }
      LocalDate from = i % 3 == 0 ? LocalDate.of(2015 + r.nextInt(10), 1, 1) : null;
      String q = i % 10 == 9 ? "" : pick(r, KEYWORDS) + (r.nextBoolean() ? " " + pick(r, KEYWORDS) : "");
      out.add(new Query("filtered", q, f, from));
    }
    for (int i = 0; i < 30; i++) {
      // One word no policy text holds: fewer than five documents have them all, so the
      // all-words search relaxes to half of the words.
      String q = pick(r, KEYWORDS) + " " + pick(r, KEYWORDS) + " " + pick(r, RARE);
      out.add(new Query("relaxed", q, Map.of(), null));
    }
    return List.copyOf(out);
  }

  private static String pick(SplittableRandom r, List<String> values) {
    return values.get(r.nextInt(values.size()));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
