#!/usr/bin/env bash
# JMH benchmarks of one component (see bench/README.md): builds the jar with the bench profile,
# then runs JMH with the arguments given, by default every benchmark of EnrichmentBench.
#
#   bench/jmh.sh                              # enrichment per document, whole and by detector
#   bench/jmh.sh EnrichmentBench.enrich -prof gc   # one row, with allocation per document
#
# The documents are generated once into target/bench/jmh-corpus-2000 and reused.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
mvn -B -q -Pbench -DskipTests -Dno-solr package
if [ "$#" -eq 0 ]; then
  set -- EnrichmentBench
fi
exec java -Dbench.repo="$repo" -cp target/migration-search.jar org.openjdk.jmh.Main -jvmArgsAppend "-Dbench.repo=$repo" "$@"
