#!/usr/bin/env bash
# Comments under load, with wrk and bench/comments.lua posting unique comments (loopback only, bounded in time):
#
#  1. the article page alone, as fast as it goes: the reference (wrk, 1 thread, 32 connections);
#  2. the same page load while readers post comments at about RATE a second: the page's throughput against (1);
#  3. the article page offered at a steady PAGE_RATE a second (a load the server carries with room to spare, as a
#     site runs), alone and then while comments arrive at RATE: the rate served and its latency, which should not
#     change: on two cores a saturating page load (1, 2) must give comments their CPU, a steady one need not;
#  4. comments alone at full speed: how many a second the server acknowledges, each one fsynced (SQLite WAL,
#     synchronous=FULL; group commit writes the comments that arrive together in one transaction);
#  5. kill -9 of the server, then every acknowledged comment id (303 answer) of (2), (3) and (4) is looked up in the
#     database: present, once, and the database passes its integrity check.
#
#   bench/comments.sh                        # 20 s phases, 64 commenters, RATE=1400, PAGE_RATE=4000
#   DURATION=60 CONCURRENCY=128 RATE=1500 bench/comments.sh
#
# RATE is what the commenters offer; each waits 1000 x CONCURRENCY / RATE ms after an answer, so the rate reached
# is lower (by the answers' own time). The default offers 1,400 to reach at least 1,000 a second.
#
# Flood control per IP and the form-timing check are switched off for this run (all traffic comes from one address
# at machine speed); every other check runs as in production.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DURATION="${DURATION:-20}"
CONCURRENCY="${CONCURRENCY:-64}"
RATE="${RATE:-1400}"
PAGE_RATE="${PAGE_RATE:-4000}"
need wrk wrk
need sqlite3 sqlite3
need curl curl

work="$(mktemp -d /tmp/dateline-bench-comments.XXXXXX)"
trap 'crash_server; echo "(data left in $work)"' EXIT
start_server "$work/data" ${BENCH_SERVER_OPTS:-} --dateline.comment.flood.enabled=false \
  --dateline.comment.timing.enabled=false --dateline.comment.notifications.moderators=false
article="$(first_article)"
url="http://127.0.0.1:$BENCH_PORT$article"
page() { wrk -t1 -c32 -d"${DURATION}s" --timeout 10s --latency "$url"; }
# 200 readers, each pausing 50 ms (at 4,000/s) between pages: the answers' own time (a millisecond or two) then
# changes the rate offered by a few percent at most, so a slower answer is not mistaken for a lower capacity.
paced() { PAGE_DELAY_MS=$(( 1000 * 200 / PAGE_RATE )) wrk -t1 -c200 -d"${DURATION}s" --timeout 10s --latency \
  -s "$bench_root/bench/paced.lua" "$url"; }
comments() { # comments DELAY_MS ACKED_FILE PHASE
  PHASE="$3" COMMENT_DELAY_MS="$1" ACKED="$2" wrk -t1 -c"$CONCURRENCY" -d"${DURATION}s" --timeout 10s --latency \
    -s "$bench_root/bench/comments.lua" "$url"
}
echo "Article: $article; $DURATION s per phase; $CONCURRENCY concurrent commenters; target rate $RATE/s"

# Warm up both paths (the JIT compiles what runs hot); these comments are not counted.
comments 0 /dev/null warm-up > "$work/warm-up.txt"
page > /dev/null

page > "$work/page-alone.txt"
delay_ms=$(( 1000 * CONCURRENCY / RATE ))
page > "$work/page-during.txt" &
page_pid=$!
comments "$delay_ms" "$work/acked-rate.txt" rate > "$work/comments-rate.txt"
wait "$page_pid"
paced > "$work/paced-alone.txt"
paced > "$work/paced-during.txt" &
page_pid=$!
comments "$delay_ms" "$work/acked-paced.txt" paced > "$work/comments-paced.txt"
wait "$page_pid"
comments 0 "$work/acked-max.txt" max > "$work/comments-max.txt"

