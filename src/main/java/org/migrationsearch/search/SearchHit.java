package org.migrationsearch.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One ranked result.
 *
 * @param titleSnippet the title, HTML-escaped, with the query's words in {@code <mark>}; only when
 *     the title matched
 * @param snippets best passages of the text, HTML-escaped, with only {@code <mark>} as markup
 * @param snippetPages for a paged document (PDF), the page of each snippet in the same order;
 *     null for any other document
 */
@JsonPropertyOrder({"id", "title", "date", "type", "source", "url", "language", "countries", "topics",
    "score", "title_snippet", "snippets", "snippet_pages"})
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
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> snippetPages) {}
