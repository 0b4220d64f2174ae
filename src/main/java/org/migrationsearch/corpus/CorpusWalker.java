package org.migrationsearch.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the files of a corpus folder. A root given as a symbolic link is followed: a corpus
 * kept on another disk and linked into place must not read as empty and wipe the index. Inside
 * the corpus, links are followed when their target stays inside it, so a link can never pull in
 * a home folder; links that leave it, dangling links and loops are reported, as are named pipes,
 * sockets and devices (reading one would block or never end) and folders or files the process
 * may not read.
 */
final class CorpusWalker {

  private final Path root;
  private final Path realRoot;
  private final List<Path> files = new ArrayList<>();
  private final List<SkippedFile> skipped = new ArrayList<>();

  private CorpusWalker(Path root, Path realRoot) {
    this.root = root;
    this.realRoot = realRoot;
  }

  /** @throws IOException when the root is missing, not a folder or cannot be listed */
  static CorpusListing walk(Path root) throws IOException {
    if (!Files.exists(root)) {
      throw new NoSuchFileException(root.toString(), null, "corpus folder not found");
    }
    if (!Files.isDirectory(root)) {
      throw new IOException("the corpus is not a folder: " + root);
    }
    CorpusWalker walker = new CorpusWalker(root, root.toRealPath());
    Set<Path> ancestors = new HashSet<>();
    ancestors.add(walker.realRoot);
    try {
      walker.visitFolder(root, ancestors);
    } catch (AccessDeniedException e) {
      throw new IOException("permission denied: cannot list the corpus folder " + root, e);
    }
    walker.files.sort(null);
    walker.skipped.sort(java.util.Comparator.comparing(SkippedFile::path));
    return new CorpusListing(walker.files, walker.skipped);
  }

  private void visitFolder(Path dir, Set<Path> ancestors) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entries::add);
    }
    entries.sort(null);
    for (Path entry : entries) {
      if (entry.getFileName().toString().startsWith(".")) {
        continue;
      }
      visit(entry, ancestors);
    }
  }

  private void visit(Path entry, Set<Path> ancestors) {
    BasicFileAttributes own;
    try {
      own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      skip(entry, SkippedFile.Kind.UNREADABLE, "cannot read: " + reason(e));
      return;
    }
    Path real = entry;
    BasicFileAttributes attrs = own;
    if (own.isSymbolicLink()) {
      try {
        real = entry.toRealPath();
        attrs = Files.readAttributes(real, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        skip(entry, SkippedFile.Kind.LINK, "dangling symbolic link (its target does not exist)");
        return;
      } catch (FileSystemException e) {
        skip(entry, SkippedFile.Kind.LINK, "symbolic link cannot be followed: " + reason(e));
        return;
      } catch (IOException e) {
        skip(entry, SkippedFile.Kind.LINK, "symbolic link cannot be followed: " + reason(e));
        return;
      }
      if (!real.startsWith(realRoot)) {
        skip(entry, SkippedFile.Kind.LINK, "symbolic link to a location outside the corpus folder");
        return;
      }
    }
    if (attrs.isDirectory()) {
      Path realDir = own.isSymbolicLink() ? real : realOf(entry);
      if (realDir == null || ancestors.contains(realDir)) {
        skip(entry, SkippedFile.Kind.LINK, "symbolic link loop (leads back to a folder that contains it)");
        return;
      }
      Set<Path> deeper = new HashSet<>(ancestors);
      deeper.add(realDir);
      try {
        visitFolder(entry, deeper);
      } catch (AccessDeniedException e) {
        skip(entry, SkippedFile.Kind.PERMISSION_DENIED, "permission denied (folder cannot be listed)");
      } catch (IOException e) {
        skip(entry, SkippedFile.Kind.UNREADABLE, "folder cannot be listed: " + reason(e));
      }
    } else if (attrs.isRegularFile()) {
      if (!Files.isReadable(entry)) {
        skip(entry, SkippedFile.Kind.PERMISSION_DENIED, "permission denied");
      } else {
        files.add(entry);
      }
    } else {
      skip(entry, SkippedFile.Kind.NOT_A_FILE, "not a regular file (" + specialKind(real) + ")");
    }
  }

  private static Path realOf(Path dir) {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return null;
    }
  }

  /** Unix file-type bits, where the platform exposes them; only used to word the reason. */
  private static String specialKind(Path p) {
    try {
      int mode = (Integer) Files.getAttribute(p, "unix:mode");
      return switch (mode & 0170000) {
        case 0010000 -> "named pipe";
        case 0140000 -> "socket";
        case 0020000, 0060000 -> "device";
        default -> "special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return "special file";
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  private void skip(Path entry, SkippedFile.Kind kind, String reason) {
    String path = root.relativize(entry).toString().replace('\\', '/');
    skipped.add(new SkippedFile(path, kind, reason));
  }
}
