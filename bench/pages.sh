#!/usr/bin/env bash
# Reader pages against nginx, loopback only, bounded in time (about 4 minutes):
#
#  1. ./dateline serve with the demo site; the article page and the front page are saved as they are served to an
#     anonymous reader (no cookie, no Accept-Encoding: the same bytes wrk gets).
#  2. nginx (Debian's package, as a foreground process with a private prefix and config in a temporary directory,
#     worker_processes = cores, access log off) serves those two files as static files: the ceiling, measured in the
#     same run.
#  3. wrk (2 threads) on each page at 32 and 256 connections, DURATION seconds each after a warm-up: nginx, Dateline
#     with its page cache (the default), then Dateline restarted with --dateline.cache.enabled=false (every request
#     renders the page).
#
#   bench/pages.sh                  # 10 s per measurement
#   DURATION=20 bench/pages.sh
#
# Targets (issue 7): cached, at least 0.5 of nginx's requests/s and a p99 at most 2x nginx's; uncached, at least
# 5,000 requests/s on a 2-core machine. wrk shares the cores with the server, so absolute latencies are noisy.
set -euo pipefail
BENCH_PORT="${BENCH_PORT:-18180}"
NGINX_PORT="${NGINX_PORT:-18181}"
source "$(dirname "$0")/lib.sh"
DURATION="${DURATION:-10}"
THREADS="${THREADS:-2}"
need wrk wrk
need curl curl
need nginx nginx-light

load_before="$(cut -d" " -f1-3 /proc/loadavg)"
work="$(mktemp -d /tmp/dateline-bench-pages.XXXXXX)"
NGINX_PID=""
stop_nginx() { [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=""; }
trap 'stop_server; stop_nginx; rm -rf "$work/data"; echo "(results left in $work)"' EXIT

start_server "$work/data"
article="$(first_article)"
url="http://127.0.0.1:$BENCH_PORT"
mkdir -p "$work/nginx/html" "$work/nginx/logs"
curl -fs "$url$article" -o "$work/nginx/html/article.html"
curl -fs "$url/" -o "$work/nginx/html/front.html"
echo "Article: $article ($(wc -c < "$work/nginx/html/article.html") bytes); front page: $(wc -c < "$work/nginx/html/front.html") bytes"

# nginx as a non-daemon child of this script, with everything it writes in $work/nginx
cat > "$work/nginx/nginx.conf" <<EOF
worker_processes $(nproc);
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/nginx/tmp-body;
  proxy_temp_path $work/nginx/tmp-proxy;
  fastcgi_temp_path $work/nginx/tmp-fastcgi;
  uwsgi_temp_path $work/nginx/tmp-uwsgi;
  scgi_temp_path $work/nginx/tmp-scgi;
  default_type text/html;
  sendfile on;
  tcp_nopush on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/nginx/html;
    location = / { try_files /front.html =404; }
    location / { try_files /article.html =404; }
  }
}
EOF
chmod -R a+rX "$work"   # nginx's workers run as nobody
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && break; sleep 0.1; done
cmp -s <(curl -fs "http://127.0.0.1:$NGINX_PORT$article") "$work/nginx/html/article.html" \
  || { echo "bench: nginx does not serve the saved page" >&2; exit 1; }

measure() { # measure NAME BASE_URL PATH CONNECTIONS: one line of figures, wrk's output kept in $work
  local out="$work/$1-article-$4.txt"
  [ "$3" = "/" ] && out="$work/$1-front-$4.txt"
  wrk -t"$THREADS" -c"$4" -d"${DURATION}s" --timeout 10s --latency "$2$3" > "$out"
  local errors
  errors="$(awk '/Non-2xx|Socket errors/ { print }' "$out" | tr '\n' ' ')"
  printf "%s %s\n" "$(wrk_rps "$out") $(wrk_latency "$out" 50%) $(wrk_latency "$out" 99%)" "$errors"
}
warm() { wrk -t"$THREADS" -c32 -d5s "$1" > /dev/null; }

declare -A result
run_all() { # run_all NAME BASE_URL
  warm "$2$article"; warm "$2/"
  for page in article front; do
    local path="$article"; [ "$page" = front ] && path="/"
    for connections in 32 256; do
      result["$1,$page,$connections"]="$(measure "$1" "$2" "$path" "$connections")"
    done
  done
}
run_all nginx "http://127.0.0.1:$NGINX_PORT"
run_all cached "$url"
curl -fsI "$url$article" | grep -i '^x-cache' || true
stop_server
start_server "$work/data" --dateline.cache.enabled=false
curl -fsI "$url$article" | grep -qi '^x-cache' && { echo "bench: the page cache is still on" >&2; exit 1; }
run_all uncached "$url"
stop_server
stop_nginx

field() { echo "${result[$1]}" | awk -v n="$2" '{ print $n }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
echo
echo "Machine: $(nproc) vCPUs, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), kernel $(uname -r), load average: $load_before before the run, $(cut -d" " -f1-3 /proc/loadavg) after"
echo "wrk -t$THREADS, $DURATION s per line; latencies in ms"
printf "%-8s %6s  %-9s %10s %8s %8s %12s %12s  %s\n" page conns server "req/s" p50 p99 "req/s/nginx" "p99/nginx" errors
for page in article front; do
  for connections in 32 256; do
    n="nginx,$page,$connections"
    for server in nginx cached uncached; do
      k="$server,$page,$connections"
      printf "%-8s %6s  %-9s %10s %8s %8s %12s %12s  %s\n" "$page" "$connections" "$server" \
        "$(field "$k" 1)" "$(field "$k" 2)" "$(field "$k" 3)" \
        "$(ratio "$(field "$k" 1)" "$(field "$n" 1)")" "$(ratio "$(field "$k" 3)" "$(field "$n" 3)")" \
        "$(echo "${result[$k]}" | cut -d' ' -f4-)"
    done
  done
done
echo "Targets: cached req/s/nginx >= 0.50 and p99/nginx <= 2.00; uncached >= 5,000 req/s."
