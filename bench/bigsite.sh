#!/usr/bin/env bash
# Reader pages of a big site, uncached, on SQLite and on PostgreSQL; loopback only, bounded in time (about 3 minutes
# a database once the site exists; generating it takes a few minutes more):
#
#  1. A new site, migrated by the application itself (./dateline serve --no-demo, stopped once it answers), then
#     bench/CorpusGenerator.java writes ARTICLES stories (default 100,000) and COMMENTS comments (default 1,000,000)
#     straight into its tables in batches, and the URL paths to request.
#  2. ./dateline serve on it with the page cache off (--dateline.cache.enabled=false: every request renders), a
#     warm-up, then each kind of page for DURATION seconds with wrk (1 thread, CONNECTIONS connections): 500 random
#     articles, the most discussed article, the front page, section fronts and their pages, searches of every kind,
#     feeds (site, section, tag, author, an article's comments). p50, p95, p99 of the whole request.
#     The reference in the same run: /search without words, the same layout with no work that grows with the site.
#  3. Memory: all kinds mixed at LOAD_CONNECTIONS connections for LOAD_DURATION seconds, then the server's resident
#     size (VmRSS, and its peak VmHWM, from /proc/PID/status), against its size right after start.
#
#   bench/bigsite.sh                                   # both databases, 10 s per kind
#   SITE=/tmp/bigsite bench/bigsite.sh                 # keeps the generated sites there, and reuses them next time
#   DATABASES=sqlite ARTICLES=20000 COMMENTS=200000 bench/bigsite.sh
#
# PostgreSQL: the server at PG_HOST:PG_PORT (default 127.0.0.1:5432, user postgres, trust authentication), in a
# scratch database PG_DATABASE (default dateline_bigsite), dropped and made again when the site is generated.
# Targets (issue 7): p95 under 50 ms for every kind; resident size under 400 MB after the load.
set -euo pipefail
BENCH_PORT="${BENCH_PORT:-18182}"
source "$(dirname "$0")/lib.sh"
ARTICLES="${ARTICLES:-100000}"
COMMENTS="${COMMENTS:-1000000}"
DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-2}"
LOAD_CONNECTIONS="${LOAD_CONNECTIONS:-32}"
LOAD_DURATION="${LOAD_DURATION:-20}"
DATABASES="${DATABASES:-sqlite postgresql}"
PG_HOST="${PG_HOST:-127.0.0.1}"
PG_PORT="${PG_PORT:-5432}"
PG_DATABASE="${PG_DATABASE:-dateline_bigsite}"
need wrk wrk
need curl curl
need psql postgresql-client

load_before="$(cut -d" " -f1-3 /proc/loadavg)"
work="$(mktemp -d /tmp/dateline-bench-bigsite.XXXXXX)"
site="${SITE:-$work/site}"
trap 'stop_server; [ -n "${SITE:-}" ] || rm -rf "$work/site"; echo "(results left in $work)"' EXIT
"$bench_root/dateline" --version >/dev/null # builds the jar when it is missing or stale
java_home="$("$bench_root/dateline" java-home)"
jar="$bench_root/target/dateline.jar"
(cd "$work" && "$java_home/bin/jar" xf "$jar" $("$java_home/bin/jar" tf "$jar" \
  | grep -E 'BOOT-INF/lib/(sqlite-jdbc|postgresql)-.*\.jar'))
pg_url="postgresql://postgres@$PG_HOST:$PG_PORT/$PG_DATABASE"
psql_admin() { psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -qAt "$@"; }

generate() { # generate DATABASE DIR: a migrated, empty site filled by the generator
  local database="$1" dir="$2" target server_args=()
  rm -rf "$dir"
  if [ "$database" = postgresql ]; then
    psql_admin -c "DROP DATABASE IF EXISTS $PG_DATABASE" -c "CREATE DATABASE $PG_DATABASE"
    server_args=(--database "$pg_url")
    target="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DATABASE?user=postgres"
  else
    target="$dir/dateline.db"
  fi
  start_server "$dir" --no-demo "${server_args[@]}"   # the application's own migrations
  stop_server
  echo "Generating $ARTICLES articles and $COMMENTS comments on $database..."
  local started=$SECONDS
  bench_java --enable-native-access=ALL-UNNAMED -cp "$(ls "$work"/BOOT-INF/lib/sqlite-jdbc-*.jar):$(ls "$work"/BOOT-INF/lib/postgresql-*.jar)" \
    "$bench_root/bench/CorpusGenerator.java" "$target" "$ARTICLES" "$dir/pages.tmp" "$COMMENTS"
  mv "$dir/pages.tmp" "$dir/pages"
  echo "$ARTICLES $COMMENTS" > "$dir/generated"
  echo "Generated in $(( SECONDS - started )) s"
}

