package org.migrationsearch.search.facets;

import java.util.Locale;
import org.migrationsearch.enrich.country.CountryNames;
import org.migrationsearch.enrich.topic.Topics;
import org.migrationsearch.index.IndexSchema;

/** Human labels for facet values: country names for codes, readable topic and type names. */
public final class FacetLabels {

  private static final Topics TOPICS = Topics.standard();
  private static final CountryNames COUNTRIES = CountryNames.get();

  private FacetLabels() {}

  public static String label(String dim, String value) {
    return switch (dim) {
      case IndexSchema.FACET_COUNTRY -> countryName(value);
      case IndexSchema.FACET_LANGUAGE -> languageName(value);
      case IndexSchema.FACET_TOPIC -> TOPICS.isSlug(value) ? TOPICS.label(value) : humanize(value);
      case IndexSchema.FACET_TYPE -> humanize(value);
      default -> value;
    };
  }

  public static String countryName(String code) {
    if (COUNTRIES.codes().contains(code)) {
      return COUNTRIES.label(code);
    }
    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    return name.isBlank() || name.equals(code) ? code : name;
  }

  public static String languageName(String code) {
    if ("und".equals(code)) {
      return "Undetermined";
    }
    String name = new Locale(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isBlank() ? code : name;
  }

  /** "border-enforcement" reads "Border enforcement". */
  static String humanize(String slug) {
    String s = slug.replace('-', ' ');
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
