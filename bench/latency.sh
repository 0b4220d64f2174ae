#!/usr/bin/env bash
# Latency benchmark of GET /api/search (with facets and snippets, as the web page asks for them).
#
# What it does: indexes the real corpus (documents.jsonl) into a temporary index, starts the
# server on a free loopback port, runs bench/SearchLoad.java (a bounded number of requests over a
# mixed list of realistic queries) at 1 and at 8 concurrent clients, prints median and p99
# latency, and stops the server. Nothing listens beyond 127.0.0.1; the temporary folder is removed.
#
# Usage, on a fresh machine with Java 17+ and Maven:
#   mvn -B package                      # builds target/migration-search.jar
#   bench/latency.sh [CORPUS] [REQUESTS_PER_LEVEL]
# CORPUS is a folder holding documents.jsonl, or the .jsonl file itself
# (default: ../shared/corpus-real next to the repository); REQUESTS_PER_LEVEL defaults to 400.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$repo/../shared/corpus-real}"
requests="${2:-400}"
jar="$repo/target/migration-search.jar"

if [[ -d "$corpus" ]]; then corpus="$corpus/documents.jsonl"; fi
[[ -f "$corpus" ]] || { echo "no corpus file at $corpus" >&2; exit 2; }
[[ -f "$jar" ]] || { echo "no $jar: run 'mvn -B package' first" >&2; exit 2; }

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Only the documents: the corpus folder may also hold READMEs that are not part of the corpus.
mkdir -p "$work/corpus"
cp "$corpus" "$work/corpus/documents.jsonl"

echo "indexing $corpus ..." >&2
java -jar "$jar" index --corpus "$work/corpus" --index "$work/index" >&2

# Port 0: the server picks a free port and prints the address it listens on.
java -jar "$jar" serve --corpus "$work/corpus" --index "$work/index" --host 127.0.0.1 --port 0 \
  >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
base=""
for _ in $(seq 1 120); do
  base="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.out" 2>/dev/null | head -1 || true)"
  [[ -n "$base" ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.err" >&2; exit 1; }
  sleep 0.5
done
[[ -n "$base" ]] || { echo "the server did not start" >&2; exit 1; }
echo "server at $base ($(cat "$work/serve.out"))" >&2

java "$repo/bench/SearchLoad.java" "$base" "$requests" 1 8
