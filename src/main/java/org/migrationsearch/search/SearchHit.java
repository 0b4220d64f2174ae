package org.migrationsearch.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.corpus.PartialDate;

/**
 * One ranked result.
 *
 * @param titleSnippet the title, HTML-escaped, with the query's words in {@code <mark>}; only when
 *     the title matched
 * @param snippets best passages of the text, HTML-escaped, with only {@code <mark>} as markup
 * @param snippetPages for a paged document (PDF), the page of each snippet in the same order;
 *     null for any other document
 * @param missing in a relaxed search, the query's words this document does not contain
 */
@JsonPropertyOrder({"id", "title", "date", "date_precision", "type", "source", "url", "language", "countries",
    "topics", "score", "title_snippet", "snippets", "snippet_pages", "missing"})
public record SearchHit(
    String id,
    String title,
    String date,
    String type,
    String source,
    String url,
    String language,
    List<String> countries,
    List<String> topics,
    float score,
    @JsonInclude(JsonInclude.Include.NON_NULL) String titleSnippet,
    List<String> snippets,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> snippetPages,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> missing) {

  /** A hit on {@code document}; its score and snippets are set on the builder. */
  public static Builder of(Document document) {
    return new Builder(document);
  }

  /** The hit's display fields come from its document; the rest is what the search made of it. */
  public static final class Builder {
    private final Document document;
    private float score;
    private String titleSnippet;
    private List<String> snippets = List.of();
    private List<Integer> snippetPages;

    private Builder(Document document) {
      this.document = document;
    }

    public Builder score(float value) {
      score = value;
      return this;
    }

    public Builder titleSnippet(String value) {
      titleSnippet = value;
      return this;
    }

    public Builder snippets(List<String> value) {
      snippets = value;
      return this;
    }

    /** Null for a document without pages. */
    public Builder snippetPages(List<Integer> value) {
      snippetPages = value;
      return this;
    }

    public SearchHit build() {
      Document d = document;
      return new SearchHit(d.id(), d.title(), d.date(), d.type(), d.source(), d.url(), d.language(), d.countries(),
          d.topics(), score, titleSnippet, snippets, snippetPages, List.of());
    }
  }

  public SearchHit withMissing(List<String> words) {
    return new SearchHit(id, title, date, type, source, url, language, countries, topics, score, titleSnippet,
        snippets, snippetPages, List.copyOf(words));
  }

  /** "day", "month" or "year": how much of {@link #date()} is known; null without a date. */
  @JsonProperty("date_precision")
  public String datePrecision() {
    return PartialDate.parse(date).map(d -> d.precision().label()).orElse(null);
  }
}
