#!/usr/bin/env bash
# Overload: ten times the article page's capacity for a minute while comments arrive; loopback only, bounded in
# time (about 2 minutes a mode):
#
#  1. capacity: the article page alone, wrk -t1 -c32 for 10 s: C requests/s, and its p99 (the reference);
#  2. overload: FACTOR x C (default 10) requested for DURATION seconds (default 60) by OVERLOAD_CONNECTIONS
#     connections (default 2,000), each pacing itself so that together they ask FACTOR x C a second (while the server
#     keeps up; a reader gives up after TIMEOUT seconds, default 5), and meanwhile readers post comments at about
#     COMMENT_RATE a second (bench/comments.lua). Every answer is counted by status (bench/overload.lua): 200 is
#     served, 429 and 503 are shed load and must carry Retry-After; anything else, and every timeout, reset or
#     refused connection, is an error;
#  3. recovery: right after, 1-second slices of the capacity load for 15 s; recovered in the first second from which
#     every slice answers only 200s with a p99 within 2x the reference's (or 50 ms, the larger);
#  4. kill -9 of the server, then every acknowledged comment (303) is looked up in the database: present, once,
#     with its text.
#
# Two modes by default (MODES="cached uncached"): the article page from the page cache (the default settings), and
# with --dateline.cache.enabled=false, where every request renders the page (what a cache purge, a personal page or a
# crawler on the archive costs).
#
#   bench/overload.sh
#   MODES=uncached DURATION=30 bench/overload.sh
#
# Targets (issue 8): no errors but 429/503 with Retry-After; latency back to normal within 10 s; no acknowledged
# comment lost.
set -euo pipefail
BENCH_PORT="${BENCH_PORT:-18184}"
source "$(dirname "$0")/lib.sh"
MODES="${MODES:-cached uncached}"
DURATION="${DURATION:-60}"
FACTOR="${FACTOR:-10}"
OVERLOAD_CONNECTIONS="${OVERLOAD_CONNECTIONS:-2000}"
TIMEOUT="${TIMEOUT:-5}"
COMMENT_RATE="${COMMENT_RATE:-100}"
COMMENT_CONNECTIONS="${COMMENT_CONNECTIONS:-8}"
need wrk wrk
need sqlite3 sqlite3
need curl curl
ulimit -n "$(( OVERLOAD_CONNECTIONS + 1024 ))" 2>/dev/null || true

load_before="$(cut -d" " -f1-3 /proc/loadavg)"
work="$(mktemp -d /tmp/dateline-bench-overload.XXXXXX)"
trap 'crash_server; echo "(data left in $work)"' EXIT
"$bench_root/dateline" --version > /dev/null # builds the jar when it is missing or stale
failed=0

