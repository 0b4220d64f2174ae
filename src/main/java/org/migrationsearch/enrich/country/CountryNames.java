package org.migrationsearch.enrich.country;

import org.migrationsearch.enrich.ResourceLines;
import org.migrationsearch.enrich.TextTokenizer;
import org.migrationsearch.enrich.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;

/**
 * The country gazetteer ({@code gazetteer.tsv}): every ISO 3166-1 country with its English and
 * Spanish names, aliases, demonyms and capitals. Loaded once ({@link #get()}) and immutable, so
 * it is shared freely between threads.
 */
public final class CountryNames {

  /** One line of the gazetteer. */
  record Country(String code, String english, String spanish, List<CountryName> names) {}

  private static final String RESOURCE = "gazetteer.tsv";

  private final Map<String, Country> byCode;
  private final List<CountryName> blockers;
  /** Folded name (any column, markers ignored) to code, for normalising declared metadata. */
  private final Map<String, String> codeByFoldedName;

  private CountryNames(Map<String, Country> byCode, List<CountryName> blockers) {
    this.byCode = Collections.unmodifiableMap(byCode);
    this.blockers = List.copyOf(blockers);
    Map<String, String> lookup = new HashMap<>();
    for (Country c : byCode.values()) {
      for (CountryName n : c.names()) {
        lookup.putIfAbsent(foldPhrase(n.phrase()), c.code());
      }
      // ISO alpha-3 codes ("MEX", "USA") also appear in declared metadata.
      try {
        String alpha3 = new Locale("", c.code()).getISO3Country();
        if (!alpha3.isEmpty()) {
          lookup.putIfAbsent(alpha3.toLowerCase(Locale.ROOT), c.code());
        }
      } catch (MissingResourceException ignored) {
        // a code the JDK has no alpha-3 for: the alpha-2 code and names still resolve
      }
    }
    this.codeByFoldedName = Collections.unmodifiableMap(lookup);
  }

  private static final class Holder {
    static final CountryNames INSTANCE = load();
  }

  /** The gazetteer shipped with the application, read on first use. */
  public static CountryNames get() {
    return Holder.INSTANCE;
  }

  static CountryNames load() {
    try (BufferedReader in = ResourceLines.reader(CountryNames.class, RESOURCE)) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CountryNames parse(BufferedReader in) throws IOException {
    Map<String, Country> byCode = new LinkedHashMap<>();
    List<CountryName> blockers = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 3) {
        throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected at least 3 columns");
      }
      String code = cols[0].strip();
      List<CountryName> names = new ArrayList<>();
      addNames(names, code, cols, 1, CountryName.Kind.NAME);
      addNames(names, code, cols, 2, CountryName.Kind.NAME);
      addNames(names, code, cols, 3, CountryName.Kind.NAME);
      addNames(names, code, cols, 4, CountryName.Kind.DEMONYM);
      addNames(names, code, cols, 5, CountryName.Kind.CAPITAL);
      if (CountryName.NOT_A_COUNTRY.equals(code)) {
        blockers.addAll(names);
      } else {
        String english = CountryName.parse(code, cols[1], CountryName.Kind.NAME).phrase();
        String spanish = CountryName.parse(code, cols[2], CountryName.Kind.NAME).phrase();
        byCode.put(code, new Country(code, english, spanish, List.copyOf(names)));
      }
    }
    return new CountryNames(byCode, blockers);
  }

  private static void addNames(List<CountryName> out, String code, String[] cols, int col, CountryName.Kind kind) {
    if (col >= cols.length) {
      return;
    }
    for (String raw : cols[col].split("\\|")) {
      if (!raw.isBlank()) {
        out.add(CountryName.parse(code, raw, kind));
      }
    }
  }

  /**
   * The ISO code for a declared country value: a code of either length ("MX", "mex") or any
   * name, alias or demonym in either language, case and accents ignored ("méxico", "EE.UU.").
   */
  public Optional<String> toCode(String nameOrCode) {
    if (nameOrCode == null || nameOrCode.isBlank()) {
      return Optional.empty();
    }
    String trimmed = nameOrCode.strip();
    String upper = trimmed.toUpperCase(Locale.ROOT);
    if (upper.length() == 2 && byCode.containsKey(upper)) {
      return Optional.of(upper);
    }
    return Optional.ofNullable(codeByFoldedName.get(foldPhrase(trimmed)));
  }

  /** English display name for facets; the code itself when unknown. */
  public String label(String code) {
    Country c = code == null ? null : byCode.get(code.toUpperCase(Locale.ROOT));
    return c == null ? code : c.english();
  }

  Optional<Country> country(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** All ISO alpha-2 codes, in file order. */
  public Set<String> codes() {
    return byCode.keySet();
  }

  List<Country> countries() {
    return List.copyOf(byCode.values());
  }

  /** Phrases that contain a country's name but are not that country ("New Mexico"). */
  List<CountryName> blockers() {
    return blockers;
  }

  /** The folded words of a phrase joined by spaces: "EE. UU." and "EEUU" differ, "U.S." is "u s". */
  static String foldPhrase(String phrase) {
    StringBuilder sb = new StringBuilder();
    for (Token t : TextTokenizer.tokenize(phrase)) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.norm());
    }
    return sb.toString();
  }
}
