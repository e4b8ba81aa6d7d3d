#!/usr/bin/env bash
# Server load figures for BENCHMARKS.md ("Server"): feed requests (200 and 304) and accepted
# booking actions per second with wrk at 50 connections (a 30 s timeout, so that queued actions
# count), p50/p99 latency, on SQLite and on PostgreSQL (one and two server processes), and the
# server's memory with a generated N = 98 plan published.
#
# Usage: Benchmarks/server/run.sh BINARY [POSTGRES_URL]
#   BINARY        a release build: swift build -c release --product stime-planner
#   POSTGRES_URL  postgresql://user@127.0.0.1:PORT/postgres; the script creates and drops
#                 its own database in it. Without it only SQLite is measured.
# Loopback only; every wrk run lasts DURATION seconds (default 15); the servers are stopped
# at the end. Needs wrk, curl, python3 (and psql with a URL).
set -euo pipefail
BIN=$(realpath "${1:?usage: run.sh BINARY [POSTGRES_URL]}")
PG_URL=${2:-}
DURATION=${DURATION:-15}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d /tmp/stime-server-bench.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# start_server NAME PORT STORE_ARGS... : starts `serve` in the background, waits for /healthz.
start_server() {
    local name=$1 port=$2
    shift 2
    "$BIN" serve --port "$port" "$@" >"$WORK/$name.log" 2>&1 &
    PIDS+=($!)
    echo $! >"$WORK/$name.pid"
    for _ in $(seq 1 600); do
        curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    echo "server $name did not start:" >&2
    cat "$WORK/$name.log" >&2
    exit 1
}

stop_servers() {
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    PIDS=()
}

# wrk_line LABEL URL [wrk args...] : one table row: requests/s, non-2xx, p50, p99.
wrk_line() {
    local label=$1 url=$2
    shift 2
    wrk -t2 -c50 -d"${DURATION}s" --latency "$@" "$url" >"$WORK/wrk.out" 2>&1
    python3 "$HERE/wrk_row.py" "$label" <"$WORK/wrk.out"
}

# measure LABEL PORT STORE_ARGS... : feeds 200/304 and absences on one running server.
measure() {
    local label=$1 port=$2
    shift 2
    local base="http://127.0.0.1:$port"
    local lead
    lead=$("$BIN" token create "$@" --role lead)
    curl -fs -H "Authorization: Bearer $lead" "$base/api/v1/feeds" >"$WORK/feeds.json"
    local feed
    feed=$(python3 -c 'import json,sys; print(next(f["url"] for f in json.load(sys.stdin) if f["file"].startswith("municipality-")))' <"$WORK/feeds.json")
    local etag
    etag=$(curl -fs -D - -o /dev/null "$base$feed" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
    wrk_line "$label, feed 200" "$base$feed"
    wrk_line "$label, feed 304" "$base$feed" -H "If-None-Match: $etag"
    curl -fs -H "Authorization: Bearer $lead" "$base/api/v1/scenario" >"$WORK/scenario.json"
    python3 "$HERE/absences_lua.py" "$lead" <"$WORK/scenario.json" >"$WORK/absences.lua"
    wrk_line "$label, absences" "$base/api/v1/absences" -s "$WORK/absences.lua" --timeout 30s
}

printf '| server | requests/s | non-2xx/3xx | p50 | p99 |\n|---|---|---|---|---|\n'

start_server sqlite 18081 --data "$WORK/sqlite"
measure "SQLite" 18081 --data "$WORK/sqlite"
stop_servers

if [ -n "$PG_URL" ]; then
    db="stime_bench_$$"
    psql "$PG_URL" -qc "CREATE DATABASE $db" >/dev/null
    url="${PG_URL%/*}/$db"
    start_server pg1 18082 --database "$url"
    measure "PostgreSQL, 1 process" 18082 --database "$url"
    start_server pg2 18083 --database "$url"
    lead=$("$BIN" token create --database "$url" --role lead)
    curl -fs -H "Authorization: Bearer $lead" "http://127.0.0.1:18082/api/v1/scenario" >"$WORK/scenario.json"
    python3 "$HERE/absences_lua.py" "$lead" <"$WORK/scenario.json" >"$WORK/absences.lua"
    # Two processes, 25 connections each, at the same time; the rows are summed.
    wrk -t1 -c25 -d"${DURATION}s" --latency --timeout 30s -s "$WORK/absences.lua" http://127.0.0.1:18082/api/v1/absences >"$WORK/a.out" 2>&1 &
    first=$!
    wrk -t1 -c25 -d"${DURATION}s" --latency --timeout 30s -s "$WORK/absences.lua" http://127.0.0.1:18083/api/v1/absences >"$WORK/b.out" 2>&1
    wait "$first"
    python3 "$HERE/wrk_row.py" "PostgreSQL, 2 processes, absences" "$WORK/a.out" "$WORK/b.out" </dev/null
    stop_servers
    psql "$PG_URL" -qc "DROP DATABASE $db" >/dev/null
fi

# Memory: a generated N = 98 scenario and its plan published, every feed rendered once.
"$BIN" generate --municipalities 98 --seed 7 >"$WORK/n98.json"
"$BIN" plan "$WORK/n98.json" --iterations 3000 --out "$WORK/n98" --quiet >/dev/null
start_server memory 18084 --data "$WORK/memory"
pid=$(cat "$WORK/memory.pid")
lead=$("$BIN" token create --data "$WORK/memory" --role lead)
rss_before=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
python3 -c 'import json,sys; print(json.dumps({"scenario": json.load(open(sys.argv[1])), "plan": json.load(open(sys.argv[2]))}))' \
    "$WORK/n98.json" "$WORK/n98/plan.json" >"$WORK/body.json"
version=$(curl -fs -H "Authorization: Bearer $lead" -H 'Content-Type: application/json' --data-binary @"$WORK/body.json" \
    http://127.0.0.1:18084/api/v1/plans | python3 -c 'import json,sys; print(json.load(sys.stdin)["version"])')
curl -fs -X POST -H "Authorization: Bearer $lead" "http://127.0.0.1:18084/api/v1/plans/$version/publish" >/dev/null
curl -fs -H "Authorization: Bearer $lead" http://127.0.0.1:18084/api/v1/feeds >"$WORK/feeds.json"
count=0
for url in $(python3 -c 'import json,sys; print(" ".join(f["url"] for f in json.load(sys.stdin)))' <"$WORK/feeds.json"); do
    curl -fs -o /dev/null "http://127.0.0.1:18084$url"
    count=$((count + 1))
done
rss_after=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
hwm=$(awk '/VmHWM/{print $2}' /proc/$pid/status)
echo
echo "memory: default plan published ${rss_before} KiB RSS; N = 98 plan published and its $count feeds rendered: ${rss_after} KiB RSS, peak ${hwm} KiB"
