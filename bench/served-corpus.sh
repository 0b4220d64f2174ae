# Sourced by the load benchmarks: copies a corpus's documents.jsonl into a temporary folder,
# indexes it and starts `serve` on a free loopback port. Afterwards $base is the server's
# address, $server_pid its process and $work the folder; both go when the script exits.
# Needs $repo and $corpus set; extra environment for the server can be given in $server_env.

jar="$repo/target/migration-search.jar"
if [[ -d "$corpus" ]]; then corpus="$corpus/documents.jsonl"; fi
[[ -f "$corpus" ]] || { echo "no corpus file at $corpus" >&2; exit 2; }
[[ -f "$jar" ]] || { echo "no $jar: run 'mvn -B package -DskipTests' first" >&2; exit 2; }

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
env ${server_env:-} java -jar "$jar" serve --corpus "$work/corpus" --index "$work/index" --host 127.0.0.1 --port 0 \
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
