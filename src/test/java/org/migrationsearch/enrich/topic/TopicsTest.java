package org.migrationsearch.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTest {

  private static final List<String> CONTRACT_SLUGS =
      List.of(
          "asylum", "refugees", "border-enforcement", "labor-migration", "legal-pathways",
          "root-causes", "irregular-migration", "returns-deportation", "detention",
          "humanitarian-parole", "integration", "trafficking-smuggling", "regional-cooperation",
          "climate-displacement", "family-reunification", "visas", "citizenship",
          "development-aid", "data-statistics");

  private final Topics topics = Topics.standard();

  @Test
  void taxonomyHoldsExactlyTheContractSlugs() {
    assertThat(topics.slugs()).containsExactlyInAnyOrderElementsOf(CONTRACT_SLUGS);
  }

  @Test
  void everyTopicHasEnglishAndSpanishLabelsAndCues() {
    for (Topic t : topics.all()) {
      assertThat(t.labelEn()).as(t.slug()).isNotBlank();
      assertThat(t.labelEs()).as(t.slug()).isNotBlank();
      assertThat(t.cues()).as(t.slug() + " English cues").anyMatch(c -> c.language().equals("en") && c.weight() > 0);
      assertThat(t.cues()).as(t.slug() + " Spanish cues").anyMatch(c -> c.language().equals("es") && c.weight() > 0);
      assertThat(t.thresholdFactor()).as(t.slug()).isPositive();
    }
  }

  @Test
  void labelsAreHumanReadable() {
    assertThat(topics.label("border-enforcement")).isEqualTo("Border enforcement");
    assertThat(topics.labelEs("asylum")).isEqualTo("Asilo");
  }

  @Test
  void declaredValuesAreNormalisedToSlugs() {
    assertThat(topics.normalize("Border Enforcement")).contains("border-enforcement");
    assertThat(topics.normalize("border_enforcement")).contains("border-enforcement");
    assertThat(topics.normalize("  ASYLUM ")).contains("asylum");
    assertThat(topics.normalize("Migración laboral")).contains("labor-migration");
    assertThat(topics.normalize("space travel")).isEmpty();
    assertThat(topics.normalize(null)).isEmpty();
  }

  @Test
  void normalizeAllDropsUnknownsAndDuplicates() {
    assertThat(topics.normalizeAll(List.of("Visas", "visas", "nonsense", "Data and statistics")))
        .containsExactly("visas", "data-statistics");
  }

  @Test
  void slugCheckIsExact() {
    assertThat(topics.isSlug("detention")).isTrue();
    assertThat(topics.isSlug("Detention")).isFalse();
    assertThat(topics.isSlug(null)).isFalse();
    assertThatThrownBy(() -> topics.label("nope")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void standardTaxonomyIsLoadedOnce() {
    assertThat(Topics.standard()).isSameAs(topics);
  }

  /** The optional sixth field of a topic line binds its cues to migration context. */
  @Test
  void migrationContextFlagIsRead() throws java.io.IOException {
    String tsv = "topic\tx\tX\tX\t1.0\tmigration\nen\t1\tdrought\ntopic\ty\tY\tY\t1.0\nen\t1\tvisa\n";
    List<Topic> read = TopicTaxonomyReader.read(new java.io.BufferedReader(new java.io.StringReader(tsv)));
    assertThat(read.get(0).needsMigrationContext()).isTrue();
    assertThat(read.get(1).needsMigrationContext()).isFalse();
    assertThat(topics.topic("climate-displacement").needsMigrationContext()).isTrue();
    assertThat(topics.topic("data-statistics").needsMigrationContext()).isTrue();
    assertThat(topics.topic("asylum").needsMigrationContext()).isFalse();
  }

  /** The sixth field of a topic line holds options by name; an unknown name is an error. */
  @Test
  void topicOptionsAreRead() throws java.io.IOException {
    String tsv = "topic\tx\tX\tX\t1.0\tmigration figures main\nen\t1\tdata\n";
    Topic x = TopicTaxonomyReader.read(new java.io.BufferedReader(new java.io.StringReader(tsv))).get(0);
    assertThat(x.options()).containsExactlyInAnyOrder(Topic.Option.MIGRATION, Topic.Option.FIGURES, Topic.Option.MAIN);
    assertThat(topics.topic("data-statistics").countsFigures()).isTrue();
    assertThat(topics.topic("data-statistics").mainSubjectOnly()).isTrue();
    assertThat(topics.topic("asylum").options()).isEmpty();
    assertThatThrownBy(() -> TopicTaxonomyReader.read(new java.io.BufferedReader(
        new java.io.StringReader("topic\tx\tX\tX\t1.0\tmigration sometimes\n"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The optional fourth field of a cue line binds that cue alone to migration context. */
  @Test
  void cueMigrationContextFlagIsRead() throws java.io.IOException {
    String tsv = "topic\tx\tX\tX\t1.0\nen\t1\tcooperation\tmigration\nen\t3\tjoint declaration\n";
    List<Topic.Cue> cues = TopicTaxonomyReader.read(new java.io.BufferedReader(new java.io.StringReader(tsv)))
        .get(0).cues();
    assertThat(cues.get(0).needsMigrationContext()).isTrue();
    assertThat(cues.get(1).needsMigrationContext()).isFalse();
    assertThatThrownBy(() -> TopicTaxonomyReader.read(new java.io.BufferedReader(
        new java.io.StringReader("topic\tx\tX\tX\t1.0\nen\t1\tcooperation\tsometimes\n"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Climate displacement is anchored by a causal sentence; the option is read by name. */
  @Test
  void anchoredOptionIsRead() throws java.io.IOException {
    String tsv = "topic\tx\tX\tX\t1.0\tmigration anchored\nen\t1\tdrought\n";
    Topic x = TopicTaxonomyReader.read(new java.io.BufferedReader(new java.io.StringReader(tsv))).get(0);
    assertThat(x.anchoredByCause()).isTrue();
    assertThat(topics.topic("climate-displacement").anchoredByCause()).isTrue();
    assertThat(topics.topic("data-statistics").anchoredByCause()).isFalse();
  }

  /** The words of cause the anchored topics rely on: present, single words or short phrases. */
  @Test
  void causeCuesAreShortPhrases() {
    List<String> cues = org.migrationsearch.enrich.ResourceLines.read(TopicDetector.class, "cause-cues.txt");
    assertThat(cues).contains("consequence", "lead to", "forced to", "causa");
    assertThat(cues).allSatisfy(c -> assertThat(c.split(" ")).hasSizeLessThanOrEqualTo(3));
    assertThat(cues).doesNotHaveDuplicates().doesNotContain("forced", "migration");
  }
}
