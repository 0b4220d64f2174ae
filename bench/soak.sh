#!/usr/bin/env bash
# Soak test of the whole service: 32 clients for 60 s against a server over the real corpus,
# mixing searches with facets and snippets, facet calls, document fetches, similar documents,
# exports, stats, a few hostile queries, and one admin reindex half-way (bench/Soak.java).
# The clients join one by one over the first 6 s (a ramp, as load tools do): all 32 arriving in
# the same millisecond at a JVM that has compiled nothing yet makes a few wait past their budget
# and get 503 busy, which is the server's back-pressure working, not what a soak measures.
# Requirement: zero 5xx and zero failed requests. Prints throughput, p50, p99 and the server's
# peak resident memory, and appends them with this command line to docs/reliability.md.
#
# Loopback only; it stops by itself; the temporary folder is removed.
#
# Usage:
#   mvn -B package -DskipTests
#   [SOAK_HEAP=256m] bench/soak.sh [CORPUS] [CLIENTS] [SECONDS]
# CORPUS is a folder holding documents.jsonl or the .jsonl file (default ../shared/corpus-real).
# SOAK_HEAP caps the server's heap (-Xmx); without it the JVM's default, a quarter of the RAM.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$repo/../shared/corpus-real}"
clients="${2:-32}"
seconds="${3:-60}"
token="soak-$RANDOM$RANDOM"
server_env="MIGRATION_SEARCH_ADMIN_TOKEN=$token${SOAK_HEAP:+ JAVA_TOOL_OPTIONS=-Xmx$SOAK_HEAP}"
heap="${SOAK_HEAP:+-Xmx$SOAK_HEAP}"
. "$repo/bench/served-corpus.sh"

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
result="$(java "$repo/bench/Soak.java" "$base" "$token" "$clients" "$seconds")"
peak_kb="$(awk '/VmHWM/ {print $2}' "/proc/$server_pid/status")"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "$result"
echo "peak_rss_mb=$((peak_kb / 1024)) load_before=$load_before load_after=$load_after"

summary="$(echo "$result" | head -1)"
get() { echo "$summary" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k {print $2}'; }
{
  echo
  echo "### $(date -u +%Y-%m-%dT%H:%MZ): \`${SOAK_HEAP:+SOAK_HEAP=$SOAK_HEAP }bench/soak.sh $*\`"
  echo
  echo "| requests | throughput | p50 | p99 | 5xx | unexpected status | failed | peak RSS | reindex |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  echo "| $(get requests) in $(get seconds) s | $(get throughput)/s | $(get p50_ms) ms | $(get p99_ms) ms |" \
    "$(get five_xx) | $(get unexpected) | $(get failed) | $((peak_kb / 1024)) MB | $(get reindex_status), $(get reindex) |"
  echo
  echo "$clients clients, $(nproc) cores, server heap ${heap:-JVM default}, load average $load_before before and $load_after after (the machine is shared)."
  echo "By kind and status: \`$(echo "$result" | sed -n 's/^by_kind_status=//p')\`"
} >>"$repo/docs/reliability.md"

five_xx="$(get five_xx)"; failed="$(get failed)"; unexpected="$(get unexpected)"
[[ "$five_xx" == 0 && "$failed" == 0 && "$unexpected" == 0 ]]
