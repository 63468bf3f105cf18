#!/usr/bin/env bash
# WordPress import speed: a generated export (bench/WxrGenerator.java) of POSTS posts and COMMENTS comments imported
# with ./dateline import wordpress into an empty data directory, with the heap capped at HEAP (default 512m). Prints
# the wall time, the rate, the largest heap occupancy the garbage collector saw, and the rows stored; then runs the
# import again (nothing changed: every post must come back unchanged) and times that too.
#
#   bench/import.sh                              # 10,000 posts, 100,000 comments, -Xmx512m
#   POSTS=2000 COMMENTS=20000 bench/import.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"
POSTS="${POSTS:-10000}"
COMMENTS="${COMMENTS:-100000}"
HEAP="${HEAP:-512m}"
need sqlite3 sqlite3

work="$(mktemp -d /tmp/dateline-bench-import.XXXXXX)"
trap 'echo "(data left in $work)"' EXIT
bench_java "$bench_root/bench/WxrGenerator.java" "$work/export.xml" "$POSTS" "$COMMENTS"
echo "Export: $(du -h "$work/export.xml" | cut -f1), $POSTS posts, $COMMENTS comments"
"$bench_root/dateline" --version > /dev/null   # builds the jar first when it is stale, outside the timing

run() { # run NAME: one timed import, GC log in $work/NAME-gc.log
  local started ended
  started=$(date +%s.%N)
  DATELINE_JAVA_OPTS="-Xmx$HEAP -Xlog:gc:file=$work/$1-gc.log" "$bench_root/dateline" import wordpress \
    --data "$work/data" "$work/export.xml" > "$work/$1-report.txt" 2> "$work/$1-progress.txt"
  ended=$(date +%s.%N)
  awk -v s="$started" -v e="$ended" 'BEGIN { printf "%.1f", e - s }'
}
# largest heap in use before any collection, in MB, from lines like "Pause Young ... 301M->120M(512M)"
peak_heap() { grep -o '[0-9]*M->[0-9]*M' "$1" | cut -d'M' -f1 | sort -n | tail -1; }

first=$(run first)
second=$(run again)
echo "First import:  $first s ($(awk -v n="$POSTS" -v t="$first" 'BEGIN { printf "%.0f", n / t }') posts/s), peak heap $(peak_heap "$work/first-gc.log") MB of $HEAP"
grep "^Created" "$work/first-report.txt"
echo "Second import: $second s, peak heap $(peak_heap "$work/again-gc.log") MB of $HEAP"
grep "^Created" "$work/again-report.txt"
sqlite3 "$work/data/dateline.db" "SELECT (SELECT count(*) FROM article) || ' articles, ' || (SELECT count(*) FROM comment) || ' comments, ' || (SELECT count(*) FROM import_redirect) || ' old addresses';"
sqlite3 "$work/data/dateline.db" "PRAGMA integrity_check;"
