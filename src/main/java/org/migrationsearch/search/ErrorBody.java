package org.migrationsearch.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The contract's error body, {@code {"error": code, "message": text}} with the parser's
 * position when known; the API answers it and {@code search --json} prints it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(String error, String message, Integer position) {

  public static ErrorBody of(String error, String message) {
    return new ErrorBody(error, message, null);
  }

  public static ErrorBody of(SearchException e) {
    return new ErrorBody(e.code().value(), e.getMessage(), e.position());
  }
}
