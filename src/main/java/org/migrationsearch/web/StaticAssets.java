package org.migrationsearch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The page's scripts and style sheet under {@code /static/}, read from the jar's {@code web/}
 * folder. Javalin's own static files mount the whole jar as a file system when the server starts
 * (tens of thousands of entries, a third of a second before the port opened); these few small
 * files are read on first request instead and kept.
 */
final class StaticAssets {

  /** One file name in the flat {@code web/} folder: no folders, so no way out of it. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*\\.[a-z]+");

  private static final Map<String, String> TYPES = Map.of(
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "html", "text/html; charset=utf-8",
      "svg", "image/svg+xml",
      "png", "image/png",
      "ico", "image/x-icon");

  private record Asset(byte[] bytes, String type, String etag) {}

  private final String folder;
  private final Map<String, Optional<Asset>> read = new ConcurrentHashMap<>();

  /** @param folder the classpath folder, e.g. {@code /web} */
  StaticAssets(String folder) {
    this.folder = folder;
  }

  /**
   * Answers {@code name} with its bytes, or with 304 when the client's copy is current; false
   * when there is no such asset, for the caller's 404.
   */
  boolean serve(Context ctx, String name) {
    Optional<Asset> found = read.computeIfAbsent(name, this::load);
    if (found.isEmpty()) {
      return false;
    }
    Asset a = found.get();
    // Revalidated on every load, as before: an upgraded jar's assets are never served stale.
    ctx.header("Cache-Control", "max-age=0");
    ctx.header("ETag", a.etag());
    String known = ctx.header("If-None-Match");
    if (known != null && (known.contains(a.etag()) || known.strip().equals("*"))) {
      ctx.status(304);
      return true;
    }
    ctx.contentType(a.type()).result(a.bytes());
    return true;
  }

  private Optional<Asset> load(String name) {
    if (!NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
    if (type == null) {
      return Optional.empty();
    }
    try (InputStream in = StaticAssets.class.getResourceAsStream(folder + "/" + name)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] bytes = in.readAllBytes();
      return Optional.of(new Asset(bytes, type, etag(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String etag(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
