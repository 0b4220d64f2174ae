package org.migrationsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migrationsearch.testing.CliRun;

/** The Solr options of push and serve are checked before anything is read or started. */
class SolrOptionsTest {

  @Test
  void serveWithTheSolrBackendNeedsAnAddressAndACollection() {
    CliRun run = CliRun.of("serve", "--backend", "solr", "--port", "0");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--backend solr needs --solr URL and --collection NAME");
  }

  @Test
  void solrOptionsWithoutTheSolrBackendAreRefused() {
    CliRun run = CliRun.of("serve", "--solr", "http://127.0.0.1:1/solr", "--port", "0");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("need --backend solr");
  }

  @Test
  void pushNeedsACollectionAndABatchOfAtLeastOne() {
    assertThat(CliRun.of("push", "--solr", "http://127.0.0.1:1/solr").err()).contains("--collection");
    CliRun run = CliRun.of("push", "--solr", "http://127.0.0.1:1/solr", "--collection", "c", "--batch", "0");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--batch must be at least 1");
  }
}
