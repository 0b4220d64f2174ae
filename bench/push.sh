#!/usr/bin/env bash
# Push throughput: documents per second sent to a real Solr (the tests' one-node SolrCloud,
# two shards, on loopback) by `push`, with one thread and one per core, next to a local `index`
# of the same corpus, so the cost of the network and of Solr's own indexing shows.
#
# Usage, on a machine with Java 17+ and Maven:
#   mvn -B package -DskipTests
#   bench/push.sh [CORPUS_DIR ...]        # default: corpus/ and ../shared/corpus-real
# Each setting runs ROUNDS times (default 3); the best round is reported.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
. "$repo/bench/corpus-folders.sh"
work="$(mktemp -d)"
cluster="$work/cluster"
mvn -B -q -f "$repo/solr/test-cluster/pom.xml" compile -Dcluster.build.dir="$cluster"

# The launcher runs until its standard input closes.
mkfifo "$work/stdin"
java -Xmx768m -cp "$cluster/classes:$(cat "$cluster/classpath.txt")" org.migrationsearch.solrtest.SolrTestCluster \
  "$work/solr" "$repo/solr/configset" 2 bench <"$work/stdin" >"$work/solr.out" 2>&1 &
solr_pid=$!
exec 3>"$work/stdin"
trap 'exec 3>&-; wait "$solr_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 180); do
  grep -q '^SOLR_URL=' "$work/solr.out" && break
  sleep 1
done
url="$(sed -n 's/^SOLR_URL=//p' "$work/solr.out")"
[[ -n "$url" ]] || { echo "Solr did not start; see $work/solr.out" >&2; exit 1; }

rate_of() { # "indexed N documents from F files (S skipped) in T s" -> documents/s
  local docs secs
  docs="$(sed -E 's/^indexed ([0-9]+) .*/\1/' <<<"$1")"
  secs="$(sed -E 's/.* in ([0-9.]+) s$/\1/' <<<"$1")"
  awk -v d="$docs" -v s="$secs" 'BEGIN { printf "%.0f", (s > 0 ? d / s : d) }'
}

cores="$(nproc)"
printf '%-20s %6s %12s %12s %12s\n' corpus docs "index d/s" "push 1 d/s" "push $cores d/s"
for corpus in "$@"; do
  best_index=0; best1=0; bestn=0; docs=0
  for ((r = 0; r < rounds; r++)); do
    line="$(java -jar "$jar" index --corpus "$corpus" --index "$work/index" 2>/dev/null)"
    docs="$(sed -E 's/^indexed ([0-9]+) .*/\1/' <<<"$line")"
    rate="$(rate_of "$line")"; (( rate > best_index )) && best_index=$rate
    for t in 1 "$cores"; do
      line="$(java -jar "$jar" push --solr "$url" --collection bench --corpus "$corpus" --threads "$t" 2>/dev/null)"
      rate="$(rate_of "$line")"
      if [[ "$t" == 1 ]]; then (( rate > best1 )) && best1=$rate; else (( rate > bestn )) && bestn=$rate; fi
    done
  done
  printf '%-20s %6s %12s %12s %12s\n' "$(basename "$corpus")" "$docs" "$best_index" "$best1" "$bestn"
done
