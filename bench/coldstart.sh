#!/usr/bin/env bash
# Cold start of ./dateline serve to the first served page, loopback only, bounded in time (about 2 minutes):
# the time from running the command to the first 200 answer of the front page, polled every 20 ms. Each case runs
# RUNS times (default 3); the median is reported, with every run.
#
#  - restart: an existing site (the data directory of an earlier start), the usual case;
#  - first start: an empty data directory, so the start also migrates the database and seeds the demo site;
#  each with the AOT cache that ./dateline makes after a build (target/aot, see the launcher) and, as the reference
#  measured in the same run, with DATELINE_AOT=off (the executable jar alone, as before the cache).
#
#   bench/coldstart.sh
#   RUNS=5 bench/coldstart.sh
#
# Target (issue 7): under 2 s to the first served page.
set -euo pipefail
BENCH_PORT="${BENCH_PORT:-18183}"
source "$(dirname "$0")/lib.sh"
RUNS="${RUNS:-3}"
need curl curl

load_before="$(cut -d" " -f1-3 /proc/loadavg)"
work="$(mktemp -d /tmp/dateline-bench-coldstart.XXXXXX)"
mkdir -p "$work/logs"
trap 'stop_server; rm -rf "$work/data"*; echo "(results left in $work)"' EXIT
# builds the jar when it is stale and makes the AOT cache for it, so neither is part of what is measured
"$bench_root/dateline" --version > /dev/null
[ -f "$(ls -t "$bench_root"/target/aot/*/ready 2>/dev/null | head -1)" ] || echo "bench: no AOT cache was made (see target/aot/*/training.log)" >&2

# first_page AOT DATA: seconds from the command to the first 200 of /, then the server is stopped
first_page() {
  local started elapsed
  started="$(date +%s%N)"
  DATELINE_AOT="$1" "$bench_root/dateline" serve --data "$2" --port "$BENCH_PORT" > "$work/logs/$(basename "$2")-$1-$(date +%s%N).log" 2>&1 &
  SERVER_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$BENCH_PORT/"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "bench: the server stopped; see $work/logs" >&2; exit 1; }
    (( $(date +%s%N) - started < 120000000000 )) || { echo "bench: no page after 120 s; see $work/logs" >&2; exit 1; }
    sleep 0.02
  done
  elapsed="$(( ($(date +%s%N) - started) / 1000000 ))"
  # CPU time the server used until then (user + system): what a busy machine does not inflate
  cpu="$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$SERVER_PID/stat")"
  stop_server
  awk -v ms="$elapsed" -v cpu="$cpu" 'BEGIN { printf "%.2f/%s", ms / 1000, cpu }'
}
median() { tr ' ' '\n' | grep . | cut -d/ -f"${1:-1}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

declare -A times
# one site for the restarts, made by a first start
first_page off "$work/data-site" > /dev/null
for run in $(seq 1 "$RUNS"); do
  for aot in off on; do   # alternate, so a disturbance hits both alike
    times["restart,$aot"]+="$(first_page "$aot" "$work/data-site") "
    rm -rf "$work/data-new"
    times["first,$aot"]+="$(first_page "$aot" "$work/data-new") "
  done
done

echo "Machine: $(nproc) vCPUs, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), kernel $(uname -r); load average $load_before before, $(cut -d" " -f1-3 /proc/loadavg) after"
echo "Seconds from ./dateline serve to the first 200 of /, median of $RUNS; every run as wall/CPU seconds:"
for kind in restart first; do
  off="$(echo "${times[$kind,off]}" | median)"; on="$(echo "${times[$kind,on]}" | median)"
  off_cpu="$(echo "${times[$kind,off]}" | median 2)"; on_cpu="$(echo "${times[$kind,on]}" | median 2)"
  label="restart (existing site)"; [ "$kind" = first ] && label="first start (empty data directory, demo site)"
  printf "  %-46s jar alone %6s s (CPU %s s)  AOT cache %6s s (CPU %s s)  ratio %s  %s\n" "$label" \
    "$off" "$off_cpu" "$on" "$on_cpu" "$(awk -v a="$on" -v b="$off" 'BEGIN { printf "%.2f", a / b }')" \
    "$(awk -v a="$on" 'BEGIN { print (a < 2 ? "under 2 s" : "OVER 2 s") }')"
  printf "  %-46s runs: jar alone %s; AOT cache %s\n" "" "${times[$kind,off]% }" "${times[$kind,on]% }"
done
echo "Target: under 2 s with the AOT cache (the reference is the same start without it, in this run)."
