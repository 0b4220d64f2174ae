package org.migrationsearch.enrich.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationsearch.enrich.TextLines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationsearch.enrich.ResourceLines;

class SourceDetectorTest {

  private final SourceDetector detector = SourceDetector.instance();

  @ParameterizedTest(name = "{1} <- {0}")
  @CsvSource(delimiter = '|', value = {
    "Officials met on Friday.\\nCopyright \u00a9 2024 ABC News Internet Ventures. | ABC News",
    "MEXICO CITY (Reuters) \u2014 Mexico said on Monday it would expand visas. | Reuters",
    "By Ana P\u00e9rez, Associated Press\\nThe talks ended late on Tuesday. | Associated Press",
    "La canciller\u00eda inform\u00f3 sobre el acuerdo.\\nFuente: Secretar\u00eda de Relaciones Exteriores | Secretar\u00eda de Relaciones Exteriores",
    "The agency counted new arrivals in the region this year.\\nSource: UNHCR | UNHCR",
  })
  void aCreditNamesThePublisher(String text, String publisher) {
    assertThat(detector.detect(text.replace("\\n", "\n"))).contains(publisher);
  }

  @Test
  void aPublisherTheTextTalksAboutIsNotItsSource() {
    String text = "Senior officials said the White House would announce new measures. According to the "
        + "State Department and to figures from UNHCR, arrivals rose sharply during the spring and the "
        + "agencies expect further increases.\nThe measures take effect next month.";
    assertThat(detector.detect(text)).isEmpty();
  }

  @Test
  void aLegalSubsectionMarkIsNoCopyright() {
    String text = "(a) Inspection and examination by Department of Homeland Security\n"
        + "(c) Coordination: the Department of Homeland Security shall report each year to the Congress on "
        + "the number of refugees whose status was adjusted under this section.";
    assertThat(detector.detect(text)).isEmpty();
  }

  @Test
  void anUnknownPublisherGivesNothing() {
    assertThat(detector.detect("Copyright 2024 Some Local Gazette. All rights reserved.")).isEmpty();
    assertThat(detector.detect("")).isEmpty();
  }

  @Test
  void everyListedPublisherHasANameAndVariants() {
    List<String> lines = ResourceLines.read(SourceDetector.class, "publishers.tsv");
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      String[] cols = line.split("\t");
      assertThat(cols).as(line).hasSize(2);
      assertThat(cols[1].split("\\|")).as(line).allSatisfy(v -> assertThat(v.strip()).isNotEmpty());
    }
  }
  /**
   * Without a copyright mark only the opening and closing lines are read, from both ends of the
   * text; they must be the lines a split of the whole text gives, however the text breaks.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "one",
    "one\\ntwo",
    "\\n\\n  one  \\r\\n\\r\\ntwo\\rthree\\n\\n",
    "1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\n11\\n12",
    "1\\n2\\n\\n 3 \\n4\\r\\n5\\n6\\n7\\n",
    "'   '",
  })
  void openingAndClosingLinesAreThoseOfTheWholeSplit(String escaped) {
    String text = escaped.replace("\\r", "\r").replace("\\n", "\n");
    List<String> all = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    assertThat(TextLines.first(text, 3, TextLines.Breaks.NEWLINES)).isEqualTo(all.subList(0, Math.min(3, all.size())));
    assertThat(TextLines.last(text, 6, TextLines.Breaks.NEWLINES)).isEqualTo(all.subList(Math.max(0, all.size() - 6), all.size()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Copyright 2024 ABC News | true",
    "COPYRIGHT reserved | true",
    "all rights \u00a9 2023 | true",
    "copyrigh and copy right | false",
    "a text about copies | false",
  })
  void aCopyrightMarkIsFoundAsThePatternFindsIt(String text, boolean marked) {
    assertThat(SourceDetector.mentionsCopyright(text)).isEqualTo(marked);
  }
}
