package org.migrationsearch.web;

import org.migrationsearch.search.ErrorBody;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.migrationsearch.search.Json;

/**
 * Errors that Jetty answers before a request reaches the app (a URI too long, an ambiguous path,
 * a malformed escape) get the contract's JSON error body instead of Jetty's HTML page, whatever
 * the client accepts, and never with a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {

  JsonErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int code = response.getStatus() >= 400 ? response.getStatus() : 500;
    Object message = request.getAttribute(ERROR_MESSAGE);
    String text = message == null || message.toString().isBlank() ? "the request cannot be answered" : message.toString();
    byte[] body = Json.write(ErrorBody.of(WebApp.codeFor(code), text + " (HTTP " + code + ")"))
        .getBytes(StandardCharsets.UTF_8);
    RequestGuard.addSecurityHeaders(response.getHeaders());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }
}
