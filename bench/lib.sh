# Shared by the benchmark scripts: tools, a server on a private data directory, and wrk output parsing.
# Benchmarks run on loopback only and are bounded in time; none is part of the test suite.

bench_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_PORT="${BENCH_PORT:-18080}"

need() {
  # need COMMAND PACKAGE: installs a Debian package when the command is missing
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "Installing $2 (for $1)..." >&2
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq "$2" >/dev/null || { echo "bench: cannot install $2" >&2; exit 1; }
}

bench_java() {
  "$("$bench_root/dateline" java-home)/bin/java" "$@"
}

# start_server DATA_DIR [--setting=value ...]: starts ./dateline serve in the background and waits until it answers
start_server() {
  local data="$1"; shift
  mkdir -p "$data"
  "$bench_root/dateline" serve --data "$data" --port "$BENCH_PORT" "$@" > "$data/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$BENCH_PORT/actuator/health" >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.5
  done
  echo "bench: the server did not start; see $data/server.log" >&2
  exit 1
}

stop_server() {
  [ -n "${SERVER_PID:-}" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

# The java process of the server (./dateline execs java, so it is the same pid).
crash_server() {
  [ -n "${SERVER_PID:-}" ] && kill -9 "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

# wrk_rps FILE: requests per second from wrk's output
wrk_rps() { awk '/Requests\/sec/ { print $2 }' "$1"; }

# wrk_latency FILE PERCENTILE (50%, 99%): the latency in ms from wrk --latency output
wrk_latency() {
  awk -v p="$2" '$1 == p { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 } printf "%.2f", v }' "$1"
}

first_article() {
  curl -fs "http://127.0.0.1:$BENCH_PORT/world/" | grep -o 'href="/world/[0-9]\{4\}/[0-9]\{2\}/[0-9]\{2\}/[a-z0-9-]*"' | head -1 | cut -d'"' -f2
}
