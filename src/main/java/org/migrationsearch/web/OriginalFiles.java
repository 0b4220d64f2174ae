package org.migrationsearch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.search.SearchException;
import org.migrationsearch.search.SearchBackend;

/**
 * {@code GET /api/documents/{id}/file}: the file a document was read from, so a reader can check
 * the original (a PDF opens at the page cited with {@code #page=N}). Only a file that is, after
 * resolving every link, inside the corpus folder is served; anything else is a 404, never an
 * error that tells what exists outside it.
 */
final class OriginalFiles {

  private static final Map<String, String> TYPES = Map.of(
      "pdf", "application/pdf",
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "html", "text/html; charset=utf-8",
      "htm", "text/html; charset=utf-8",
      "md", "text/markdown; charset=utf-8",
      "markdown", "text/markdown; charset=utf-8",
      "txt", "text/plain; charset=utf-8",
      "json", "application/json; charset=utf-8",
      "jsonl", "application/x-ndjson; charset=utf-8",
      "ndjson", "application/x-ndjson; charset=utf-8");

  private final Path corpus;

  OriginalFiles(Path corpus) {
    this.corpus = corpus;
  }

  void serve(Context ctx, SearchBackend search) throws IOException {
    String id = ctx.pathParam("id");
    Document d = search.document(id);
    Path file = locate(d.path());
    if (file == null) {
      throw new SearchException(SearchException.Code.NOT_FOUND, "the original file of '" + id + "' is not in the corpus");
    }
    String name = file.getFileName().toString();
    String ext = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    ctx.contentType(TYPES.getOrDefault(ext, "application/octet-stream"));
    ctx.header("Content-Disposition", "inline; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
    ctx.header("X-Content-Type-Options", "nosniff");
    if (!ext.equals("pdf")) {
      // A page from the corpus must not run its scripts with this site's origin. (Chromium's PDF
      // viewer refuses sandboxed documents, and it runs no document script of its own.)
      ctx.header("Content-Security-Policy", "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'");
    }
    ctx.header("Content-Length", Long.toString(Files.size(file)));
    ctx.result(Files.newInputStream(file));
  }

  /** The real path of a corpus-relative path when it is a regular file inside the corpus, else null. */
  private Path locate(String relative) {
    if (relative == null || relative.isBlank()) {
      return null;
    }
    try {
      Path root = corpus.toRealPath();
      Path candidate = root.resolve(relative).normalize();
      if (!candidate.startsWith(root) || !Files.isRegularFile(candidate)) {
        return null;
      }
      Path real = candidate.toRealPath();
      return real.startsWith(root) ? real : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