crash_server                                                              # kill -9: no orderly shutdown
sqlite3 "$work/data/dateline.db" "PRAGMA integrity_check;" > "$work/integrity.txt"
sqlite3 "$work/data/dateline.db" "SELECT id FROM comment WHERE body LIKE 'Benchmark comment %';" | sort > "$work/stored.txt"
cat "$work/acked-rate.txt" "$work/acked-paced.txt" "$work/acked-max.txt" | sort > "$work/acked.txt"
acked="$(wc -l < "$work/acked.txt")"
missing="$(comm -23 "$work/acked.txt" "$work/stored.txt" | wc -l)"
duplicates="$(( acked - $(sort -u "$work/acked.txt" | wc -l) ))"   # two acknowledgements for one comment
duplicates="$(( duplicates + $(sqlite3 "$work/data/dateline.db" \
  "SELECT count(*) - count(DISTINCT body) FROM comment WHERE body LIKE 'Benchmark comment %';") ))"

rate() { awk -v n="$(wc -l < "$1")" -v d="$DURATION" 'BEGIN { printf "%.0f", n / d }'; }
alone="$(wrk_rps "$work/page-alone.txt")"; during="$(wrk_rps "$work/page-during.txt")"
echo
echo "Comments at full speed: $(rate "$work/acked-max.txt")/s acknowledged, p50 $(wrk_latency "$work/comments-max.txt" 50%) ms, p99 $(wrk_latency "$work/comments-max.txt" 99%) ms ($(grep acknowledged= "$work/comments-max.txt"))"
echo "Comments while the page is read: $(rate "$work/acked-rate.txt")/s acknowledged, p50 $(wrk_latency "$work/comments-rate.txt" 50%) ms, p99 $(wrk_latency "$work/comments-rate.txt" 99%) ms ($(grep acknowledged= "$work/comments-rate.txt"))"
echo "Article page alone:      $alone req/s, p50 $(wrk_latency "$work/page-alone.txt" 50%) ms, p99 $(wrk_latency "$work/page-alone.txt" 99%) ms"
echo "Article page, comments:  $during req/s, p50 $(wrk_latency "$work/page-during.txt" 50%) ms, p99 $(wrk_latency "$work/page-during.txt" 99%) ms"
echo "Ratio (page with comments / alone): $(awk -v a="$alone" -v d="$during" 'BEGIN { printf "%.2f", d / a }')"
paced_alone="$(wrk_rps "$work/paced-alone.txt")"; paced_during="$(wrk_rps "$work/paced-during.txt")"
echo "Article page offered $PAGE_RATE/s, alone:         $paced_alone req/s, p50 $(wrk_latency "$work/paced-alone.txt" 50%) ms, p99 $(wrk_latency "$work/paced-alone.txt" 99%) ms"
echo "Article page offered $PAGE_RATE/s, with comments: $paced_during req/s, p50 $(wrk_latency "$work/paced-during.txt" 50%) ms, p99 $(wrk_latency "$work/paced-during.txt" 99%) ms"
echo "Comments meanwhile: $(rate "$work/acked-paced.txt")/s acknowledged, p50 $(wrk_latency "$work/comments-paced.txt" 50%) ms, p99 $(wrk_latency "$work/comments-paced.txt" 99%) ms ($(grep acknowledged= "$work/comments-paced.txt"))"
echo "Ratio at a steady pace (with comments / alone): $(awk -v a="$paced_alone" -v d="$paced_during" 'BEGIN { printf "%.2f", d / a }')"
echo "Durability: $(( acked - missing )) of $acked acknowledged comments stored after kill -9 (missing: $missing, duplicated: $duplicates); integrity: $(cat "$work/integrity.txt")"
echo "Settings: flood control per IP and the timing check off (one address at machine speed); all other checks on."
[ "$missing" -eq 0 ] && [ "$duplicates" -eq 0 ] && grep -qx ok "$work/integrity.txt"
