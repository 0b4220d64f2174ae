package org.migrationsearch.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import org.migrationsearch.search.SearchException;

/**
 * What keeps a service on a researcher's laptop safe from the web pages they visit. A page on
 * another site cannot read our answers unless it gets the browser to send them to its own name
 * (DNS rebinding), so requests naming a host that is neither an address nor one we answer to are
 * refused; every answer forbids framing, sniffing, inline script and leaking the query string
 * in the Referer.
 */
final class RequestGuard {

  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
      + " frame-ancestors 'none'";

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final Set<String> names;

  /** @param names host names answered besides IP addresses and {@code localhost}, e.g. the bound one */
  RequestGuard(List<String> names) {
    this.names = Set.copyOf(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
  }

  /** Set on every answer, including Jetty's own error answers. */
  static void addSecurityHeaders(HttpFields.Mutable headers) {
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("X-Frame-Options", "DENY");
  }

  /**
   * An IP literal can never be a rebinding attack, which needs a name the attacker controls;
   * a request without a Host header does not come from a browser.
   */
  boolean allowsHost(String hostHeader) {
    if (hostHeader == null || hostHeader.isBlank()) {
      return true;
    }
    String host = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      return host.indexOf(']') > 0; // an IPv6 literal
    }
    int colon = host.lastIndexOf(':');
    if (colon >= 0) {
      host = host.substring(0, colon);
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    return IPV4.matcher(host).matches() || host.equals("localhost") || names.contains(host);
  }

  void checkHost(Context ctx) {
    if (!allowsHost(ctx.header("Host"))) {
      throw new HostRefused("this service answers only to its own address; the host '" + ctx.header("Host")
          + "' is not one (set MIGRATION_SEARCH_ALLOWED_HOSTS to add a name)");
    }
  }

  /** A refused Host header: answered 403 by the one error mapping. */
  static final class HostRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HostRefused(String message) {
      super(message);
    }
  }

  /**
   * A query string with a broken escape ({@code %zz}) or escapes that are not UTF-8: the servlet
   * layer drops such parameters silently, which turns a typo into a search for everything.
   */
  static void checkQueryString(String raw) {
    if (raw == null || raw.indexOf('%') < 0) {
      return;
    }
    for (String part : raw.split("&")) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        if (c == '%') {
          if (i + 2 >= part.length() || Character.digit(part.charAt(i + 1), 16) < 0
              || Character.digit(part.charAt(i + 2), 16) < 0) {
            throw SearchException.badParameter("the address has a broken escape near '"
                + part.substring(i, Math.min(part.length(), i + 3)) + "': '%' must be followed by two hex digits");
          }
          bytes.write(Integer.parseInt(part.substring(i + 1, i + 3), 16));
          i += 2;
        } else {
          bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        }
      }
      try {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
      } catch (CharacterCodingException e) {
        throw SearchException.badParameter("the address has escapes that are not UTF-8 text");
      }
    }
  }
}