kinds="article hot-article front section search feed"
run() { # run NAME PATHS_FILE [CONNECTIONS] [SECONDS]
  QUERIES="$2" wrk -t1 -c"${3:-$CONNECTIONS}" -d"${4:-$DURATION}s" --timeout 10s -s "$bench_root/bench/search.lua" \
    "http://127.0.0.1:$BENCH_PORT" | grep "^requests=" | awk -v name="$1" "{ print name, \$0 }"
}
rss() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status"; }
hwm() { awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status"; }

for database in $DATABASES; do
  dir="$site/$database"
  if [ "$(cat "$dir/generated" 2>/dev/null)" != "$ARTICLES $COMMENTS" ] \
    || { [ "$database" = postgresql ] && [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'")" != 1 ]; }; then
    generate "$database" "$dir"
  fi
  # load shedding off: this measures what rendering costs, not how the server refuses work beyond its capacity
  server_args=(--no-demo --dateline.cache.enabled=false --dateline.load-shedding.enabled=false)
  [ "$database" = postgresql ] && server_args+=(--database "$pg_url")
  start_server "$dir" "${server_args[@]}"
  rss_started="$(rss)"
  pages="$dir/pages"
  cp "$pages/mixed.txt" "$work/search.txt"
  cat "$pages/article.txt" "$pages/front.txt" "$pages/section.txt" "$pages/mixed.txt" "$pages/feed.txt" \
    | shuf --random-source=<(yes) > "$work/all.txt"
  echo "/search" > "$work/reference.txt"
  cp "$pages/hot-article.txt" "$work/hot-article.txt"
  echo "== $database: $(cat "$dir/generated" | awk '{ printf "%d articles, %d comments", $1, $2 }'); the most discussed article: $(cat "$pages/hot-article.txt")"
  # every kind answers 200 before anything is measured
  for kind in article front section feed; do
    status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$BENCH_PORT$(head -2 "$pages/$kind.txt" | tail -1)")"
    [ "$status" = 200 ] || { echo "bench: $(head -2 "$pages/$kind.txt" | tail -1) answered $status" >&2; exit 1; }
  done
  DURATION=10 run warm-up "$work/all.txt" "$CONNECTIONS" > /dev/null
  {
    run "reference(/search-no-words)" "$work/reference.txt"
    for kind in $kinds; do
      file="$pages/$kind.txt"
      [ "$kind" = search ] && file="$work/search.txt"
      [ "$kind" = hot-article ] && file="$work/hot-article.txt"
      run "$kind" "$file"
    done
    run "load(all-mixed,c=$LOAD_CONNECTIONS)" "$work/all.txt" "$LOAD_CONNECTIONS" "$LOAD_DURATION"
  } | tee "$work/$database.txt"
  echo "memory: $(rss) MB resident after the load (peak $(hwm) MB; $rss_started MB right after start)" \
    | tee -a "$work/$database.txt"
  reference_p95="$(awk '/^reference/ { for (i = 1; i <= NF; i++) if ($i ~ /^p95=/) { sub("p95=", "", $i); print $i } }' "$work/$database.txt")"
  echo "p95 against the reference (/search without words, $reference_p95 ms):"
  awk -v r="$reference_p95" '!/^reference|^memory/ { for (i = 1; i <= NF; i++) if ($i ~ /^p95=/) { v = $i; sub("p95=", "", v);
      printf "  %-28s p95 %7.2f ms  %6.1fx  %s\n", $1, v, (r > 0 ? v / r : 0), (v + 0 < 50 ? "under 50 ms" : "OVER 50 ms") } }' "$work/$database.txt"
  stop_server
done
echo "Machine: $(nproc) vCPUs, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), kernel $(uname -r); load average $load_before before, $(cut -d" " -f1-3 /proc/loadavg) after"
echo "wrk -t1 -c$CONNECTIONS, $DURATION s per kind; load: -c$LOAD_CONNECTIONS for $LOAD_DURATION s. Targets: p95 < 50 ms uncached; resident size < 400 MB."
