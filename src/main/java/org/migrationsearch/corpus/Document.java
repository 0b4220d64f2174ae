package org.migrationsearch.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * One corpus document. Read from a file it carries only what the file declares (null or empty
 * for the rest); after enrichment every detectable field is filled in.
 *
 * @param id stable identifier (declared, or the path relative to the corpus without extension)
 * @param path path of the source file relative to the corpus folder, with '/' separators
 * @param date {@code yyyy-mm-dd}, {@code yyyy-mm} or {@code yyyy}
 * @param language ISO 639-1 code
 * @param countries ISO 3166-1 alpha-2 codes
 * @param topics topic slugs of the contract
 * @param labelReasons why each country and topic was assigned; empty until enriched
 */
public record Document(
    String id,
    String path,
    String title,
    String date,
    String source,
    String url,
    String type,
    String language,
    List<String> countries,
    List<String> topics,
    String text,
    LabelReasons labelReasons) {

  /** A document as a reader makes it: the reasons for its labels come with enrichment. */
  public Document(String id, String path, String title, String date, String source, String url, String type,
      String language, List<String> countries, List<String> topics, String text) {
    this(id, path, title, date, source, url, type, language, countries, topics, text, LabelReasons.NONE);
  }

  public Document {
    Objects.requireNonNull(id, "id");
    countries = countries == null ? List.of() : List.copyOf(countries);
    topics = topics == null ? List.of() : List.copyOf(topics);
    text = text == null ? "" : text;
    labelReasons = labelReasons == null ? LabelReasons.NONE : labelReasons;
  }

  /** "day", "month" or "year": how much of the date is known; null without a date. */
  @JsonProperty("date_precision")
  public String datePrecision() {
    return PartialDate.parse(date).map(d -> d.precision().label()).orElse(null);
  }

  public Document withLabelReasons(LabelReasons value) {
    return new Document(id, path, title, date, source, url, type, language, countries, topics, text, value);
  }

  public Document withTitle(String value) {
    return new Document(id, path, value, date, source, url, type, language, countries, topics, text, labelReasons);
  }

  public Document withDate(String value) {
    return new Document(id, path, title, value, source, url, type, language, countries, topics, text, labelReasons);
  }

  public Document withType(String value) {
    return new Document(id, path, title, date, source, url, value, language, countries, topics, text, labelReasons);
  }

  public Document withLanguage(String value) {
    return new Document(id, path, title, date, source, url, type, value, countries, topics, text, labelReasons);
  }

  public Document withCountries(List<String> value) {
    return new Document(id, path, title, date, source, url, type, language, value, topics, text, labelReasons);
  }

  public Document withTopics(List<String> value) {
    return new Document(id, path, title, date, source, url, type, language, countries, value, text, labelReasons);
  }
}
