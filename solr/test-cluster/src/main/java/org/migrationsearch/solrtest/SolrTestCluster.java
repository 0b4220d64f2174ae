package org.migrationsearch.solrtest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * Starts a one-node SolrCloud on loopback with the shipped configset and one collection, prints
 * {@code SOLR_URL=...} and runs until its standard input closes: a test that dies takes its Solr
 * with it.
 *
 * <p>Arguments: work folder, configset folder (the one holding {@code conf/}), number of shards,
 * then one or more collection names.
 */
public final class SolrTestCluster {

  private SolrTestCluster() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    Path configset = Path.of(args[1]).resolve("conf");
    int shards = Integer.parseInt(args[2]);
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(1, work)
        .addConfig("migration-search", configset)
        .withJettyConfig(j -> j.setContext("/solr"))
        .build();
    try {
      for (int i = 3; i < args.length; i++) {
        CollectionAdminRequest.createCollection(args[i], "migration-search", shards, 1)
            .process(cluster.getSolrClient());
        cluster.waitForActiveCollection(args[i], 60, TimeUnit.SECONDS, shards, shards);
      }
      String url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
      System.out.println("SOLR_URL=" + url);
      System.out.flush();
      InputStream in = System.in;
      while (in.read() >= 0) {
        // keep running until the parent closes the pipe
      }
    } finally {
      cluster.shutdown();
    }
  }
}
