package org.migrationsearch.enrich.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationsearch.enrich.ResourceLines;
import org.migrationsearch.enrich.TextLines;

/**
 * Finds who published a text that does not say so in its metadata, from the publishers in
 * {@code publishers.tsv}. Only a credit counts: a copyright line, a news dateline's agency
 * "(Reuters) —", a byline or credit line in the first or last lines ("By Ana Pérez, Associated
 * Press", "Source: UNHCR", "ABC News' team contributed to this report"). A publisher the text
 * merely talks about ("the White House said") is not its source, and an unknown publisher gives
 * nothing rather than a guess. Immutable and thread-safe.
 */
public final class SourceDetector {

  private static final String PUBLISHERS = "publishers.tsv";
  /** Credit lines at the top and the bottom of a text. */
  private static final int OPENING_LINES = 3;
  private static final int CLOSING_LINES = 6;
  /** A credit line is short: "By Jane Doe, ABC News" or "Source: UNHCR". */
  private static final int MAX_CREDIT_LINE = 80;
  /** "(c)" is left out: in legal texts it numbers a subsection. */
  private static final Pattern COPYRIGHT = Pattern.compile("(?i)(?:copyright|\u00a9)");
  /** "WASHINGTON (Reuters) —": an agency in parentheses right before a dash. */
  private static final Pattern AGENCY = Pattern.compile("\\(([^()]{2,40})\\)\\s*(?:\u2014|\u2013|--|-)");

  /**
   * The shapes of a credit line, the publisher in group "name": "Source: UNHCR", "By Ana
   * Pérez, Associated Press", "ABC News' Jane Doe contributed to this report", a line that is
   * only the name.
   */
  private static final List<Pattern> CREDIT_LINES = List.of(
      Pattern.compile("(?i)(?:sources?|fuentes?|credit|via|published by|publicado por)\\s*[:\u2014\u2013-]?\\s*(?<name>[^,;:]{2,60}?)[.\\s]*"),
      Pattern.compile("(?i)(?:by|por)\\s+[^,]{2,50},\\s*(?<name>[^,;:]{2,60}?)[.\\s]*"),
      Pattern.compile("(?<name>[^,;:]{2,60}?)(?:['\u2019]s?)?\\s+(?:[\\p{L} ]{0,40}\\s)?contributed to this (?:report|story)[.\\s]*"),
      Pattern.compile("[\u2014\u2013-]?\\s*(?<name>[^,;:]{2,60}?)[.\\s]*"));

  private record Publisher(String name, List<Pattern> variants) {}

  private final List<Publisher> publishers = new ArrayList<>();

  private SourceDetector() {
    for (String line : ResourceLines.read(SourceDetector.class, PUBLISHERS)) {
      String[] cols = line.split("\t");
      List<Pattern> variants = new ArrayList<>();
      for (String v : cols[1].split("\\|")) {
        variants.add(Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(v.strip()) + "(?![\\p{L}\\d])"));
      }
      publishers.add(new Publisher(cols[0].strip(), variants));
    }
  }

  public static SourceDetector instance() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final SourceDetector INSTANCE = new SourceDetector();
  }

  /** The publisher credited in the text, by its listed name. */
  public Optional<String> detect(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    // Most texts carry no copyright mark, and the pattern tried at every char of every line was
    // most of this detector's cost: only a text with a mark is split into all its lines.
    List<String> opening;
    List<String> closing;
    if (mentionsCopyright(text)) {
      List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      for (String line : lines) {
        if (COPYRIGHT.matcher(line).find()) {
          Optional<String> p = named(line.substring(firstCopyrightMark(line)));
          if (p.isPresent()) {
            return p;
          }
        }
      }
      opening = lines.subList(0, Math.min(OPENING_LINES, lines.size()));
      closing = lines.subList(Math.max(0, lines.size() - CLOSING_LINES), lines.size());
    } else {
      opening = TextLines.first(text, OPENING_LINES, TextLines.Breaks.NEWLINES);
      closing = TextLines.last(text, CLOSING_LINES, TextLines.Breaks.NEWLINES);
    }
    for (String line : opening) {
      Matcher agency = AGENCY.matcher(line);
      if (agency.find()) {
        Optional<String> p = exactly(agency.group(1));
        if (p.isPresent()) {
          return p;
        }
      }
    }
    List<String> credits = new ArrayList<>(opening);
    credits.addAll(closing);
    for (String line : credits) {
      if (line.length() > MAX_CREDIT_LINE) {
        continue;
      }
      for (Pattern credit : CREDIT_LINES) {
        Matcher m = credit.matcher(line);
        if (m.matches()) {
          Optional<String> p = exactly(m.group("name").strip());
          if (p.isPresent()) {
            return p;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@link #COPYRIGHT} finds a mark somewhere in {@code text}, without running it. */
  static boolean mentionsCopyright(String text) {
    if (text.indexOf('\u00a9') >= 0) {
      return true;
    }
    for (char first : new char[] {'c', 'C'}) {
      for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
        if (text.regionMatches(true, at, "copyright", 0, 9)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int firstCopyrightMark(String line) {
    Matcher m = COPYRIGHT.matcher(line);
    return m.find() ? m.start() : 0;
  }

  /** The publisher named earliest in the line; the longest variant where two start together. */
  private Optional<String> named(String line) {
    record Hit(int start, int length, String name) {}
    List<Hit> hits = new ArrayList<>();
    for (Publisher p : publishers) {
      for (Pattern v : p.variants()) {
        Matcher m = v.matcher(line);
        if (m.find()) {
          hits.add(new Hit(m.start(), m.end() - m.start(), p.name()));
        }
      }
    }
    return hits.stream()
        .min(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::length).reversed()))
        .map(Hit::name);
  }

  private Optional<String> exactly(String written) {
    for (Publisher p : publishers) {
      for (Pattern v : p.variants()) {
        if (v.matcher(written).matches()) {
          return Optional.of(p.name());
        }
      }
    }
    return Optional.empty();
  }
}
