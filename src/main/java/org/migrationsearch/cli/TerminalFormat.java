package org.migrationsearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.migrationsearch.search.FacetValue;
import org.migrationsearch.search.SearchHit;
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

  void print(SearchResponse r) {
    String what = r.query().isBlank() ? "all documents" : "\"" + clean(r.query()) + "\"";
    int first = (r.page() - 1) * r.size() + 1;
    out.printf("%d documents match %s (%d ms)", r.total(), what, r.tookMs());
    if (!r.hits().isEmpty()) {
      out.printf("; showing %d-%d", first, first + r.hits().size() - 1);
    }
    out.println();
    int n = first;
    for (SearchHit h : r.hits()) {
      out.println();
      String title = h.titleSnippet() != null ? marks(h.titleSnippet()) : clean(h.title());
      out.printf("%2d. %s%n", n++, title);
      out.printf("    %s | %s | %s | %s%n", orDash(h.date()), orDash(h.type()), orDash(h.language()), clean(h.id()));
      if (!h.countries().isEmpty() || !h.topics().isEmpty()) {
        out.printf("    %s | %s%n", clean(String.join(", ", h.countries())), clean(String.join(", ", h.topics())));
      }
      for (String s : h.snippets()) {
        out.println("    " + marks(s));
      }
    }
    out.println();
    for (Map.Entry<String, List<FacetValue>> e : r.facets().entrySet()) {
      List<FacetValue> values = e.getValue().stream().filter(v -> v.count() > 0).toList();
      if (values.isEmpty()) {
        continue;
      }
      String shown = (e.getKey().equals("year") ? values : values.stream().limit(FACET_VALUES_SHOWN).toList())
          .stream().map(v -> clean(v.value()) + " (" + v.count() + ")").collect(Collectors.joining(", "));
      int more = e.getKey().equals("year") ? 0 : values.size() - FACET_VALUES_SHOWN;
      out.printf("%-9s %s%s%n", e.getKey() + ":", shown, more > 0 ? ", +" + more + " more" : "");
    }
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
