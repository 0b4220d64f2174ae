package org.migrationsearch.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Checks the admin bearer token; the comparison takes the same time wherever a guess differs. */
final class AdminAuth {

  enum Outcome { ALLOWED, NOT_CONFIGURED, REFUSED }

  private final Optional<byte[]> token;

  AdminAuth(Optional<String> token) {
    this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
  }

  Outcome check(String authorizationHeader) {
    if (token.isEmpty()) {
      return Outcome.NOT_CONFIGURED;
    }
    if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Outcome.REFUSED;
    }
    byte[] given = authorizationHeader.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, token.get()) ? Outcome.ALLOWED : Outcome.REFUSED;
  }
}
