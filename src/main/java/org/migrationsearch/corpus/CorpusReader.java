package org.migrationsearch.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.migrationsearch.config.AppConfig;
import org.migrationsearch.corpus.html.HtmlFileReader;
import org.migrationsearch.corpus.text.TextFileReader;

/**
 * Turns the files of a corpus folder into documents. Listing and reading are separate so that
 * the indexer can read files on several threads; reading never throws for a bad file, it
 * reports it as skipped with its path and reason.
 */
public final class CorpusReader {

  /** Larger files are almost certainly not documents (archives, disk images). */
  static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  /**
   * Longer document texts are skipped with a reason: enriching and indexing one document costs
   * several times its size in heap, and one runaway file must not take the whole run down.
   */
  public static final int MAX_TEXT_CHARS = 5_000_000;

  private final Path root;
  private final HtmlFileReader htmlFiles = new HtmlFileReader();
  private final PagedFiles pagedFiles;

  public CorpusReader(Path root) {
    this(root, AppConfig.DEFAULT_FILE_TIME_LIMIT);
  }

  /** @param fileTimeLimit how long one PDF may take before it is skipped as taking too long */
  public CorpusReader(Path root, Duration fileTimeLimit) {
    this.root = root.toAbsolutePath().normalize();
    this.pagedFiles = new PagedFiles(fileTimeLimit);
  }

  public Path root() {
    return root;
  }

  /**
   * Every readable regular file under the root, hidden files and folders excepted, in path order,
   * and what the walk passed over; see {@link CorpusWalker} for how links are treated.
   */
  public CorpusListing list() throws IOException {
    return CorpusWalker.walk(root);
  }

  /** The files of {@link #list()} alone. */
  public List<Path> listFiles() throws IOException {
    return list().files();
  }

  /** The path relative to the corpus folder, with '/' on every platform. */
  public String relativePath(Path file) {
    return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  public FileReadResult read(Path file) {
    String path = relativePath(file);
    String ext = extension(path);
    if (!isSupported(ext)) {
      return FileReadResult.skip(path, SkippedFile.Kind.UNSUPPORTED_TYPE,
          ext.isEmpty() ? "unsupported file type (no extension)" : "unsupported file type ." + ext);
    }
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return FileReadResult.skip(path, SkippedFile.Kind.TOO_LARGE,
            "file too large (" + size / (1024 * 1024) + " MB; the limit is " + MAX_FILE_BYTES / (1024 * 1024) + " MB)");
      }
      // UTF-8 needs at most four bytes a character, so a plain text this large is over the cap
      // whatever it holds: refused before it is read into memory.
      if ((ext.equals("txt") || ext.equals("md") || ext.equals("markdown")) && size > 4L * MAX_TEXT_CHARS) {
        return FileReadResult.skip(path, SkippedFile.Kind.TOO_LARGE, String.format(Locale.ROOT,
            "text too long (%,d bytes; the limit is %,d characters per document)", size, MAX_TEXT_CHARS));
      }
      if (PagedFiles.handles(ext)) {
        return FileReadResult.of(pagedFiles.read(file, stripExtension(path), path, ext));
      }
      String content = TextDecoding.decode(Files.readAllBytes(file));
      if (content.isBlank()) {
        return FileReadResult.skip(path, SkippedFile.Kind.EMPTY, "only whitespace");
      }
      String id = stripExtension(path);
      return switch (ext) {
        case "md", "markdown" -> FileReadResult.of(TextFileReader.read(id, path, content, true));
        case "txt" -> FileReadResult.of(TextFileReader.read(id, path, content, false));
        case "json" -> FileReadResult.of(JsonDocumentReader.readObject(id, path, content));
        case "jsonl", "ndjson" -> JsonDocumentReader.readLines(path, content);
        case "html", "htm" -> FileReadResult.of(htmlFiles.read(id, path, content));
        default -> throw new IllegalStateException("unhandled extension " + ext);
      };
    } catch (CorpusFileException e) {
      return FileReadResult.skip(path, e.kind(), e.getMessage());
    } catch (java.nio.file.AccessDeniedException e) {
      return FileReadResult.skip(path, SkippedFile.Kind.PERMISSION_DENIED, "permission denied");
    } catch (IOException e) {
      return FileReadResult.skip(path, SkippedFile.Kind.UNREADABLE, "cannot read: " + e.getMessage());
    } catch (RuntimeException e) {
      // A reader bug on one odd file must not stop the whole corpus; report it as that file's failure.
      return FileReadResult.skip(path, SkippedFile.Kind.MALFORMED, "could not be parsed: " + e);
    }
  }

  static boolean isSupported(String ext) {
    return switch (ext) {
      case "md", "markdown", "txt", "json", "jsonl", "ndjson", "html", "htm" -> true;
      default -> PagedFiles.handles(ext);
    };
  }

  static String extension(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash + 1 ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  static String stripExtension(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash + 1 ? path.substring(0, dot) : path;
  }
}
