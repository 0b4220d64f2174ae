package org.migrationsearch.corpus.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.migrationsearch.corpus.PartialDate;
import org.migrationsearch.corpus.Texts;

/**
 * Finds the publication date from the many conventions sites use and reduces it to
 * {@code yyyy-mm-dd} ({@code yyyy-mm} when only that much is given): meta tags, JSON-LD
 * {@code datePublished}, then a {@code <time datetime>} in the article or its byline. Modification dates are deliberately ignored: for policy documents the date
 * of issue is what users filter on.
 */
final class DateFinder {

  private static final String[] META_KEYS = {
    "article:published_time", "og:published_time", "datepublished", "date", "dc.date",
    "dc.date.issued", "dcterms.issued", "dcterms.created", "dcterms.date", "citation_publication_date",
    "citation_date", "pubdate", "publish-date", "publish_date", "sailthru.date", "parsely-pub-date"
  };

  private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})\\.?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");

  private DateFinder() {}

  static String find(Document doc, MetaTags meta, JsonLd jsonLd) {
    for (String key : META_KEYS) {
      String date = normalize(meta.first(key));
      if (date != null) {
        return date;
      }
    }
    String date = normalize(jsonLd.first("datePublished"));
    if (date != null) {
      return date;
    }
    // A <time> outside the article is usually today's date in the site header, so only look
    // inside the article, or at one explicitly marked as the publication time.
    for (Element time : doc.select("article time[datetime], time[pubdate], time[itemprop=datePublished]")) {
      date = normalize(time.attr("datetime"));
      if (date != null) {
        return date;
      }
    }
    // A byline or dateline outside any <article>: the page's own date, unless it sits in the
    // site's navigation, footer or sidebar.
    for (Element time : doc.select(BYLINE_TIMES)) {
      date = outsideSiteChrome(time) ? normalize(time.attr("datetime")) : null;
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  private static final String BYLINE_TIMES = String.join(", ",
      "[class*=byline] time[datetime]", "[id*=byline] time[datetime]", "[class*=dateline] time[datetime]",
      "[class*=meta] time[datetime]", "[class*=publish] time[datetime]", "[class*=posted] time[datetime]",
      "[class*=date] time[datetime]", "main time[datetime]");

  private static boolean outsideSiteChrome(Element e) {
    for (Element a : e.parents()) {
      String tag = a.tagName();
      if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside")
          || (tag.equals("header") && a.parents().stream().noneMatch(p -> p.tagName().equals("main")))) {
        return false;
      }
    }
    return true;
  }

  /** The date as {@code yyyy-mm-dd}, or null when the value holds no recognisable date. */
  static String normalize(String value) {
    if (Texts.isBlank(value)) {
      return null;
    }
    String v = value.trim();
    Matcher m = ISO.matcher(v);
    if (m.find()) {
      return format(m.group(1), m.group(2), m.group(3));
    }
    m = YEAR_MONTH.matcher(v);
    if (m.matches()) {
      return PartialDate.lenient(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 0)
          .map(PartialDate::toString).orElse(null);
    }
    m = COMPACT.matcher(v);
    if (m.find()) {
      return format(m.group(1), m.group(2), m.group(3));
    }
    m = MONTH_DAY_YEAR.matcher(v);
    if (m.find()) {
      return formatNamed(m.group(3), m.group(1), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(v);
    if (m.find()) {
      return formatNamed(m.group(3), m.group(2), m.group(1));
    }
    return null;
  }

  private static String formatNamed(String year, String monthName, String day) {
    Integer month = englishMonth(monthName);
    return month == null ? null : format(year, Integer.toString(month), day);
  }

  private static Integer englishMonth(String name) {
    String n = name.toUpperCase(Locale.ROOT);
    if (n.length() < 3) {
      return null;
    }
    for (Month month : Month.values()) {
      if (month.name().startsWith(n)) {
        return month.getValue();
      }
    }
    return null;
  }

  private static String format(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
