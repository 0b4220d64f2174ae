package org.migrationsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.FixtureCorpus;
import org.migrationsearch.testing.FixtureCorpus.Doc;
import org.migrationsearch.testing.GeneratedCorpus;
import org.migrationsearch.testing.RunningServer;
import org.migrationsearch.testing.RunningServer.Answer;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Atom feeds of a search, country profiles and the HTML 404 pages. */
class FeedsAndCountriesTest {

  static final String ATOM = "http://www.w3.org/2005/Atom";

  @TempDir static Path dir;
  static RunningServer server;
  static List<Doc> docs;

  @BeforeAll
  static void start() throws Exception {
    docs = new ArrayList<>(FixtureCorpus.policyDocuments());
    docs.addAll(GeneratedCorpus.documents(120, 11));
    server = RunningServer.over(dir, docs, null);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static List<Element> entries(String xml) throws Exception {
    var f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("feed");
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
    NodeList list = doc.getElementsByTagNameNS(ATOM, "entry");
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private static String child(Element e, String name) {
    return e.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
  }

  @Test
  void feedListsTheNewestMatchesOfTheSameSearch() throws Exception {
    Answer a = server.get("/feeds/search.atom", "q", "migration", "not_country", "US");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.header("Content-Type")).startsWith("application/atom+xml");
    List<Element> entries = entries(a.body());
    JsonNode newest = server.get("/api/search", "q", "migration", "not_country", "US", "sort", "newest",
        "size", "20").json();
    assertThat(entries).hasSize(newest.get("hits").size()).isNotEmpty();
    for (int i = 0; i < entries.size(); i++) {
      JsonNode hit = newest.get("hits").get(i);
      Element e = entries.get(i);
      assertThat(child(e, "title")).isEqualTo(hit.get("title").asText());
      assertThat(child(e, "updated")).startsWith(hit.get("date").asText());
      Element link = (Element) e.getElementsByTagNameNS(ATOM, "link").item(0);
      assertThat(link.getAttribute("href")).isEqualTo(server.base() + "/documents/"
          + java.net.URLEncoder.encode(hit.get("id").asText(), StandardCharsets.UTF_8));
      assertThat(e.getElementsByTagNameNS(ATOM, "summary").getLength()).isEqualTo(1);
    }
    List<String> dates = entries.stream().map(e -> child(e, "updated")).toList();
    assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void entryIdsStayTheSameAcrossARebuild() throws Exception {
    List<String> before = entries(server.get("/feeds/search.atom", "q", "asylum").body()).stream()
        .map(e -> child(e, "id")).toList();
    assertThat(server.reindex.start()).isTrue();
    server.reindex.awaitIdle();
    List<String> after = entries(server.get("/feeds/search.atom", "q", "asylum").body()).stream()
        .map(e -> child(e, "id")).toList();
    assertThat(after).isNotEmpty().isEqualTo(before).doesNotHaveDuplicates();
  }

  @Test
  void aBadFeedQueryIsA400() {
    Answer a = server.get("/feeds/search.atom", "q", "asylum AND (");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("error").asText()).isEqualTo("bad_query");
  }

  @Test
  void countryProfileCountsAgreeWithTheLabels() {
    JsonNode p = server.get("/api/countries/MX").json();
    assertThat(p.get("code").asText()).isEqualTo("MX");
    assertThat(p.get("label").asText()).isEqualTo("Mexico");
    long total = docs.stream().filter(d -> d.countries().contains("MX")).count();
    assertThat(p.get("total").asLong()).isEqualTo(total);
    Map<String, Long> perYear = new HashMap<>();
    Map<String, Long> reportsPerYear = new HashMap<>();
    docs.stream().filter(d -> d.countries().contains("MX")).forEach(d -> {
      perYear.merge(d.date().substring(0, 4), 1L, Long::sum);
      if (d.type().equals("report")) {
        reportsPerYear.merge(d.date().substring(0, 4), 1L, Long::sum);
      }
    });
    for (JsonNode y : p.get("years")) {
      String year = y.get("year").asText();
      assertThat(y.get("total").asLong()).as(year).isEqualTo(perYear.getOrDefault(year, 0L));
      long byType = 0;
      for (var it = y.get("by_type").fields(); it.hasNext(); ) {
        byType += it.next().getValue().asLong();
      }
      assertThat(byType).as("types of " + year + " add up").isEqualTo(y.get("total").asLong());
      assertThat(y.get("by_type").path("report").asLong(0)).isEqualTo(reportsPerYear.getOrDefault(year, 0L));
    }
    Map<String, Long> with = new HashMap<>();
    docs.stream().filter(d -> d.countries().contains("MX"))
        .forEach(d -> d.countries().stream().filter(c -> !c.equals("MX")).forEach(c -> with.merge(c, 1L, Long::sum)));
    for (JsonNode c : p.get("countries")) {
      assertThat(c.get("value").asText()).isNotEqualTo("MX");
      assertThat(c.get("count").asLong()).as(c.toString()).isEqualTo(with.get(c.get("value").asText()));
    }
    List<String> newest = RunningServer.ids(p.get("newest"));
    assertThat(newest).isEqualTo(RunningServer.ids(server.get("/api/search", "country", "MX", "sort", "newest",
        "highlight", "false").json().get("hits")));
    assertThat(server.get("/api/countries/mexico").json().get("code").asText()).isEqualTo("MX");
  }

  @Test
  void unknownCountryIsA404() {
    Answer api = server.get("/api/countries/XQ-not-a-country");
    assertThat(api.status()).isEqualTo(404);
    assertThat(api.json().get("error").asText()).isEqualTo("not_found");
    Answer page = server.get("/countries/XQ-not-a-country");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(server.get("/countries/MX").status()).isEqualTo(200);
  }

  @Test
  void unknownDocumentsAndPagesAreHtml404sWhileTheApiStaysJson() {
    Answer doc = server.get("/documents/no%2Fsuch%3Cb%3Edoc");
    assertThat(doc.status()).isEqualTo(404);
    assertThat(doc.header("Content-Type")).startsWith("text/html");
    assertThat(doc.body()).contains("<h1>Not found</h1>").contains("no/such&lt;b&gt;doc").doesNotContain("<b>doc");
    Answer page = server.get("/no-such-page");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    Answer api = server.get("/api/no-such-endpoint");
    assertThat(api.status()).isEqualTo(404);
    assertThat(api.json().get("error").asText()).isEqualTo("not_found");
    String known = RunningServer.ids(server.get("/api/search").json().get("hits")).get(0);
    assertThat(server.get("/documents/" + java.net.URLEncoder.encode(known, StandardCharsets.UTF_8)).status())
        .isEqualTo(200);
  }
}
