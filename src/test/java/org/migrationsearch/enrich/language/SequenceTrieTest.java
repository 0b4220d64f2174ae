package org.migrationsearch.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migrationsearch.enrich.ResourceLines;

/** One pass of the trie counts what one search per sequence counted. */
class SequenceTrieTest {

  @Test
  void overlapsAndPrefixesAllCount() {
    SequenceTrie trie = new SequenceTrie(List.of("aa", "a", "_th", "_the_", "ción_"));
    assertThat(occurrences(trie, "_aaa_the_thin_acción_")).containsExactly(2, 4, 2, 1, 1);
    assertThat(occurrences(trie, "")).containsExactly(0, 0, 0, 0, 0);
  }

  @Test
  void anEmptyOrRepeatedSequenceIsRefused() {
    assertThatThrownBy(() -> new SequenceTrie(List.of(""))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SequenceTrie(List.of("ab", "ab"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBundledCuesCountAsSearchingEachOverTheBundledCorpus() throws IOException {
    List<String> sequences = new ArrayList<>();
    for (String line : ResourceLines.read(LanguageDetector.class, "language-profiles.txt")) {
      String[] f = line.split("\\s+");
      if (f[1].equals("seq") && !sequences.contains(f[2].toLowerCase(java.util.Locale.ROOT))) {
        sequences.add(f[2].toLowerCase(java.util.Locale.ROOT));
      }
    }
    assertThat(sequences).hasSizeGreaterThan(20);
    SequenceTrie trie = new SequenceTrie(sequences);
    int total = 0;
    try (Stream<Path> files = Files.walk(Path.of("corpus"))) {
      for (Path f : files.filter(p -> p.toString().matches(".*\\.(txt|md|html)$")).sorted().toList()) {
        String letters = LanguageDetector.withBoundaries(Files.readString(f));
        int[] counts = occurrences(trie, letters);
        for (int q = 0; q < sequences.size(); q++) {
          assertThat(counts[q]).as(f + " " + sequences.get(q)).isEqualTo(searchEach(letters, sequences.get(q)));
          total += counts[q];
        }
      }
    }
    assertThat(total).isGreaterThan(1000);
  }

  @Test
  void boundariesAreThoseOfTheUnicodeTables() throws IOException {
    StringBuilder every = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      every.append((char) c).append(c % 7 == 0 ? " " : "");
    }
    List<String> texts = new ArrayList<>(List.of(every.toString(), "", " ", "a", "¿Qué?", "l’État"));
    try (Stream<Path> files = Files.walk(Path.of("corpus"))) {
      for (Path f : files.filter(p -> p.toString().matches(".*\\.(txt|md|html)$")).sorted().toList()) {
        texts.add(Files.readString(f));
      }
    }
    for (String text : texts) {
      assertThat(LanguageDetector.withBoundaries(text)).isEqualTo(boundariesWithTables(text));
    }
  }

  private static int[] occurrences(SequenceTrie trie, String text) {
    SequenceTrie.Count count = trie.count();
    text.chars().forEach(count);
    return count.occurrences();
  }

  /** withBoundaries as it was written before the ASCII shortcut. */
  private static String boundariesWithTables(String raw) {
    String lower = raw.toLowerCase(java.util.Locale.ROOT);
    StringBuilder out = new StringBuilder().append('_');
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetter(c) || c == '\'' || c == '’' || c == '¿' || c == '¡') {
        out.append(c);
      } else if (out.charAt(out.length() - 1) != '_') {
        out.append('_');
      }
    }
    if (out.charAt(out.length() - 1) != '_') {
      out.append('_');
    }
    return out.toString();
  }

  /** The way the detector counted before the trie: one search per sequence, stepping one char. */
  private static int searchEach(String haystack, String needle) {
    int count = 0;
    for (int from = haystack.indexOf(needle); from >= 0; from = haystack.indexOf(needle, from + 1)) {
      count++;
    }
    return count;
  }
}
