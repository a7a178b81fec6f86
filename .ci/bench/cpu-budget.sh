#!/usr/bin/env bash
# Where a submission's time goes: starts SERVER_BIN with the demo data on a
# new SQLite file (or DATABASE_URL, an empty database), then runs wrk for
# BUDGET_SECONDS on /healthz and for as long on submit.lua (64 connections
# each), and prints, per run, the rate, the server's CPU time per request
# (user + system, from /proc), the whole machine's idle share, and for the
# submissions the CPU time of each kind of server thread and the median
# batch of the group commit. It answers "is the server out of CPU, or
# waiting?", which a rate alone cannot (issue 24).
#
#   .ci/bench/cpu-budget.sh SERVER_BIN [DATABASE_URL]
# Environment: SITE_ROOT (the built site, default target/site),
# BUDGET_SECONDS (10), BUDGET_STATISTICS (true: the statistics task runs in
# the server; false: as with `server worker` beside it), RUST_LOG (warn).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SERVER_BIN=${1:?usage: cpu-budget.sh SERVER_BIN [DATABASE_URL]}
SECONDS_PER_RUN=${BUDGET_SECONDS:-10}
TOKEN=cpu-budget-metrics-token
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tailspin-cpu.XXXXXX")
DATABASE=${2:-sqlite://$WORK/budget.db?mode=rwc}
SERVER_PID=""
cleanup() {
  [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
DATABASE_URL="$DATABASE" \
  TAILSPIN_LISTEN_ADDR="127.0.0.1:$PORT" \
  TAILSPIN_BLOB_DIR="$WORK/blobs" \
  TAILSPIN_EXPORT_DIR="$WORK/exports" \
  TAILSPIN_SECRET_KEY_FILE="$WORK/secret.key" \
  TAILSPIN_DEMO_PASSWORD=tailspin-bench-password \
  TAILSPIN_METRICS_TOKEN="$TOKEN" \
  TAILSPIN_SUBMISSIONS_PER_MINUTE=100000000 \
  TAILSPIN_MIN_FILL_SECONDS=0 \
  TAILSPIN_STATISTICS_IN_PROCESS="${BUDGET_STATISTICS:-true}" \
  LEPTOS_SITE_ROOT="${SITE_ROOT:-$ROOT/target/site}" \
  LEPTOS_OUTPUT_NAME=tailspin \
  RUST_LOG="${RUST_LOG:-warn}" \
  "$SERVER_BIN" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 300); do
  curl -fsS -o /dev/null "$BASE/readyz" 2>/dev/null && break
  sleep 0.1
done
"$ROOT/.ci/bench/lift-monthly-limit.sh" "$DATABASE"

ticks_per_second=$(getconf CLK_TCK)
# CPU ticks (user + system) of the server, of each thread kind, and idle.
server_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
idle_ticks() { awk '/^cpu / {print $5}' /proc/stat; }
thread_ticks() {
  for task in /proc/"$SERVER_PID"/task/*; do
    printf '%s %s\n' "$(tr ' ' _ <"$task/comm")" "$(awk '{print $14 + $15}' "$task/stat")"
  done | awk '{sum[$1] += $2} END {for (k in sum) print k, sum[k]}' | sort
}

# measure NAME WRK-ARGS...: one wrk run and its CPU figures.
measure() {
  local name=$1
  shift
  local cpu0 idle0 cpu1 idle1 rate
  cpu0=$(server_ticks)
  idle0=$(idle_ticks)
  wrk -t2 -c64 -d"${SECONDS_PER_RUN}s" "$@" >"$WORK/wrk-$name"
  cpu1=$(server_ticks)
  idle1=$(idle_ticks)
  rate=$(awk '/^Requests\/sec/ {print int($2)}' "$WORK/wrk-$name")
  awk -v n="$name" -v r="$rate" -v c=$((cpu1 - cpu0)) -v i=$((idle1 - idle0)) \
    -v hz="$ticks_per_second" -v s="$SECONDS_PER_RUN" -v cores="$(nproc)" 'BEGIN {
      printf "%s_per_second=%d\n", n, r
      printf "%s_server_cpu_us_per_request=%d\n", n, (c / hz) * 1e6 / (r * s)
      printf "%s_machine_idle_percent=%d\n", n, 100 * (i / hz) / (s * cores)
    }'
}

mapfile -t fields < <(curl -fsS "$BASE/s/adatum/customer-satisfaction" |
  grep -o 'name="q-[0-9]*"' | sed 's/name="//; s/"//' | awk '!seen[$0]++')
measure floor -H 'Accept: text/html' "$BASE/healthz"
thread_ticks >"$WORK/threads-before"
measure submit -s "$ROOT/.ci/bench/submit.lua" "$BASE/s/adatum/customer-satisfaction" -- \
  "${fields[0]}" "${fields[1]}"
thread_ticks >"$WORK/threads-after"
submitted=$(awk '/^Requests\/sec/ {print int($2)}' "$WORK/wrk-submit")
join "$WORK/threads-before" "$WORK/threads-after" |
  awk -v hz="$ticks_per_second" -v n=$((submitted * SECONDS_PER_RUN)) \
    '{printf "submit_cpu_us_per_request_%s=%d\n", $1, (($3 - $2) / hz) * 1e6 / n}'
curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/metrics" |
  awk -F'} ' '/^tailspin_submission_batch_size\{quantile="0.5"\}/ {printf "submit_median_batch=%d\n", $2}'
