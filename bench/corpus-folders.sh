# Sourced by the indexing benchmarks, with the script's own arguments: checks that the jar is
# built and, when no corpus folder was named, benchmarks corpus/ and, when present,
# ../shared/corpus-real. Needs $repo; sets $jar and $rounds (ROUNDS, default 3).

jar="$repo/target/migration-search.jar"
rounds="${ROUNDS:-3}"
[[ -f "$jar" ]] || { echo "no $jar: run 'mvn -B package -DskipTests' first" >&2; exit 2; }
if [[ $# -eq 0 ]]; then
  set -- "$repo/corpus"
  [[ -d "$repo/../shared/corpus-real" ]] && set -- "$@" "$repo/../shared/corpus-real"
fi
