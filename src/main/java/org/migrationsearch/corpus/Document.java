package org.migrationsearch.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
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
 * @param text the text; in a paged document (PDF) every page ends with a form feed
 *     ({@link #PAGE_BREAK}), the plain-text convention for a page break
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

  /** Separates the pages of a paged document in {@link #text}. */
  public static final char PAGE_BREAK = '\f';

  /** Offsets in {@link #text} at which each page starts; empty for a document without pages. */
  @JsonProperty("page_starts")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public List<Integer> pageStarts() {
    if (text.indexOf(PAGE_BREAK) < 0) {
      return List.of();
    }
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = text.indexOf(PAGE_BREAK); i >= 0 && i + 1 < text.length(); i = text.indexOf(PAGE_BREAK, i + 1)) {
      starts.add(i + 1);
    }
    return starts;
  }

  /** The 1-based page on which an offset of {@link #text} lies, for a list of page starts. */
  public static int pageAt(List<Integer> pageStarts, int offset) {
    int lo = 0;
    int hi = pageStarts.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (pageStarts.get(mid) <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }
}
