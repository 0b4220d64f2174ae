package org.migrationsearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test corpora: the checked-in fixture and small ones written on the fly. */
public final class Fixtures {

  /** Files in the checked-in fixture corpus, and what reading it gives. */
  public static final int FIXTURE_FILES = 8;
  public static final int FIXTURE_DOCUMENTS = 9;
  public static final int FIXTURE_SKIPPED = 1;

  private Fixtures() {}

  public static Path fixtureCorpus() {
    try {
      return Path.of(Fixtures.class.getResource("/fixture-corpus").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A copy of the fixture corpus under {@code dir}, for tests that change files. */
  public static Path copyOfFixtureCorpus(Path dir) {
    Path src = fixtureCorpus();
    try (Stream<Path> files = Files.walk(src)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = dir.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path write(Path dir, String relative, String content) {
    return write(dir, relative, content.getBytes(StandardCharsets.UTF_8));
  }

  public static Path write(Path dir, String relative, byte[] content) {
    try {
      Path p = dir.resolve(relative);
      Files.createDirectories(p.getParent());
      return Files.write(p, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Markdown document with front matter declaring everything, so no detection is needed. */
  public static String markdown(String title, String date, String language, String countries, String topics, String body) {
    return "---\ntitle: " + title + "\ndate: " + date + "\nlanguage: " + language + "\ntype: article\nsource: Fixture"
        + "\ncountries: [" + countries + "]\ntopics: [" + topics + "]\n---\n" + body + "\n";
  }
}
