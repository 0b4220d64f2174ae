package org.migrationsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationsearch.testing.Fixtures;

/** Entries that are not documents are reported by kind instead of being read (or hanging). */
class CorpusWalkerTest {

  @TempDir Path dir;

  private CorpusListing list() throws Exception {
    return new CorpusReader(dir).list();
  }

  private SkippedFile skippedAt(CorpusListing listing, String path) {
    return listing.skipped().stream().filter(s -> s.path().equals(path)).findFirst().orElseThrow(
        () -> new AssertionError(path + " not reported in " + listing.skipped()));
  }

  @Test
  void namedPipesAreReportedNotRead() throws Exception {
    Fixtures.write(dir, "a.md", "A\n\ntext");
    Process p = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start();
    assumeTrue(p.waitFor() == 0, "mkfifo is not available");
    CorpusListing listing = list();
    assertThat(listing.files()).extracting(f -> dir.relativize(f).toString()).containsExactly("a.md");
    SkippedFile s = skippedAt(listing, "pipe.txt");
    assertThat(s.kind()).isEqualTo(SkippedFile.Kind.NOT_A_FILE);
    assertThat(s.reason()).isEqualTo("not a regular file (named pipe)");
  }

  @Test
  void socketsAreReportedNotRead() throws Exception {
    Fixtures.write(dir, "a.md", "A\n\ntext");
    try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      socket.bind(UnixDomainSocketAddress.of(dir.resolve("app.sock")));
      SkippedFile s = skippedAt(list(), "app.sock");
      assertThat(s.reason()).isEqualTo("not a regular file (socket)");
    }
  }

  @Test
  void unreadableFilesAndFoldersAreReportedAsPermissionDenied() throws Exception {
    assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every file");
    Path secret = Fixtures.write(dir, "secret.md", "S\n\ntext");
    Path folder = Files.createDirectories(dir.resolve("locked"));
    Fixtures.write(folder, "inside.md", "I\n\ntext");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
    try {
      CorpusListing listing = list();
      assertThat(skippedAt(listing, "secret.md").reason()).isEqualTo("permission denied");
      assertThat(skippedAt(listing, "locked").kind()).isEqualTo(SkippedFile.Kind.PERMISSION_DENIED);
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aRootThatIsAFileIsAnError() throws Exception {
    Path file = Fixtures.write(dir, "a.md", "A\n\ntext");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CorpusReader(file).list())
        .hasMessageContaining("not a folder");
  }
}
