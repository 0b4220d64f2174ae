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
. "$repo/bench/served-corpus.sh"

java "$repo/bench/SearchLoad.java" "$base" "$requests" 1 8
