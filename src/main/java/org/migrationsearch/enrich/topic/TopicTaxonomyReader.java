package org.migrationsearch.enrich.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.migrationsearch.enrich.ResourceLines;

/** Parses the tab-separated taxonomy format described at the top of {@code topics.tsv}. */
final class TopicTaxonomyReader {

  /** The optional fourth field of a cue line: that cue counts only near a migration word. */
  static final String MIGRATION_CONTEXT = Topic.Option.MIGRATION.key();

  private TopicTaxonomyReader() {}

  static List<Topic> readResource(String resource) {
    try (BufferedReader reader = ResourceLines.reader(TopicTaxonomyReader.class, resource)) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Topic> read(BufferedReader reader) throws IOException {
    List<Topic> topics = new ArrayList<>();
    PendingTopic current = null;
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f[0].equals("topic")) {
        require(f.length == 5 || f.length == 6, lineNo,
            "topic line needs slug, English label, Spanish label, factor and optionally options");
        if (current != null) {
          topics.add(current.build());
        }
        current = new PendingTopic(f[1].trim(), f[2].trim(), f[3].trim(), parse(f[4], lineNo),
            f.length == 6 ? options(f[5], lineNo) : Set.of());
      } else {
        require(f.length == 3 || (f.length == 4 && f[3].trim().equals(MIGRATION_CONTEXT)), lineNo,
            "cue line needs language, weight, phrase and optionally \"" + MIGRATION_CONTEXT + "\"");
        require(current != null, lineNo, "cue before any topic line");
        current.cues.add(new Topic.Cue(f[0].trim(), parse(f[1], lineNo), f[2].trim(), f.length == 4));
      }
    }
    if (current != null) {
      topics.add(current.build());
    }
    return topics;
  }

  /** Space-separated option names, e.g. "migration figures main". */
  private static Set<Topic.Option> options(String field, int lineNo) {
    Set<Topic.Option> out = EnumSet.noneOf(Topic.Option.class);
    for (String name : field.trim().split(" +")) {
      Topic.Option option = null;
      for (Topic.Option o : Topic.Option.values()) {
        if (o.key().equals(name)) {
          option = o;
        }
      }
      require(option != null, lineNo, "unknown topic option \"" + name + "\"");
      out.add(option);
    }
    return out;
  }

  private static double parse(String number, int lineNo) {
    try {
      return Double.parseDouble(number.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("topics.tsv line " + lineNo + ": not a number: " + number, e);
    }
  }

  private static void require(boolean ok, int lineNo, String message) {
    if (!ok) {
      throw new IllegalArgumentException("topics.tsv line " + lineNo + ": " + message);
    }
  }

  private static final class PendingTopic {
    final String slug;
    final String labelEn;
    final String labelEs;
    final double factor;
    final Set<Topic.Option> options;
    final List<Topic.Cue> cues = new ArrayList<>();

    PendingTopic(String slug, String labelEn, String labelEs, double factor, Set<Topic.Option> options) {
      this.options = options;
      this.slug = slug;
      this.labelEn = labelEn;
      this.labelEs = labelEs;
      this.factor = factor;
    }

    Topic build() {
      return new Topic(slug, labelEn, labelEs, factor, cues, options);
    }
  }
}
