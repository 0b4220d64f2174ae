package org.migrationsearch.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.migrationsearch.config.ReadLimits;
import org.migrationsearch.corpus.html.HtmlFileReader;
import org.migrationsearch.corpus.text.TextFileReader;

/**
 * Turns the files of a corpus folder into documents. Listing and reading are separate so that
 * the indexer can read files on several threads; reading never throws for a bad file, it
 * reports it as skipped with its path and reason.
 */
public final class CorpusReader {

  /**
   * Longer document texts are skipped with a reason: enriching and indexing one document costs
   * several times its size in heap, and one runaway file must not take the whole run down.
   */
  public static final int MAX_TEXT_CHARS = 5_000_000;

  private final Path root;
  private final HtmlFileReader htmlFiles = new HtmlFileReader();
  private final PagedFiles pagedFiles;
  private final ReadLimits limits;

  public CorpusReader(Path root) {
    this(root, ReadLimits.DEFAULT);
  }

  public CorpusReader(Path root, ReadLimits limits) {
    this.root = root.toAbsolutePath().normalize();
    this.limits = limits;
    this.pagedFiles = new PagedFiles(limits.fileTime());
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

  /** A file's documents and skips, all at once; {@link #read(Path, DocumentSink)} streams them. */
  public FileReadResult read(Path file) {
    List<Document> documents = new ArrayList<>();
    List<SkippedFile> skipped = new ArrayList<>();
    try {
      read(file, new DocumentSink() {
        @Override
        public void document(Document d) {
          documents.add(d);
        }

        @Override
        public void skipped(SkippedFile s) {
          skipped.add(s);
        }
      });
    } catch (IOException e) {
      throw new IllegalStateException("a list does not fail", e);
    }
    return new FileReadResult(documents, skipped);
  }

  /**
   * Hands the file's documents to {@code sink} as they are read, and its skips: a bad line or
   * element of a {@code .jsonl} or {@code .json} file alone, or the whole file with its reason.
   * Reading never throws for a bad file; only the sink's own failures come out.
   */
  public void read(Path file, DocumentSink sink) throws IOException {
    String path = relativePath(file);
    SinkGuard guard = new SinkGuard(sink);
    try {
      readInto(file, path, guard);
    } catch (SinkFailure e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw (RuntimeException) e.getCause();
    } catch (CorpusFileException e) {
      guard.skipped(new SkippedFile(path, e.kind(), e.getMessage()));
    } catch (java.nio.file.AccessDeniedException e) {
      guard.skipped(new SkippedFile(path, SkippedFile.Kind.PERMISSION_DENIED, "permission denied"));
    } catch (IOException e) {
      guard.skipped(new SkippedFile(path, SkippedFile.Kind.UNREADABLE, "cannot read: " + e.getMessage()));
    } catch (RuntimeException e) {
      // A reader bug on one odd file must not stop the whole corpus; report it as that file's failure.
      guard.skipped(new SkippedFile(path, SkippedFile.Kind.MALFORMED, "could not be parsed: " + e));
    }
  }

  private void readInto(Path file, String path, DocumentSink sink) throws IOException, CorpusFileException {
    String ext = extension(path);
    if (!isSupported(ext)) {
      sink.skipped(new SkippedFile(path, SkippedFile.Kind.UNSUPPORTED_TYPE,
          ext.isEmpty() ? "unsupported file type (no extension)" : "unsupported file type ." + ext));
      return;
    }
    String id = stripExtension(path);
    // Read one document at a time, so only a document, not the file, has to fit the limit.
    switch (ext) {
      case "jsonl", "ndjson" -> {
        JsonDocumentReader.readLines(file, path, limits, sink);
        return;
      }
      case "json" -> {
        JsonDocumentReader.readJson(file, path, id, limits, sink);
        return;
      }
      default -> { }
    }
    long size = Files.size(file);
    if (size > limits.documentBytes()) {
      throw new CorpusFileException(SkippedFile.Kind.TOO_LARGE,
          "file too large (" + ReadLimits.sizeText(size) + "; the limit is " + limits.documentLimitText()
              + " per document)");
    }
    // UTF-8 needs at most four bytes a character, so a plain text this large is over the cap
    // whatever it holds: refused before it is read into memory.
    if ((ext.equals("txt") || ext.equals("md") || ext.equals("markdown")) && size > 4L * MAX_TEXT_CHARS) {
      throw new CorpusFileException(SkippedFile.Kind.TOO_LARGE, String.format(Locale.ROOT,
          "text too long (%,d bytes; the limit is %,d characters per document)", size, MAX_TEXT_CHARS));
    }
    if (PagedFiles.handles(ext)) {
      sink.document(pagedFiles.read(file, id, path, ext));
      return;
    }
    String content = TextDecoding.decode(Files.readAllBytes(file));
    if (content.isBlank()) {
      throw new CorpusFileException(SkippedFile.Kind.EMPTY, "only whitespace");
    }
    sink.document(switch (ext) {
      case "md", "markdown" -> TextFileReader.read(id, path, content, true);
      case "txt" -> TextFileReader.read(id, path, content, false);
      case "html", "htm" -> htmlFiles.read(id, path, content);
      default -> throw new IllegalStateException("unhandled extension " + ext);
    });
  }

  /** Carries the sink's own failure past the handlers that turn reading failures into skips. */
  private static final class SinkFailure extends RuntimeException {
    SinkFailure(Exception cause) {
      super(cause);
    }
  }

  private record SinkGuard(DocumentSink sink) implements DocumentSink {
    @Override
    public void document(Document d) {
      try {
        sink.document(d);
      } catch (IOException | RuntimeException e) {
        throw new SinkFailure(e);
      }
    }

    @Override
    public void skipped(SkippedFile s) {
      sink.skipped(s);
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
