#!/usr/bin/env bash
# The benchmark of issue 12 (see bench/README.md): builds the jar with the bench profile and the
# project's Solr launcher, then runs org.migrationsearch.bench.Bench, which writes
# docs/benchmarks.md and docs/benchmarks-latency.svg.
#
#   bench/run.sh --size 100000             # the comparison: 4 indexers, queries, HTTP, rebuild
#   bench/run.sh --size 1000000 --scale    # 1M: indexing, start-up and serving heap only
#
# Corpus and indexes go to target/bench (or --work DIR); a generated corpus is reused by the
# next run of the same size. Nothing listens beyond 127.0.0.1.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
# -Dno-solr only skips the tests' own Solr build step; tests are skipped anyway.
mvn -B -q -Pbench -DskipTests -Dno-solr package
mvn -B -q -f solr/test-cluster/pom.xml compile -Dcluster.build.dir="$repo/target/solr-test-cluster"
exec java -Xmx1g -cp target/migration-search.jar org.migrationsearch.bench.Bench \
  --solr-cluster target/solr-test-cluster --configset solr/configset --command "bench/run.sh $*" "$@"
