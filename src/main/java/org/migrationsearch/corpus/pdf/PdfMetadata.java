package org.migrationsearch.corpus.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Title, date and author from the document information dictionary, or from the XMP packet when
 * the dictionary has none worth keeping. A date is kept when it is plausible for a PDF (after the
 * format existed, not in the future); the author becomes the source.
 */
final class PdfMetadata {

  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String XMP = "http://ns.adobe.com/xap/1.0/";
  private static final Pattern XMP_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final LocalDate FIRST_PDF = LocalDate.of(1993, 6, 15);

  private PdfMetadata() {}

  static Map<String, String> read(PDDocument doc) {
    Map<String, String> out = new HashMap<>();
    PDDocumentInformation info = doc.getDocumentInformation();
    Map<String, String> xmp = xmp(doc);
    putReal(out, "title", info.getTitle(), xmp.get("title"));
    putReal(out, "source", info.getAuthor(), xmp.get("creator"));
    String date = date(info.getCreationDate());
    if (date == null) {
      date = xmpDate(xmp.get("date"));
    }
    if (date != null) {
      out.put("date", date);
    }
    return out;
  }

  private static void putReal(Map<String, String> out, String key, String... candidates) {
    for (String c : candidates) {
      if (JunkMetadata.isReal(c)) {
        out.put(key, c.replaceAll("\\s+", " ").strip());
        return;
      }
    }
  }

  private static String date(Calendar c) {
    if (c == null) {
      return null;
    }
    try {
      return plausible(c.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String xmpDate(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = XMP_DATE.matcher(value);
    if (!m.find()) {
      return null;
    }
    try {
      return plausible(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String plausible(LocalDate d) {
    return d.isBefore(FIRST_PDF) || d.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1)) ? null : d.toString();
  }

  /** dc:title, the first dc:creator and xmp:CreateDate (or dc:date); empty when absent or broken. */
  private static Map<String, String> xmp(PDDocument doc) {
    Map<String, String> out = new HashMap<>();
    try {
      PDMetadata meta = doc.getDocumentCatalog().getMetadata();
      if (meta == null) {
        return out;
      }
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      org.w3c.dom.Document xml;
      try (InputStream in = meta.exportXMPMetadata()) {
        xml = f.newDocumentBuilder().parse(in);
      }
      putFirst(out, "title", xml.getElementsByTagNameNS(DC, "title"));
      putFirst(out, "creator", xml.getElementsByTagNameNS(DC, "creator"));
      putFirst(out, "date", xml.getElementsByTagNameNS(XMP, "CreateDate"));
      if (!out.containsKey("date")) {
        putFirst(out, "date", xml.getElementsByTagNameNS(DC, "date"));
      }
      if (!out.containsKey("date")) {
        String attr = attribute(xml.getElementsByTagNameNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "Description"));
        if (attr != null) {
          out.put("date", attr);
        }
      }
    } catch (IOException | RuntimeException | javax.xml.parsers.ParserConfigurationException
        | org.xml.sax.SAXException e) {
      // Broken XMP is common and never worth losing the document over; the dictionary still counts.
    }
    return out;
  }

  /** The text of the first rdf:li inside the element (or the element's own text). */
  private static void putFirst(Map<String, String> out, String key, NodeList nodes) {
    if (nodes.getLength() == 0) {
      return;
    }
    Element e = (Element) nodes.item(0);
    NodeList items = e.getElementsByTagNameNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "li");
    String text = (items.getLength() > 0 ? items.item(0) : e).getTextContent();
    if (text != null && !text.isBlank()) {
      out.put(key, text.strip());
    }
  }

  /** XMP may also write the creation date as an attribute of rdf:Description. */
  private static String attribute(NodeList descriptions) {
    for (int i = 0; i < descriptions.getLength(); i++) {
      String v = ((Element) descriptions.item(i)).getAttributeNS(XMP, "CreateDate");
      if (!v.isEmpty()) {
        return v;
      }
    }
    return null;
  }
}