for mode in $MODES; do
  data="$work/data-$mode"
  settings=(--dateline.comment.flood.enabled=false --dateline.comment.timing.enabled=false
    --dateline.comment.notifications.moderators=false)
  [ "$mode" = uncached ] && settings+=(--dateline.cache.enabled=false)
  start_server "$data" "${settings[@]}" ${BENCH_SERVER_OPTS:-}
  article="$(first_article)"
  url="http://127.0.0.1:$BENCH_PORT$article"
  echo "== $mode: $article"
  wrk -t1 -c32 -d5s "$url" > /dev/null  # warm-up
  wrk -t1 -c32 -d10s --timeout "${TIMEOUT}s" --latency "$url" > "$work/$mode-capacity.txt"
  capacity="$(wrk_rps "$work/$mode-capacity.txt")"
  reference_p99="$(wrk_latency "$work/$mode-capacity.txt" 99%)"
  rate="$(awk -v c="$capacity" -v f="$FACTOR" 'BEGIN { printf "%.0f", c * f }')"
  pace="$(awk -v n="$OVERLOAD_CONNECTIONS" -v r="$rate" 'BEGIN { printf "%d", n * 1000 / r }')"
  echo "capacity: $capacity req/s (p99 $reference_p99 ms); overload: $rate req/s asked by $OVERLOAD_CONNECTIONS connections (one request every $pace ms each) for $DURATION s, comments at about $COMMENT_RATE/s"

  PACE_MS="$pace" wrk -t2 -c"$OVERLOAD_CONNECTIONS" -d"${DURATION}s" --timeout "${TIMEOUT}s" \
    -s "$bench_root/bench/overload.lua" "$url" > "$work/$mode-overload.txt" &
  overload_pid=$!
  PHASE="overload-$mode" COMMENT_DELAY_MS="$(( 1000 * COMMENT_CONNECTIONS / COMMENT_RATE ))" \
    ACKED="$work/$mode-acked.txt" wrk -t1 -c"$COMMENT_CONNECTIONS" -d"${DURATION}s" --timeout "${TIMEOUT}s" \
    --latency -s "$bench_root/bench/comments.lua" "$url" > "$work/$mode-comments.txt" &
  comments_pid=$!
  wait "$overload_pid" "$comments_pid"
  echo "overload:  $(grep '^requests=' "$work/$mode-overload.txt")"
  echo "comments:  $(grep '^acknowledged=' "$work/$mode-comments.txt"), p99 $(wrk_latency "$work/$mode-comments.txt" 99%) ms"

  # recovery, second by second
  recovered=""
  limit="$(awk -v r="$reference_p99" 'BEGIN { v = 2 * r; if (v < 50) v = 50; print v }')"
  for second in $(seq 1 15); do
    line="$( (PACE_MS=0 wrk -t1 -c32 -d1s --timeout "${TIMEOUT}s" -s "$bench_root/bench/overload.lua" "$url" || true) \
      | grep '^requests=' || true)"
    line="${line:-no answer (the server accepted no connection)}"
    p99="$(echo "$line" | grep -o 'p99=[0-9.]*' | cut -d= -f2)"
    clean="$(echo "$line" | awk '{ print ($2 ~ /^statuses=200:[0-9]+$/ && $4 == "connect=0" && $5 == "read=0" && $6 == "write=0" && $7 == "timeout=0") }')"
    ok="$(awk -v p="$p99" -v l="$limit" -v c="$clean" 'BEGIN { print (c == 1 && p <= l) }')"
    echo "  +${second}s: $line"
    if [ "$ok" = 1 ]; then [ -n "$recovered" ] || recovered="$second"; else recovered=""; fi
  done

  crash_server
  sqlite3 "$data/dateline.db" "PRAGMA integrity_check;" > "$work/$mode-integrity.txt"
  sqlite3 "$data/dateline.db" "SELECT id FROM comment WHERE body LIKE 'Benchmark comment overload-$mode-%';" \
    | sort > "$work/$mode-stored.txt"
  sort "$work/$mode-acked.txt" > "$work/$mode-acked-sorted.txt"
  acked="$(wc -l < "$work/$mode-acked-sorted.txt")"
  missing="$(comm -23 "$work/$mode-acked-sorted.txt" "$work/$mode-stored.txt" | wc -l)"
  duplicates="$(( acked - $(sort -u "$work/$mode-acked-sorted.txt" | wc -l) ))"
  duplicates="$(( duplicates + $(sqlite3 "$data/dateline.db" \
    "SELECT count(*) - count(DISTINCT body) FROM comment WHERE body LIKE 'Benchmark comment overload-$mode-%';") ))"

  summary="$(grep '^requests=' "$work/$mode-overload.txt")"
  requests="$(echo "$summary" | grep -o 'requests=[0-9]*' | cut -d= -f2)"
  read -r served shed others <<< "$(echo "$summary" | grep -o 'statuses=[^ ]*' | cut -d= -f2 | tr ',' '\n' \
    | awk -F: '$1 == 200 { s += $2 } $1 == 429 || $1 == 503 { d += $2 } $1 != 200 && $1 != 429 && $1 != 503 { o += $2 } END { print s + 0, d + 0, o + 0 }')"
  socket="$(echo "$summary" | awk '{ n = 0; for (i = 1; i <= NF; i++) if ($i ~ /^(connect|read|write|timeout)=/) { split($i, x, "="); n += x[2] } print n }')"
  no_retry_after="$(echo "$summary" | grep -o 'no_retry_after=[0-9]*' | cut -d= -f2)"
  errors="$(( others + socket + no_retry_after ))"
  seconds="$DURATION"
  echo "RESULT $mode: capacity $capacity req/s (p99 $reference_p99 ms); asked $rate req/s for $seconds s; answered $(awk -v n="$requests" -v d="$seconds" 'BEGIN { printf "%.0f", n / d }')/s:" \
    "served $served, shed $shed (429/503, $no_retry_after without Retry-After), other statuses $others, timeouts and socket errors $socket;" \
    "error rate $(awk -v e="$errors" -v n="$(( requests + socket ))" 'BEGIN { printf "%.3f%%", (n > 0 ? 100 * e / n : 0) }');" \
    "recovered after ${recovered:-more than 15} s (limit p99 $limit ms);" \
    "comments: $(( acked - missing )) of $acked acknowledged stored after kill -9 (missing $missing, duplicated $duplicates), integrity $(cat "$work/$mode-integrity.txt")" \
    | tee -a "$work/results.txt"
  if [ "$errors" -ne 0 ] || [ -z "$recovered" ] || [ "$recovered" -gt 10 ] || [ "$missing" -ne 0 ] \
    || [ "$duplicates" -ne 0 ] || ! grep -qx ok "$work/$mode-integrity.txt"; then
    failed=1
  fi
done
echo
cat "$work/results.txt"
echo "Machine: $(nproc) vCPUs, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), kernel $(uname -r); load average $load_before before, $(cut -d" " -f1-3 /proc/loadavg) after"
echo "Targets: no errors but 429/503 with Retry-After; recovered within 10 s; no acknowledged comment lost."
exit "$failed"
