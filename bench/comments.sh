#!/usr/bin/env bash
# Comments under load (wrk with bench/comments.lua posting unique comments): how many comments a second the server acknowledges with every one fsynced (SQLite
# synchronous=FULL), whether every acknowledged comment is in the database after the server is killed (kill -9) right
# after the run, and what happens to the article page's throughput while comments arrive (against the same page
# measured alone in the same run).
#
#   bench/comments.sh                      # 20 s runs, 64 concurrent commenters
#   DURATION=60 CONCURRENCY=128 bench/comments.sh
#
# Flood control per IP and the form-timing check are switched off for this run (all traffic comes from one address
# at machine speed); every other check runs as in production.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DURATION="${DURATION:-20}"
CONCURRENCY="${CONCURRENCY:-64}"
need wrk wrk
need sqlite3 sqlite3
need curl curl

work="$(mktemp -d /tmp/dateline-bench-comments.XXXXXX)"
trap 'crash_server; echo "(data left in $work)"' EXIT
start_server "$work/data" ${BENCH_SERVER_OPTS:-} --dateline.comment.flood.enabled=false --dateline.comment.timing.enabled=false \
  --dateline.comment.notifications.moderators=false
article="$(first_article)"
url="http://127.0.0.1:$BENCH_PORT$article"
echo "Article: $article; $DURATION s per phase; $CONCURRENCY concurrent commenters"

# Warm up both paths (the JIT compiles what runs hot); these comments are not counted.
ACKED=/dev/null wrk -t1 -c"$CONCURRENCY" -d10s -s "$bench_root/bench/comments.lua" "$url" > "$work/warm-up.txt"
wrk -t2 -c32 -d10s "$url" >/dev/null
wrk -t2 -c32 -d"${DURATION}s" --timeout 10s --latency "$url" > "$work/page-alone.txt"   # reference: the page alone

wrk -t1 -c32 -d"${DURATION}s" --timeout 10s --latency "$url" > "$work/page-during.txt" &
wrk_pid=$!
ACKED="$work/acked.txt" wrk -t1 -c"$CONCURRENCY" -d"${DURATION}s" --timeout 10s --latency -s "$bench_root/bench/comments.lua" "$url" \
  > "$work/comments.txt"
wait "$wrk_pid"

crash_server                                                              # kill -9: no orderly shutdown
sqlite3 "$work/data/dateline.db" "PRAGMA integrity_check;" > "$work/integrity.txt"
sqlite3 "$work/data/dateline.db" "SELECT id FROM comment WHERE body LIKE 'Benchmark comment %';" | sort > "$work/stored.txt"
sort "$work/acked.txt" > "$work/acked-sorted.txt"
missing="$(comm -23 "$work/acked-sorted.txt" "$work/stored.txt" | wc -l)"
duplicates="$(sqlite3 "$work/data/dateline.db" "SELECT count(*) - count(DISTINCT body) FROM comment WHERE body LIKE 'Benchmark comment %';")"

alone="$(wrk_rps "$work/page-alone.txt")"; during="$(wrk_rps "$work/page-during.txt")"
echo
comments_rps="$(wrk_rps "$work/comments.txt")"
acknowledged="$(wc -l < "$work/acked.txt")"
echo "Comments:            $acknowledged acknowledged in ${DURATION} s = $(awk -v n="$acknowledged" -v d="$DURATION" 'BEGIN { printf "%.0f", n / d }')/s, p50 $(wrk_latency "$work/comments.txt" 50%) ms, p99 $(wrk_latency "$work/comments.txt" 99%) ms; $(grep acknowledged= "$work/comments.txt")"
echo "Acknowledged stored: $(( $(wc -l < "$work/acked.txt") - missing )) of $(wc -l < "$work/acked.txt") (missing: $missing, duplicated: $duplicates) after kill -9"
echo "Database integrity:  $(cat "$work/integrity.txt")"
echo "Article page alone:  $alone req/s, p50 $(wrk_latency "$work/page-alone.txt" 50%) ms, p99 $(wrk_latency "$work/page-alone.txt" 99%) ms (2 threads, 32 connections)"
echo "Article page during: $during req/s, p50 $(wrk_latency "$work/page-during.txt" 50%) ms, p99 $(wrk_latency "$work/page-during.txt" 99%) ms (1 thread, 32 connections, while comments arrive)"
echo "Ratio during/alone:  $(awk -v a="$alone" -v d="$during" 'BEGIN { printf "%.2f", d / a }')"
echo "Settings: flood control per IP and timing check off (one address at machine speed); all other checks on."
[ "$missing" -eq 0 ] && [ "$duplicates" -eq 0 ] && grep -qx ok "$work/integrity.txt"
