#!/usr/bin/env bash
# Search latency on a generated site of ARTICLES stories (default 100,000), loopback only, bounded in time:
#
#  1. bench/CorpusGenerator.java fills a new site's SQLite database: five years of stories in made-up words drawn
#     with a Zipf distribution, bylines, tags and the search index; and writes queries of eight kinds.
#  2. ./dateline serve on it; each kind of query for DURATION seconds with wrk (1 thread, CONNECTIONS connections),
#     then all kinds mixed. p50, p95 and p99 of the whole request (HTTP, ranking, highlighting, the page).
#  3. The reference in the same run: /search with no words, the same page and layout without the search.
#
#   bench/search.sh                      # 100,000 articles, 10 s per kind, 2 connections
#   ARTICLES=20000 DURATION=5 bench/search.sh
#   CORPUS=/tmp/corpus bench/search.sh   # keeps the generated site there and reuses it next time
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ARTICLES="${ARTICLES:-100000}"
DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-2}"
need wrk wrk
need curl curl

work="$(mktemp -d /tmp/dateline-bench-search.XXXXXX)"
# CORPUS=DIR keeps the generated site in DIR and reuses it on the next run (generating takes minutes)
data="${CORPUS:-$work/data}"
trap 'stop_server; [ -n "${CORPUS:-}" ] || rm -rf "$work/data"; echo "(results left in $work)"' EXIT
"$bench_root/dateline" --version >/dev/null # builds the jar when it is missing or stale

if [ ! -f "$data/queries/mixed.txt" ]; then
  rm -rf "$data"
  # a new site, migrated, without the demo stories
  start_server "$data" --no-demo
  stop_server
  java_home="$("$bench_root/dateline" java-home)"
  (cd "$work" && "$java_home/bin/jar" xf "$bench_root/target/dateline.jar" \
    "$("$java_home/bin/jar" tf "$bench_root/target/dateline.jar" | grep 'BOOT-INF/lib/sqlite-jdbc-.*\.jar')")
  bench_java --enable-native-access=ALL-UNNAMED -cp "$work"/BOOT-INF/lib/sqlite-jdbc-*.jar \
    "$bench_root/bench/CorpusGenerator.java" "$data/dateline.db" "$ARTICLES" "$data/queries.tmp"
  mv "$data/queries.tmp" "$data/queries"
fi
echo "Database: $(du -sh "$data/dateline.db" | cut -f1), $(ls "$data/queries" | wc -l) query files"

start_server "$data" --no-demo
url="http://127.0.0.1:$BENCH_PORT"
run() { # run NAME QUERY_FILE
  QUERIES="$2" wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$bench_root/bench/search.lua" "$url" \
    | grep '^requests=' | sed "s/^/$1 /"
}
echo "/search?q=$(head -1 "$data/queries/topic.txt" | cut -d= -f2): $(curl -fs "$url$(head -1 "$data/queries/topic.txt")" \
  | grep -o '[0-9,]* stories match\|More than [0-9,]* stories match\|No stories match' | head -1)"
# warm-up: the JIT compiles what runs hot, SQLite's pages come into the OS cache
DURATION=10 run warm-up "$data/queries/mixed.txt" > /dev/null
echo "/search" > "$work/reference.txt"
{
  run "reference(no-words)" "$work/reference.txt"
  for kind in rare topic common two-words phrase filtered newest deep-page mixed; do
    run "$kind" "$data/queries/$kind.txt"
  done
} | tee "$work/results.txt"
echo "Machine: $(nproc) vCPUs, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); $ARTICLES articles; wrk -t1 -c$CONNECTIONS, $DURATION s per kind"
