package org.migrationsearch.web;

import io.javalin.http.Context;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.migrationsearch.search.IndexStats;
import org.migrationsearch.search.RequestParameters;
import org.migrationsearch.search.SearchHit;
import org.migrationsearch.search.SearchRequest;
import org.migrationsearch.search.SearchResponse;
import org.migrationsearch.search.SearchBackend;

/**
 * {@code /feeds/search.atom}: the newest documents of a search as an Atom feed (RFC 4287), so a
 * feed reader shows what each reindex added. Entry ids are tag URIs made from document ids alone,
 * so a rebuild, a restart or another host name never makes old documents look new.
 */
final class AtomFeed {

  static final int DEFAULT_ENTRIES = 20;
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String ID_PREFIX = "tag:migration-search,2024:";

  private AtomFeed() {}

  static void serve(Context ctx, SearchBackend search) throws XMLStreamException {
    Map<String, List<String>> params = new java.util.HashMap<>(ctx.queryParamMap());
    params.put("sort", List.of("newest"));
    params.putIfAbsent("size", List.of(Integer.toString(DEFAULT_ENTRIES)));
    params.remove("page");
    SearchRequest request = RequestParameters.parse(params);
    SearchResponse response = search.search(request);
    IndexStats stats = search.stats();
    String base = ctx.scheme() + "://" + ctx.host();
    ctx.contentType("application/atom+xml; charset=utf-8").result(xml(request, response, stats, base));
  }

  static String xml(SearchRequest request, SearchResponse response, IndexStats stats, String base)
      throws XMLStreamException {
    String parameters = RequestParameters.toQueryString(request);
    StringWriter text = new StringWriter();
    XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
    x.writeStartDocument("utf-8", "1.0");
    x.writeStartElement("feed");
    x.writeDefaultNamespace(ATOM);
    element(x, "id", ID_PREFIX + "search?" + parameters);
    element(x, "title", title(request));
    element(x, "subtitle", response.total() + (response.total() == 1 ? " document" : " documents")
        + " match; the newest " + response.hits().size() + " are listed");
    element(x, "updated", stats.builtAt() == null ? Instant.EPOCH.toString() : stats.builtAt());
    link(x, "self", base + "/feeds/search.atom" + (parameters.isEmpty() ? "" : "?" + parameters), "application/atom+xml");
    link(x, "alternate", base + "/?" + parameters, "text/html");
    element(x, "generator", "migration-search");
    x.writeStartElement("author");
    element(x, "name", "migration-search");
    x.writeEndElement();
    for (SearchHit hit : response.hits()) {
      entry(x, hit, stats, base);
    }
    x.writeEndElement();
    x.writeEndDocument();
    x.close();
    return text.toString();
  }

  private static void entry(XMLStreamWriter x, SearchHit hit, IndexStats stats, String base) throws XMLStreamException {
    String encoded = URLEncoder.encode(hit.id(), StandardCharsets.UTF_8).replace("+", "%20");
    x.writeStartElement("entry");
    element(x, "id", ID_PREFIX + "documents/" + encoded);
    element(x, "title", hit.title() == null || hit.title().isBlank() ? hit.id() : hit.title());
    String updated = timestamp(hit.date(), stats.builtAt());
    element(x, "updated", updated);
    if (hit.date() != null) {
      element(x, "published", updated);
    }
    link(x, "alternate", base + "/documents/" + encoded, "text/html");
    List<String> about = new ArrayList<>();
    if (hit.type() != null) {
      about.add(hit.type());
    }
    if (hit.source() != null) {
      about.add(hit.source());
    }
    for (String topic : hit.topics()) {
      x.writeEmptyElement("category");
      x.writeAttribute("term", topic);
    }
    // Snippets are HTML already (escaped text with <mark>), so the summary says it is HTML.
    String summary = hit.snippets().isEmpty() ? String.join(" · ", about) : String.join(" … ", hit.snippets());
    x.writeStartElement("summary");
    x.writeAttribute("type", "html");
    x.writeCharacters(summary);
    x.writeEndElement();
    x.writeEndElement();
  }

  /** A document's date as an Atom timestamp; an undated one takes the build time. */
  static String timestamp(String date, String builtAt) {
    if (date != null && date.matches("\\d{4}(-\\d{2}){0,2}")) {
      String day = date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date;
      return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }
    return builtAt == null ? Instant.EPOCH.toString() : builtAt;
  }

  private static String title(SearchRequest request) {
    String filters = String.join(", ", RequestParameters.describeFilters(request).entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).toList());
    String what = request.query().isEmpty() ? "All documents" : "“" + request.query() + "”";
    return what + (filters.isEmpty() ? "" : " (" + filters + ")") + " – migration-search";
  }

  private static void element(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", href);
  }
}
