package org.migrationsearch.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The contract's error body. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(String error, String message, Integer position) {
  static ApiError of(String error, String message) {
    return new ApiError(error, message, null);
  }
}
