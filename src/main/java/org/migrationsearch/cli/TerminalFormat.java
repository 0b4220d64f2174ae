package org.migrationsearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.migrationsearch.index.IndexSchema;
import org.migrationsearch.search.facets.FacetFilter;
import org.migrationsearch.search.facets.FacetValue;
import org.migrationsearch.search.SearchHit;
import org.migrationsearch.search.SearchRequest;
import org.migrationsearch.search.SearchResponse;

/** Search results for a person at a terminal: marks become bold, HTML entities plain characters. */
final class TerminalFormat {

  private static final int FACET_VALUES_SHOWN = 8;

  private final PrintWriter out;
  private final boolean colour;

  TerminalFormat(PrintWriter out, boolean colour) {
    this.out = out;
    this.colour = colour;
  }

  static boolean useColour() {
    return System.console() != null && System.getenv("NO_COLOR") == null;
  }

  /** What the engine did with the words, as the page says it. */
  private void printNotes(SearchResponse r) {
    if (r.correctedFrom() != null) {
      out.printf("No document has every word of \"%s\"; showing results for \"%s\".%n", r.correctedFrom(), r.query());
    } else if (r.suggestion() != null) {
      out.printf("Did you mean: %s%n", r.suggestion());
    }
    if (r.relaxed()) {
      out.println("Few or no documents contain all the words; those with most of them are shown too.");
    }
    if (!r.expanded().isEmpty()) {
      out.println("Also searched: " + String.join(", ", r.expanded()) + " (--no-expand to search only the words typed)");
    }
  }

  void print(SearchRequest request, SearchResponse r) {
    boolean one = r.total() == 1;
    String what = r.query().isBlank() ? "" : (one ? " matches \"" : " match \"") + clean(r.query()) + "\"";
    int first = (r.page() - 1) * r.size() + 1;
    out.printf("%d %s%s%s (%d ms)", r.total(), one ? "document" : "documents", what, describe(request), r.tookMs());
    if (!r.hits().isEmpty()) {
      out.printf("; showing %d-%d", first, first + r.hits().size() - 1);
    }
    out.println();
    long pages = (r.total() + r.size() - 1) / r.size();
    if (r.hits().isEmpty() && r.total() > 0) {
      out.printf("Page %d is past the last page, %d; see it with --page %d%n", r.page(), pages, pages);
    }
    printNotes(r);
    int n = first;
    for (SearchHit h : r.hits()) {
      out.println();
      String title = h.titleSnippet() != null ? marks(h.titleSnippet()) : clean(h.title());
      out.printf("%2d. %s%n", n++, title);
      out.printf("    %s | %s | %s | %s%n", orDash(h.date()), orDash(h.type()), orDash(h.language()), clean(h.id()));
      if (!h.countries().isEmpty() || !h.topics().isEmpty()) {
        out.printf("    %s | %s%n", clean(String.join(", ", h.countries())), clean(String.join(", ", h.topics())));
      }
      for (int i = 0; i < h.snippets().size(); i++) {
        String page = h.snippetPages() != null && i < h.snippetPages().size() ? "p. " + h.snippetPages().get(i) + "  " : "";
        out.println("    " + page + marks(h.snippets().get(i)));
      }
      if (!h.missing().isEmpty()) {
        out.println("    missing: " + String.join(", ", h.missing()));
      }
    }
    out.println();
    boolean marked = false;
    for (Map.Entry<String, List<FacetValue>> e : r.facets().entrySet()) {
      // Picked and excluded values are listed even at zero, first, so the filters in force show.
      List<FacetValue> chosen = e.getValue().stream().filter(TerminalFormat::chosen).toList();
      List<FacetValue> values = e.getValue().stream().filter(v -> v.count() > 0 && !chosen(v)).toList();
      if (values.isEmpty() && chosen.isEmpty()) {
        continue;
      }
      boolean year = e.getKey().equals("year");
      List<FacetValue> shown = new java.util.ArrayList<>(chosen);
      shown.addAll(year ? values : values.stream().limit(Math.max(0, FACET_VALUES_SHOWN - chosen.size())).toList());
      marked |= !chosen.isEmpty();
      String text = shown.stream().map(v -> mark(v) + clean(v.value()) + " (" + v.count() + ")").collect(Collectors.joining(", "));
      int more = e.getValue().stream().filter(v -> v.count() > 0 || chosen(v)).toList().size() - shown.size();
      out.printf("%-9s %s%s%n", e.getKey() + ":", text, more > 0 ? ", +" + more + " more" : "");
    }
    if (marked) {
      out.println("(* selected, - excluded)");
    }
  }

  private static boolean chosen(FacetValue v) {
    return Boolean.TRUE.equals(v.selected()) || Boolean.TRUE.equals(v.excluded());
  }

  private static String mark(FacetValue v) {
    return Boolean.TRUE.equals(v.excluded()) ? "-" : Boolean.TRUE.equals(v.selected()) ? "*" : "";
  }

  /** " with country MX or GT, not topic visas, from 2020-01-01": the filters, as the header states them. */
  static String describe(SearchRequest request) {
    List<String> parts = new java.util.ArrayList<>();
    for (String dim : IndexSchema.FILTER_FACETS) {
      FacetFilter f = request.filter(dim);
      if (f == null) {
        continue;
      }
      if (!f.values().isEmpty()) {
        parts.add(dim + " " + String.join(f.matchAll() ? " and " : " or ", f.values()));
      }
      if (!f.excluded().isEmpty()) {
        parts.add("not " + dim + " " + String.join(" or ", f.excluded()));
      }
    }
    if (request.from() != null) {
      parts.add("from " + request.from());
    }
    if (request.to() != null) {
      parts.add("to " + request.to());
    }
    return parts.isEmpty() ? "" : " with " + String.join(", ", parts);
  }

  /** Document text is stripped of control characters before our own colour codes go in. */
  private String marks(String html) {
    String on = colour ? "\u001b[1;33m" : "[";
    String off = colour ? "\u001b[0m" : "]";
    String plain = html.replace("<mark>", "\uE000").replace("</mark>", "\uE001")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
    return clean(plain).replace("\uE000", on).replace("\uE001", off);
  }

  private static String clean(String s) {
    return TerminalText.strip(s);
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : clean(s);
  }
}
