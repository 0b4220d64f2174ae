package org.migrationsearch.solr;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.SolrException;

/**
 * One collection on a Solr server, reached with SolrJ's JDK HTTP client (Jetty's client would
 * clash with the Jetty our web server runs on). Requests that fail because Solr is briefly
 * unavailable (503, a refused or dropped connection) are retried with growing pauses.
 */
public final class SolrConnection implements Closeable {

  /** Attempts per request, the first included; pauses double from {@link #FIRST_PAUSE_MS}. */
  static final int ATTEMPTS = 6;
  static final long FIRST_PAUSE_MS = 250;

  private final SolrClient client;
  private final String url;
  private final String collection;

  public SolrConnection(String url, String collection) {
    this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.collection = collection;
    this.client = new HttpJdkSolrClient.Builder(this.url)
        .withDefaultCollection(collection)
        .useHttp1_1(true)
        .withConnectionTimeout(10, TimeUnit.SECONDS)
        .withRequestTimeout(120, TimeUnit.SECONDS)
        .build();
  }

  public SolrClient client() {
    return client;
  }

  public String collection() {
    return collection;
  }

  public String describe() {
    return url + " collection " + collection;
  }

  @FunctionalInterface
  public interface Call<T> {
    T run(SolrClient client) throws SolrServerException, IOException;
  }

  /** Runs {@code call}, retrying while Solr is unavailable; other errors are not retried. */
  public <T> T withRetries(Call<T> call) throws IOException {
    long pause = FIRST_PAUSE_MS;
    for (int attempt = 1; ; attempt++) {
      try {
        return call.run(client);
      } catch (SolrServerException | IOException | SolrException e) {
        if (attempt >= ATTEMPTS || !transientFailure(e)) {
          throw new SolrUnavailableException(describe() + ": " + message(e), e);
        }
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting to retry " + describe());
      }
      pause *= 2;
    }
  }

  static boolean transientFailure(Throwable e) {
    if (e instanceof SolrException se && se.code() != SolrException.ErrorCode.SERVICE_UNAVAILABLE.code && se.code() > 0) {
      return false;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SolrException se && se.code() == SolrException.ErrorCode.SERVICE_UNAVAILABLE.code) {
        return true;
      }
      if (t instanceof java.net.ConnectException || t instanceof java.net.http.HttpConnectTimeoutException
          || t instanceof java.io.EOFException || t instanceof java.nio.channels.ClosedChannelException
          || (t instanceof IOException && t.getClass().getName().startsWith("java.net"))) {
        return true;
      }
    }
    return false;
  }

  /** The failure and, when it differs, its root cause: "IOException: ..." alone hides the refused connection. */
  private static String message(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String top = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (root == e || root.getMessage() == null || top.contains(root.getMessage())) {
      return top;
    }
    return top + " (" + root.getMessage() + ")";
  }

  @Override
  public void close() throws IOException {
    client.close();
  }

  /** Solr could not be reached or refused a request; the message says which and why. */
  public static final class SolrUnavailableException extends IOException {
    private static final long serialVersionUID = 1L;

    SolrUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

}
