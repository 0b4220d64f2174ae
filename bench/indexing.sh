#!/usr/bin/env bash
# Indexing throughput: documents per second for a full rebuild, with one thread and with one per
# core, side by side in one run so the ratio holds however busy the machine is.
#
# Usage, on a fresh machine with Java 17+ and Maven:
#   mvn -B package -DskipTests
#   bench/indexing.sh [CORPUS_DIR ...]        # default: corpus/ and ../shared/corpus-real
# Each corpus is rebuilt ROUNDS times (default 3) per setting, alternating the settings; the
# best round of each is reported, since slower rounds measure the machine's other work.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
. "$repo/bench/corpus-folders.sh"
cores="$(nproc)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

printf '%-28s %8s %14s %14s %7s\n' corpus docs "1 thread d/s" "$cores threads d/s" ratio
for corpus in "$@"; do
  best1=0; best2=0; docs=0
  for ((r = 0; r < rounds; r++)); do
    for t in 1 "$cores"; do
      line="$(java -jar "$jar" index --corpus "$corpus" --index "$work/index" --threads "$t" 2>/dev/null)"
      # "indexed N documents from F files (S skipped) in T s"
      docs="$(sed -E 's/^indexed ([0-9]+) .*/\1/' <<<"$line")"
      secs="$(sed -E 's/.* in ([0-9.]+) s$/\1/' <<<"$line")"
      rate="$(awk -v d="$docs" -v s="$secs" 'BEGIN { printf "%.0f", (s > 0 ? d / s : d) }')"
      if [[ "$t" == 1 ]]; then (( rate > best1 )) && best1=$rate; else (( rate > best2 )) && best2=$rate; fi
    done
  done
  ratio="$(awk -v a="$best2" -v b="$best1" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
  printf '%-28s %8s %14s %14s %7s\n' "$(basename "$corpus")" "$docs" "$best1" "$best2" "$ratio"
done
