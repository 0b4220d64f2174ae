package org.migrationsearch.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.common.SolrException;
import org.junit.jupiter.api.Test;

/** Which failures {@link SolrConnection} retries, and that it gives up on the others at once. */
class SolrRetriesTest {

  private final SolrConnection solr = new SolrConnection("http://127.0.0.1:1/solr", "c");

  @Test
  void serviceUnavailableIsRetriedUntilItPasses() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    String answer = solr.withRetries(c -> {
      if (calls.incrementAndGet() < 3) {
        throw new SolrException(SolrException.ErrorCode.SERVICE_UNAVAILABLE, "overloaded");
      }
      return "done";
    });
    assertThat(answer).isEqualTo("done");
    assertThat(calls).hasValue(3);
  }

  @Test
  void aRefusedRequestIsNotRetried() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> solr.withRetries(c -> {
      calls.incrementAndGet();
      throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "undefined field foo");
    })).isInstanceOf(SolrConnection.SolrUnavailableException.class).hasMessageContaining("undefined field foo");
    assertThat(calls).hasValue(1);
  }

  @Test
  void aConnectionFailureIsRetriedAndThenReported() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> solr.withRetries(c -> {
      calls.incrementAndGet();
      throw new IOException("dropped", new java.net.ConnectException("Connection refused"));
    })).hasMessageContaining("127.0.0.1:1").hasMessageContaining("Connection refused");
    assertThat(calls).hasValue(SolrConnection.ATTEMPTS);
  }
}
