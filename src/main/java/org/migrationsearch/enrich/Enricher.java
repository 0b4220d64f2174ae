package org.migrationsearch.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.corpus.LabelReason;
import org.migrationsearch.corpus.LabelReasons;
import org.migrationsearch.enrich.country.CountryDetector;
import org.migrationsearch.enrich.country.CountryNames;
import org.migrationsearch.enrich.date.DateDetector;
import org.migrationsearch.enrich.language.LanguageDetector;
import org.migrationsearch.enrich.source.SourceDetector;
import org.migrationsearch.enrich.topic.TopicDetector;
import org.migrationsearch.enrich.topic.Topics;
import org.migrationsearch.enrich.type.TypeDetector;

/**
 * Completes a document: declared metadata is normalised and always wins; what is missing is
 * detected from the title and text, which are tokenized once for every detector.
 */
public final class Enricher implements DocumentEnricher {

  private final LanguageDetector languages;
  private final TypeDetector types;
  private final DateDetector dates;
  private final Topics topicTaxonomy;
  private final TopicDetector topics;
  private final MetadataNormalizer normalizer;
  private final CountryNames countryNames;
  private final CountryDetector countries;
  private final SourceDetector sources = SourceDetector.instance();

  public Enricher(LanguageDetector languages, TypeDetector types, DateDetector dates, TopicDetector topics,
      CountryDetector countries, CountryNames countryNames, MetadataNormalizer normalizer) {
    this.countries = countries;
    this.countryNames = countryNames;
    this.languages = languages;
    this.types = types;
    this.dates = dates;
    this.topicTaxonomy = topics.topics();
    this.topics = topics;
    this.normalizer = normalizer;
  }

  /** The detectors with their bundled data, loaded once. */
  public static Enricher standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Enricher STANDARD = new Enricher(LanguageDetector.fromBundledProfiles(),
        TypeDetector.fromBundledCues(), DateDetector.instance(), TopicDetector.standard(),
        new CountryDetector(), CountryNames.get(), MetadataNormalizer.instance());
  }

  @Override
  public Document enrich(Document d) {
    // Tokenised only when some label is left to detect: a corpus that declares every label
    // pays nothing for the detectors.
    Supplier<AnalyzedText> text = new Supplier<>() {
      private AnalyzedText analyzed;

      @Override
      public AnalyzedText get() {
        if (analyzed == null) {
          analyzed = AnalyzedText.of(d.title(), d.text());
        }
        return analyzed;
      }
    };
    String language = declared(d.language(), normalizer::normalizeLanguage)
        .orElseGet(() -> languages.detect(text.get()));
    String type = declared(d.type(), normalizer::normalizeType).orElseGet(() -> types.detect(text.get()));
    String date = declared(d.date(), normalizer::normalizeDate).orElseGet(() -> dates.detect(text.get()).orElse(null));
    String source = d.source() != null && !d.source().isBlank()
        ? d.source() : sources.detect(d.text()).orElse(null);
    Labels topicLabels = labels(d.topics(), this::normalizedTopics, () -> {
      TopicDetector.Detection detected = topics.detectAndExplain(text.get());
      return new Labels(detected.slugs(), detected.reasons());
    });
    Labels countryLabels = labels(d.countries(), this::normalizedCountries, () -> {
      CountryDetector.Detection detected = countries.detectAndExplain(text.get());
      return new Labels(detected.codes(), detected.reasons());
    });
    LabelReasons reasons = new LabelReasons(countryLabels.reasons(), topicLabels.reasons());
    return new Document(d.id(), d.path(), d.title(), date, source, d.url(), type, language,
        countryLabels.values(), topicLabels.values(), d.text(), reasons);
  }

  /** A document's values of one label (countries or topics) and why each was assigned. */
  private record Labels(List<String> values, List<LabelReason> reasons) {}

  /** The declared values, normalised and marked declared; detected only when none is declared. */
  private static Labels labels(List<String> declared, UnaryOperator<List<String>> normalize, Supplier<Labels> detect) {
    if (declared.isEmpty()) {
      return detect.get();
    }
    List<String> values = normalize.apply(declared);
    return new Labels(values, declared(values));
  }

  private static List<LabelReason> declared(List<String> values) {
    return values.stream().map(LabelReason::declared).toList();
  }

  private List<String> normalizedCountries(List<String> declared) {
    List<String> out = new ArrayList<>();
    for (String c : declared) {
      countryNames.toCode(c).filter(code -> !out.contains(code)).ifPresent(out::add);
    }
    return out;
  }

  private List<String> normalizedTopics(List<String> declared) {
    List<String> out = new ArrayList<>();
    for (String t : declared) {
      topicTaxonomy.normalize(t).filter(s -> !out.contains(s)).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<String> declared(String value, java.util.function.Function<String, Optional<String>> normalize) {
    return value == null || value.isBlank() ? Optional.empty() : normalize.apply(value);
  }
}
