#!/usr/bin/env bash
# `make bench`: builds in release mode and measures Tailspin Surveys on this
# machine against SQLite and PostgreSQL, then writes the figures into
# BENCHMARKS.md (between its result markers). Not part of CI.
#
# Load generator: wrk (Debian package) with .ci/bench/*.lua. Everything runs
# on loopback. Durations can be shortened for a trial run:
#   BENCH_SECONDS=5 BENCH_ENGINES=sqlite make bench
# and limited to the submission scenario: BENCH_ONLY=submissions make bench,
# or to the respondent's requests beside the floor (/healthz, the survey
# page, thanks, 404, 410, submissions, the whole journey):
# BENCH_ONLY=respondent make bench. Either prints its table and leaves
# BENCHMARKS.md as it is.
# Side by side with the server of an earlier commit (see the end):
#   BENCH_AGAINST=244373a BENCH_SECONDS=10 make bench
# Invitations by email with a kill in the middle (see below):
#   BENCH_ONLY=invitations make bench
# Results and responses filtered by an answer, at 1,000 and at
# BENCH_FILTER_ANSWERS (100,000) answers, beside the floor:
#   BENCH_ONLY=filter make bench
# The REST API with an API key (surveys, a page of 100 responses from the
# start and from the middle, the summary, and deleting a merged response)
# at BENCH_API_ANSWERS (100,000) answers, beside the floor:
#   BENCH_ONLY=api make bench
# Submissions without webhooks, then with three endpoints attached to
# .ci/bench/webhook-receiver.mjs (and how fast their deliveries drain):
#   BENCH_ONLY=webhooks make bench
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export TAILSPIN_CACHE="${TAILSPIN_CACHE:-${HOME:-/root}/.cache/tailspin}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$TAILSPIN_CACHE/target}"
export PATH="$TAILSPIN_CACHE/node-tools/node_modules/.bin:$PATH:${HOME:-/root}/.cargo/bin"

SECONDS_PER_RUN=${BENCH_SECONDS:-30}
ENGINES=${BENCH_ENGINES:-"sqlite postgres"}
CONNECTIONS=64
LAG_RATE=2000
BIG=${BENCH_BIG_ANSWERS:-1000000}
TOKEN=bench-metrics-token-0123456789
PASSWORD=tailspin-bench-password

log() { printf '[bench] %s\n' "$*" >&2; }

# shellcheck source=.ci/postgres.sh
source "$ROOT/.ci/postgres.sh"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tailspin-bench.XXXXXX")
RESULTS="$WORK/results"
: >"$RESULTS"
SERVER_PID=""
cleanup() {
  [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null
  pg_stop >/dev/null 2>&1 || true
  [[ -d $WORK/against ]] && git -C "$ROOT" worktree remove --force "$WORK/against"
  rm -rf "$WORK"
}
trap cleanup EXIT

result() { printf '%s=%s\n' "$1" "$2" >>"$RESULTS"; log "$1 = $2"; }

# ---- tools and build ---------------------------------------------------
if ! command -v wrk >/dev/null; then
  log "installing wrk"
  DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >/dev/null
fi
"$ROOT/.ci/install-tools.sh" --release

if [[ ${BENCH_ONLY:-} == invitations ]]; then
  # Sending mail needs no site: the server alone.
  log "release build of the server"
  cargo build --release -p server
else
  log "release build"
  BUILD_SITE_LOG="$WORK/build-site.log" "$ROOT/.ci/build-site.sh" --release
  # With the environment cargo-leptos gives the server build (leptos reads
  # it at compile time), so the baseline reuses that build's dependencies
  # instead of compiling them again.
  # One NAME=value per line (a value may hold spaces: RUSTFLAGS).
  mapfile -t LEPTOS_ENV < <(grep -m1 'Cargo envs:' "$WORK/build-site.log" | sed 's/.*Cargo envs: //' |
    perl -ne 'chomp; print "$1\n" while /([A-Z_]+=.*?)(?= [A-Z_]+=|$)/g')
  log "server build environment: ${LEPTOS_ENV[*]}"
  # The baseline handler is scenario 1's reference in a full run only; with
  # dev-dependencies it compiles the server a second time.
  [[ -z ${BENCH_AGAINST:-}${BENCH_ONLY:-} ]] &&
    env "${LEPTOS_ENV[@]}" cargo build --release -p server --example submit_baseline
fi
SERVER_BIN="$CARGO_TARGET_DIR/release/server"
BASELINE_BIN="$CARGO_TARGET_DIR/release/examples/submit_baseline"
SITE_ROOT="$ROOT/target/site"

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

wait_ready() {
  local url=$1
  for _ in $(seq 1 300); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    sleep 0.1
  done
  log "not ready: $url"
  return 1
}

# start_server DATABASE_URL: starts the release server with the demo data.
start_server() {
  local database_url=$1
  PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT"
  DATABASE_URL="$database_url" \
    TAILSPIN_LISTEN_ADDR="127.0.0.1:$PORT" \
    TAILSPIN_BLOB_DIR="$WORK/blobs" \
    TAILSPIN_EXPORT_DIR="$WORK/exports" \
    TAILSPIN_SECRET_KEY_FILE="$WORK/secret.key" \
    TAILSPIN_DEMO_PASSWORD="$PASSWORD" \
    TAILSPIN_METRICS_TOKEN="$TOKEN" \
    TAILSPIN_SUBMISSIONS_PER_MINUTE=100000000 \
    TAILSPIN_MIN_FILL_SECONDS=0 \
    TAILSPIN_SIGN_INS_PER_MINUTE=100000 \
    TAILSPIN_API_REQUESTS_PER_MINUTE=100000000 \
    TAILSPIN_OUTBOUND_ALLOW=127.0.0.1/32 \
    LEPTOS_SITE_ROOT="$SITE_ROOT" \
    LEPTOS_OUTPUT_NAME=tailspin \
    RUST_LOG="${BENCH_RUST_LOG:-info}" \
    "$SERVER_BIN" >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  wait_ready "$BASE/readyz"
  "$ROOT/.ci/bench/lift-monthly-limit.sh" "$database_url"
}

stop_server() {
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

# The highest resident set size of PID while the command runs, in MB.
sample_rss() {
  local pid=$1 out=$2 peak=0 rss
  while kill -0 "$pid" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    ((rss > peak)) && peak=$rss
    echo $((peak / 1024)) >"$out"
    sleep 0.2
  done
}

# submit_load URL OUT Q1 Q2 [RATE_PER_THREAD]: the submissions of
# .ci/bench/submit.lua sent to URL; wrk's report in OUT.
submit_load() {
  local url=$1 out=$2
  shift 2
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s .ci/bench/submit.lua \
    "$url" -- "$@" >"$out" 2>&1
}

# get_load URL OUT: GETs of URL as a browser asks for a page (no
# compression asked for, as in the issue's figures); wrk's report in OUT.
get_load() {
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -H 'Accept: text/html' "$1" >"$2" 2>&1
}

# wrk_rps FILE: whole requests/s of a wrk report (0 if it has none).
wrk_rps() {
  local rps
  rps=$(awk '/^Requests\/sec/ {print int($2)}' "$1")
  echo "${rps:-0}"
}

# wrk_latency FILE PERCENT: that percentile of a wrk --latency report, in ms.
wrk_latency() {
  local value
  value=$(awk -v p="$2%" '$1 == p {print $2}' "$1")
  to_ms "${value:-0}"
}

# wrk_summary FILE PREFIX: requests/s, p50/p99 (ms) and errors of a wrk run.
wrk_summary() {
  local file=$1 prefix=$2
  local non3xx socket
  non3xx=$(awk '/Non-2xx or 3xx/ {print $5}' "$file")
  socket=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$file")
  result "${prefix}_rps" "$(wrk_rps "$file")"
  result "${prefix}_p50" "$(wrk_latency "$file" 50)"
  result "${prefix}_p99" "$(wrk_latency "$file" 99)"
  result "${prefix}_errors" "$((${non3xx:-0} + ${socket:-0}))"
}

# wrk_socket_errors FILE: connect, read, write and timeout errors of a wrk run.
wrk_socket_errors() {
  local socket
  socket=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$1")
  echo "${socket:-0}"
}

# wrk prints 812.00us, 3.21ms or 1.02s; milliseconds with two decimals.
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else printf "%.2f", v }'
}

demo_fields() {
  curl -fsS "$BASE/s/adatum/customer-satisfaction" | grep -o 'name="q-[0-9]*"' |
    sed 's/name="//; s/"//' | awk '!seen[$0]++'
}

sign_in() {
  curl -fsS -o /dev/null -D - -X POST "$BASE/t/adatum/login" \
    --data-urlencode "email=admin@adatum.example" --data-urlencode "password=$PASSWORD" |
    awk -F'[ ;]' 'tolower($1) == "set-cookie:" && $2 ~ /tailspin_session=/ {print $2}'
}

metric() {
  curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/metrics"
}

# ---- scenarios ---------------------------------------------------------
scenario_submissions() {
  local engine=$1
  # Kept for the baseline, which runs without the server.
  mapfile -t FIELDS < <(demo_fields)
  local fields=("${FIELDS[@]}")
  log "$engine: $CONNECTIONS clients submitting for ${SECONDS_PER_RUN}s"
  sample_rss "$SERVER_PID" "$WORK/rss" &
  local sampler=$!
  submit_load "$BASE/s/adatum/customer-satisfaction" "$WORK/wrk-submit" "${fields[0]}" "${fields[1]}"
  kill "$sampler" 2>/dev/null || true
  cat "$WORK/wrk-submit" >&2
  wrk_summary "$WORK/wrk-submit" "${engine}_submit"
  result "${engine}_submit_rss_mb" "$(cat "$WORK/rss")"
}

# The HTTP floor: the same server, every middleware, no work. Every rate of
# the respondent's requests is read beside it, measured in the same run.
scenario_floor() {
  local engine=$1
  log "$engine: GET /healthz (the floor)"
  get_load "$BASE/healthz" "$WORK/wrk-floor"
  wrk_summary "$WORK/wrk-floor" "${engine}_floor"
}

# The pages a respondent is served: the survey, thanks, not found (404) and
# no longer accepting answers (410). A page answering with another status
# than its own would measure something else, so it is checked first.
scenario_pages() {
  local engine=$1 url=$2
  close_survey "$engine" "$url" product-feedback
  local name path want status
  while read -r name path want; do
    status=$(curl -sS -o /dev/null -w '%{http_code}' -H 'Accept: text/html' "$BASE$path")
    result "${engine}_${name}_status" "$status"
    if [[ $status != "$want" ]]; then
      log "$engine: $path answered $status, not $want; not measured"
      continue
    fi
    log "$engine: GET $path ($want)"
    get_load "$BASE$path" "$WORK/wrk-$name"
    wrk_summary "$WORK/wrk-$name" "${engine}_${name}"
    # wrk counts 4xx answers as errors; those pages are meant to be 4xx.
    [[ $want == 200 ]] || result "${engine}_${name}_errors" "$(wrk_socket_errors "$WORK/wrk-$name")"
  done <<'PAGES'
page /s/adatum/customer-satisfaction 200
thanks /s/adatum/customer-satisfaction/thanks 200
not_found /s/adatum/no-such-survey 404
gone /s/adatum/product-feedback 410
PAGES
}

# The whole journey, GET the page, POST it, GET thanks (.ci/bench/journey.lua).
scenario_journey() {
  local engine=$1
  mapfile -t fields < <(demo_fields)
  log "$engine: $CONNECTIONS clients on the whole journey for ${SECONDS_PER_RUN}s"
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s .ci/bench/journey.lua \
    "$BASE/s/adatum/customer-satisfaction" -- "${fields[0]}" "${fields[1]}" >"$WORK/wrk-journey" 2>&1
  cat "$WORK/wrk-journey" >&2
  wrk_summary "$WORK/wrk-journey" "${engine}_journey"
  result "${engine}_journeys_per_second" "$(($(wrk_rps "$WORK/wrk-journey") / 3))"
}

# Closes a demo survey behind the server's back, before any page of it was
# served (so nothing of it is cached), then waits out the survey records
# kept for a second (storage/survey_cache.rs).
close_survey() {
  local engine=$1 url=$2 slug=$3
  run_sql "$engine" "$url" "UPDATE surveys SET status = 'closed' WHERE slug = '$slug'" >/dev/null
  sleep 1.5
}

# ---- the memory figure (.ci/bench/memory.sh) ----------------------------
# The hour of use of issue 24 (logos and bombs, backups, a restore, exports,
# page views) on a server of its own with a fresh SQLite database, as `make
# run` starts it: its peak and its settled resident size.
scenario_memory() {
  log "memory: the hour of use on a fresh server (.ci/bench/memory.sh)"
  if SITE_ROOT=$SITE_ROOT "$ROOT/.ci/bench/memory.sh" "$SERVER_BIN" sqlite >"$WORK/memory.out"; then
    result memory_peak_mb "$(awk -F= '$1 == "memory_peak_mb" {print $2}' "$WORK/memory.out")"
    result memory_idle_mb "$(awk -F= '$1 == "memory_idle_mb" {print $2}' "$WORK/memory.out")"
  else
    log "memory.sh failed"
  fi
}

# The respondent's requests on ENGINE's fresh database at URL, beside the floor.
respondent_scenarios() {
  local engine=$1 url=$2
  scenario_floor "$engine"
  scenario_pages "$engine" "$url"
  scenario_submissions "$engine"
  scenario_journey "$engine"
}

scenario_baseline() {
  local engine=$1 database_url=$2
  local scope port
  scope=$(baseline_ids "$engine" "$database_url")
  port=$(free_port)
  # shellcheck disable=SC2086
  DATABASE_URL="$database_url" "$BASELINE_BIN" "127.0.0.1:$port" $scope >>"$WORK/baseline.log" 2>&1 &
  local pid=$!
  sleep 1
  local fields=("${FIELDS[@]}")
  log "$engine: baseline handler"
  submit_load "http://127.0.0.1:$port/submit" "$WORK/wrk-baseline" "${fields[0]}" "${fields[1]}"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  cat "$WORK/wrk-baseline" >&2
  wrk_summary "$WORK/wrk-baseline" "${engine}_baseline"
}

# "TENANT SURVEY Q1 Q2" of the demo survey.
baseline_ids() {
  local engine=$1 url=$2
  local tenant_survey questions
  if [[ $engine == sqlite ]]; then
    tenant_survey=$(sqlite3 "${url#sqlite://}" "SELECT tenant_id || ' ' || id FROM surveys WHERE slug = 'customer-satisfaction'")
  else
    tenant_survey=$(psql -At "$url" -c "SELECT tenant_id || ' ' || id FROM surveys WHERE slug = 'customer-satisfaction'")
  fi
  questions="${FIELDS[0]#q-} ${FIELDS[1]#q-}"
  echo "$tenant_survey $questions"
}

scenario_lag() {
  local engine=$1
  mapfile -t fields < <(demo_fields)
  # Two wrk threads, each on its own schedule for half the rate.
  local per_thread=$((LAG_RATE / 2))
  log "$engine: statistics lag at $LAG_RATE submissions/s"
  submit_load "$BASE/s/adatum/customer-satisfaction" "$WORK/wrk-lag" \
    "${fields[0]}" "${fields[1]}" "$per_thread"
  cat "$WORK/wrk-lag" >&2
  sleep 2
  wrk_summary "$WORK/wrk-lag" "${engine}_lag_load"
  metric >"$WORK/metrics"
  result "${engine}_lag_p99_ms" "$(histogram_quantile 0.99 tailspin_statistics_lag_seconds "$WORK/metrics")"
  result "${engine}_lag_p50_ms" "$(histogram_quantile 0.50 tailspin_statistics_lag_seconds "$WORK/metrics")"
}

# The upper bound (ms) of the bucket holding quantile Q of a Prometheus
# histogram: a conservative reading.
histogram_quantile() {
  local q=$1 name=$2 file=$3
  awk -v q="$q" -v name="${name}_bucket" '
    index($0, name) == 1 {
      match($0, /le="[^"]*"/); le = substr($0, RSTART + 4, RLENGTH - 5)
      n++; les[n] = le; counts[n] = $NF
    }
    END {
      total = counts[n]; if (total == 0) { print "n/a"; exit }
      for (i = 1; i <= n; i++) if (counts[i] >= q * total) {
        if (les[i] == "+Inf") print "> " les[i-1] * 1000; else printf "%g\n", les[i] * 1000; exit }
    }' "$file"
}

# Brings the demo survey to N stored answers (each with a queue message, so
# the statistics task merges them as it would live ones).
seed_answers() {
  local engine=$1 url=$2 target=$3
  local have missing
  have=$(run_sql "$engine" "$url" "SELECT count(*) FROM submissions s JOIN surveys v ON v.id = s.survey_id WHERE v.slug = 'customer-satisfaction'")
  missing=$((target - have))
  ((missing > 0)) || return 0
  log "$engine: seeding $missing answers"
  if [[ $engine == sqlite ]]; then
    sqlite3 "${url#sqlite://}" <<SQL
PRAGMA foreign_keys = ON;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $missing)
INSERT INTO submissions (tenant_id, survey_id, idempotency_key, received_at)
SELECT v.tenant_id, v.id, 'seed-' || lower(hex(randomblob(16))), CAST(strftime('%s','now') AS INTEGER) * 1000
FROM n, surveys v WHERE v.slug = 'customer-satisfaction';
INSERT INTO answers (tenant_id, submission_id, question_id, number_value)
SELECT s.tenant_id, s.id, q.id, CASE WHEN q.position = 1 THEN 1 + s.id % 5 ELSE s.id % 2 END
FROM submissions s JOIN questions q ON q.survey_id = s.survey_id AND q.position <= 2
WHERE s.idempotency_key LIKE 'seed-%' AND NOT EXISTS (SELECT 1 FROM answers a WHERE a.submission_id = s.id);
INSERT INTO statistics_queue (tenant_id, survey_id, submission_id, enqueued_at, visible_at)
SELECT s.tenant_id, s.survey_id, s.id, s.received_at, s.received_at FROM submissions s
WHERE s.idempotency_key LIKE 'seed-%' AND NOT EXISTS (SELECT 1 FROM statistics_queue m WHERE m.submission_id = s.id);
COMMIT;
SQL
  else
    # In chunks of 100,000, each one statement (a writable CTE) and its own
    # commit, so progress shows and no transaction grows huge.
    local chunk
    while ((missing > 0)); do
      chunk=$((missing < 100000 ? missing : 100000))
      psql -q -v ON_ERROR_STOP=1 "$url" <<SQL
WITH s AS (
  INSERT INTO submissions (tenant_id, survey_id, idempotency_key, received_at)
  SELECT v.tenant_id, v.id, 'seed-' || md5(random()::text || i), (extract(epoch FROM now()) * 1000)::bigint
  FROM generate_series(1, $chunk) i, surveys v WHERE v.slug = 'customer-satisfaction'
  RETURNING id, tenant_id, survey_id, received_at
), a AS (
  INSERT INTO answers (tenant_id, submission_id, question_id, number_value)
  SELECT s.tenant_id, s.id, q.id, CASE WHEN q.position = 1 THEN 1 + s.id % 5 ELSE s.id % 2 END
  FROM s JOIN questions q ON q.survey_id = s.survey_id AND q.position <= 2
)
INSERT INTO statistics_queue (tenant_id, survey_id, submission_id, enqueued_at, visible_at)
SELECT tenant_id, survey_id, id, received_at, received_at FROM s;
SQL
      missing=$((missing - chunk))
      log "$engine: $missing left to seed"
    done
    psql -q "$url" <<SQL
ANALYZE;
SQL
  fi
}

run_sql() {
  local engine=$1 url=$2 sql=$3
  if [[ $engine == sqlite ]]; then sqlite3 "${url#sqlite://}" "$sql"; else psql -At "$url" -c "$sql"; fi
}

wait_for_drain() {
  local engine=$1 url=$2 start=$SECONDS
  while (($(run_sql "$engine" "$url" "SELECT count(*) FROM statistics_queue") > 0)); do
    sleep 1
  done
  echo $((SECONDS - start))
}

scenario_reading() {
  local engine=$1 url=$2 size=$3 label=$4
  local cookie last
  cookie=$(sign_in)
  local results="$BASE/t/adatum/surveys/customer-satisfaction/results"
  local responses="$BASE/t/adatum/surveys/customer-satisfaction/responses?page=last"
  log "$engine: reading at $size answers"
  wrk -t1 -c1 -d5s --latency -s .ci/bench/get.lua "$results" -- "$cookie" >"$WORK/wrk-results" 2>&1
  wrk_summary "$WORK/wrk-results" "${engine}_results_${label}"
  last=$(curl -fsS -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$responses")
  result "${engine}_last_page_status_${label}" "$last"
  wrk -t1 -c1 -d5s --latency -s .ci/bench/get.lua "$responses" -- "$cookie" >"$WORK/wrk-last" 2>&1
  wrk_summary "$WORK/wrk-last" "${engine}_last_page_${label}"
}

# Results and the last page of responses filtered by an answer (the
# stars question is 1: half the seeded answers pass), each beside the same
# pages unfiltered. The filtered summary is merged on demand from the
# stored answers, so its time grows with the survey's size.
scenario_filtered() {
  local engine=$1 size=$2 label=$3
  local cookie status
  cookie=$(sign_in)
  local survey="$BASE/t/adatum/surveys/customer-satisfaction"
  local filter="test1=0:equals&value1=1&combine=all"
  log "$engine: filtered reading at $size answers"
  status=$(curl -fsS -H "Cookie: $cookie" "$survey/results?$filter" | grep -c 'pass the filter' || true)
  result "${engine}_filtered_results_shown_${label}" "$status"
  for page in "results" "results?$filter" "responses?page=last" "responses?page=last&$filter"; do
    local name=${page%%\?*}
    [[ $page == *test1=* ]] && name="filtered_$name"
    wrk -t1 -c1 -d5s --latency -s .ci/bench/get.lua "$survey/$page" -- "$cookie" >"$WORK/wrk-$name" 2>&1
    wrk_summary "$WORK/wrk-$name" "${engine}_${name}_${label}"
  done
}

# A key made on the API keys page, as an Administrator would, with the
# scopes of the form fields $1 (reading surveys and responses by default).
api_key() {
  local cookie scopes=${1:-surveys_read=on&responses_read=on}
  cookie=$(sign_in)
  curl -fsS -H "Cookie: $cookie" -H "Origin: $BASE" -X POST "$BASE/t/adatum/settings/api" \
    --data-urlencode "name=bench" --data "$scopes&days=30" |
    grep -o 'value="tsk_[A-Za-z0-9_-]*"' | head -1 | sed 's/value="//; s/"$//'
}

# The API's reads with a key, each checked for 200 first.
scenario_api() {
  local engine=$1 url=$2 size=$3
  local key middle survey="$BASE/api/v1/surveys/customer-satisfaction"
  key=$(api_key)
  middle=$(run_sql "$engine" "$url" "SELECT min(id) + $((size / 2)) FROM submissions")
  log "$engine: the API at $size answers"
  local name path status
  while read -r name path; do
    status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $key" "$path")
    result "${engine}_api_${name}_status" "$status"
    [[ $status == 200 ]] || continue
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency \
      -H "Authorization: Bearer $key" "$path" >"$WORK/wrk-api-$name" 2>&1
    wrk_summary "$WORK/wrk-api-$name" "${engine}_api_${name}"
  done <<PATHS
surveys $BASE/api/v1/surveys
survey $survey
first_page $survey/responses?limit=100
middle_page $survey/responses?limit=100&after=$middle
summary $survey/summary
PATHS
}

# Deleting responses the statistics task has merged: each rebuilds the
# survey's summary from the responses that remain
# (storage/response_removal.rs), so it takes as long as the survey is
# large. Five, timed one after another.
scenario_delete() {
  local engine=$1 url=$2 key id start status times=()
  local survey="$BASE/api/v1/surveys/customer-satisfaction"
  key=$(api_key "surveys_write=on")
  log "$engine: deleting merged responses"
  for id in $(run_sql "$engine" "$url" "SELECT s.id FROM submissions s JOIN surveys v ON v.id = s.survey_id WHERE v.slug = 'customer-satisfaction' ORDER BY s.id LIMIT 5"); do
    start=$(date +%s%N)
    status=$(curl -sS -o /dev/null -w '%{http_code}' -X DELETE \
      -H "Authorization: Bearer $key" "$survey/responses/$id")
    times+=($((($(date +%s%N) - start) / 1000000)))
    result "${engine}_api_delete_status" "$status"
    [[ $status == 204 ]] || return 0
  done
  result "${engine}_api_delete_ms_median" "$(printf '%s\n' "${times[@]}" | median)"
  result "${engine}_api_delete_ms_max" "$(printf '%s\n' "${times[@]}" | sort -n | tail -1)"
}

scenario_export() {
  local engine=$1
  local cookie start bytes
  cookie=$(sign_in)
  log "$engine: CSV export"
  start=$(date +%s.%N)
  bytes=$(curl -fsS -o /dev/null -w '%{size_download}' -H "Cookie: $cookie" \
    "$BASE/t/adatum/surveys/customer-satisfaction/export.csv")
  result "${engine}_export_seconds" "$(echo "$(date +%s.%N) - $start" | bc -l | xargs printf '%.1f')"
  result "${engine}_export_mb" "$((bytes / 1024 / 1024))"
  result "${engine}_export_peak_rss_mb" "$(($(awk '/VmHWM/ {print $2}' "/proc/$SERVER_PID/status") / 1024))"
}

scenario_page_weight() {
  local page="$BASE/s/adatum/customer-satisfaction"
  local html assets total_html_css=0 total=0 size
  html=$(curl -fsS "$page")
  size=$(curl -fsS -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: br, gzip' "$page")
  result page_html_bytes "$size"
  total_html_css=$size
  total=$size
  assets=$(grep -oE '(href|src)="/[^"]+"' <<<"$html" | sed -E 's/^(href|src)="//; s/"$//' |
    grep -E '\.(css|js|wasm|png|jpg|webp|gif)$|/style\.css$|/logo$' | sort -u)
  # The hydration script imports the WebAssembly named like its script.
  assets+=$'\n'$(grep -oE '^/pkg/[a-z_]+(\.[0-9a-f]{16})?\.js$' <<<"$assets" | sed 's/\.js$/.wasm/')
  while read -r asset; do
    [[ -z $asset ]] && continue
    size=$(curl -fsS -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: br, gzip' "$BASE$asset" || echo 0)
    result "page_asset $asset" "$size"
    [[ $asset == *.css ]] && total_html_css=$((total_html_css + size))
    total=$((total + size))
  done <<<"$(sort -u <<<"$assets")"
  result page_html_css_bytes "$total_html_css"
  result page_total_bytes "$total"
}

# ---- runs --------------------------------------------------------------
# ---- BENCH_AGAINST=REF: this tree beside an earlier commit ------------
# The submission scenario for the server built from git REF and for this
# tree, BENCH_ROUNDS times (3) on each engine in alternating order, each run
# on a fresh database and beside its own /healthz floor. Prints every run
# and the medians; BENCHMARKS.md is left as it is. Answers "did this change
# keep the submission rate?" on a machine whose speed varies from day to day.
# Each answer carries free text, and each run ends with a CSV export of what
# it stored (rows per second), so sealing and opening answers are measured.
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }

compare_run() {
  local label=$1 engine=$2 round=$3 url floor rate p99
  if [[ $engine == sqlite ]]; then
    url="sqlite://$WORK/compare-$label-$round.db"
  else
    url="${TEST_POSTGRES_URL%/*}/compare_${label}_$round"
    psql -q "$TEST_POSTGRES_URL" -c "CREATE DATABASE compare_${label}_$round"
  fi
  SERVER_BIN="$WORK/server-$label" start_server "$url"
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" "$BASE/healthz" >"$WORK/wrk-floor" 2>&1
  mapfile -t FIELDS < <(demo_fields)
  # Each answer carries free text too, which is sealed since issue 27.
  submit_load "$BASE/s/adatum/customer-satisfaction" "$WORK/wrk-submit" "${FIELDS[0]}" "${FIELDS[1]}" 0 "${FIELDS[2]}"
  # The CSV export of everything just stored (each text opened on the way),
  # once the statistics task has merged it: otherwise the export shares
  # the two cores with a backlog whose size depends on the build.
  wait_for_drain "$engine" "$url" >/dev/null
  local cookie start rows seconds
  cookie=$(sign_in)
  start=$(date +%s%N)
  rows=$(curl -fsS -H "Cookie: $cookie" "$BASE/t/adatum/surveys/customer-satisfaction/export.csv" | wc -l)
  seconds=$(echo "($(date +%s%N) - $start) / 1000000000" | bc -l)
  stop_server
  floor=$(wrk_rps "$WORK/wrk-floor")
  rate=$(wrk_rps "$WORK/wrk-submit")
  p99=$(wrk_latency "$WORK/wrk-submit" 99)
  result "$engine $label round $round" "$rate submissions/s (p99 $p99 ms) beside /healthz $floor/s: $((rate * 100 / floor))% of the floor; CSV export of $rows rows in $(printf '%.2f' "$seconds") s"
  echo "$rate" >>"$WORK/rates-$engine-$label"
  echo "$((rate * 1000 / floor))" >>"$WORK/shares-$engine-$label"
  echo "$(echo "$rows / $seconds" | bc)" >>"$WORK/export-$engine-$label"
}

if [[ -n ${BENCH_AGAINST:-} ]]; then
  cp "$SERVER_BIN" "$WORK/server-this"
  log "building the server of $BENCH_AGAINST"
  git -C "$ROOT" worktree add --detach "$WORK/against" "$BENCH_AGAINST" >/dev/null
  # Built with this tree's cargo settings (unless REF has its own), so
  # that both builds share their compiled dependencies.
  mkdir -p "$WORK/against/.cargo"
  cp -n "$ROOT/.cargo/config.toml" "$WORK/against/.cargo/config.toml"
  (cd "$WORK/against" && env "${LEPTOS_ENV[@]}" cargo build --release -p server)
  cp "$CARGO_TARGET_DIR/release/server" "$WORK/server-ref"
  # The target directory's server is this tree's again, as `make run` expects.
  cp "$WORK/server-this" "$SERVER_BIN"
  for engine in $ENGINES; do
    [[ $engine == postgres ]] && pg_start >/dev/null
    for round in $(seq 1 "${BENCH_ROUNDS:-3}"); do
      if ((round % 2)); then order="ref this"; else order="this ref"; fi
      for label in $order; do compare_run "$label" "$engine" "$round"; done
    done
    [[ $engine == postgres ]] && pg_stop >/dev/null
    for label in ref this; do
      result "$engine $label median" "$(median <"$WORK/rates-$engine-$label") submissions/s, $(median <"$WORK/shares-$engine-$label") per mille of the floor; CSV export $(median <"$WORK/export-$engine-$label") rows/s"
    done
  done
  cat "$RESULTS"
  exit 0
fi

# BENCH_ONLY=invitations: survey invitations to the test SMTP server of
# .ci/smtp.sh, with the release server killed (SIGKILL) a third of the way
# and restarted; BENCH_INVITATIONS contacts (10,000). The test in the test
# command drives it (`invitations_interrupted_by_a_kill_are_sent_once_each`
# with the release server) and checks that none is sent twice; its /healthz
# floor is measured first.
if [[ ${BENCH_ONLY:-} == invitations ]]; then
  # shellcheck source=.ci/smtp.sh
  source "$ROOT/.ci/smtp.sh"
  SITE_ROOT="$WORK/site"
  mkdir -p "$SITE_ROOT"
  start_server "sqlite://$WORK/bench.db"
  scenario_floor sqlite
  stop_server
  SMTP_USER=tailspin-bench SMTP_PASSWORD=bench-smtp-password smtp_start >/dev/null
  trap 'smtp_stop >/dev/null 2>&1 || true; cleanup' EXIT
  log "sending ${BENCH_INVITATIONS:-10000} invitations with a kill in the middle"
  # Without nextest: it stops a test after two minutes.
  TAILSPIN_REQUIRE_SMTP=1 TAILSPIN_TEST_SERVER_BIN="$SERVER_BIN" \
    TAILSPIN_INVITATION_TEST_CONTACTS="${BENCH_INVITATIONS:-10000}" \
    cargo test -p server --test api invitations_interrupted_by_a_kill -- --nocapture 2>&1 |
    tee "$WORK/invitations.log" >&2
  result "sqlite_invitations" "$(grep -m1 ' invitations: ' "$WORK/invitations.log")"
  cat "$RESULTS"
  exit 0
fi

# BENCH_ONLY=filter: results and responses filtered by an answer, on each
# engine, beside the floor and the same pages unfiltered; printed only.
if [[ ${BENCH_ONLY:-} == filter ]]; then
  for engine in $ENGINES; do
    if [[ $engine == sqlite ]]; then
      url="sqlite://$WORK/bench.db"
    else
      pg_start >/dev/null
      url="${TEST_POSTGRES_URL%/*}/tailspin_bench"
      psql -q "$TEST_POSTGRES_URL" -c "CREATE DATABASE tailspin_bench"
    fi
    start_server "$url"
    scenario_floor "$engine"
    seed_answers "$engine" "$url" 1000
    wait_for_drain "$engine" "$url" >/dev/null
    scenario_filtered "$engine" 1000 small
    stop_server
    seed_answers "$engine" "$url" "${BENCH_FILTER_ANSWERS:-100000}"
    start_server "$url"
    wait_for_drain "$engine" "$url" >/dev/null
    scenario_filtered "$engine" "${BENCH_FILTER_ANSWERS:-100000}" big
    stop_server
    [[ $engine == postgres ]] && pg_stop >/dev/null
  done
  cat "$RESULTS"
  exit 0
fi

# Three webhook endpoints, as an Administrator registers them, on one
# local receiver (three addresses).
add_webhook_endpoints() {
  local cookie port=$1 n
  cookie=$(sign_in)
  for n in 1 2 3; do
    curl -fsS -o /dev/null -H "Cookie: $cookie" -H "Origin: $BASE" -H 'Accept: application/json' \
      -X POST "$BASE/api/create_webhook_endpoint" --data "tenant=adatum&description=bench+$n" \
      --data-urlencode "url=http://127.0.0.1:$port/hooks/$n" --data "events[response_created]=on"
  done
}

# Submissions without endpoints, with three attached, and without again
# (endpoints removed once their deliveries drained), so that neither the
# database's growth nor the machine's drift favours one side; then how
# long the deliveries took to drain after the load.
scenario_webhooks() {
  local engine=$1 url=$2 port receiver start expected received first
  scenario_submissions "${engine}_plain"
  port=$(free_port)
  # The receiver stands for the subscriber's own system, elsewhere in
  # production: at the lowest priority it takes no CPU from the server.
  nice -n 19 node "$ROOT/.ci/bench/webhook-receiver.mjs" "$port" &
  receiver=$!
  wait_ready "http://127.0.0.1:$port/count"
  first=$(run_sql "$engine" "$url" "SELECT COALESCE(MAX(id), 0) FROM submissions")
  add_webhook_endpoints "$port"
  scenario_submissions "${engine}_hooked"
  start=$SECONDS
  # Each response of the run is one event for each endpoint.
  result "${engine}_webhooks_events" "$(run_sql "$engine" "$url" "SELECT count(*) FROM submissions WHERE id > $first")"
  expected=$((3 * $(run_sql "$engine" "$url" "SELECT count(*) FROM submissions WHERE id > $first")))
  result "${engine}_webhooks_received_during_load" "$(curl -fsS "http://127.0.0.1:$port/count")"
  while received=$(curl -fsS "http://127.0.0.1:$port/count") && ((received < expected)); do
    ((SECONDS - start < 900)) || break
    sleep 1
  done
  result "${engine}_webhooks_drain_seconds" $((SECONDS - start))
  result "${engine}_webhooks_expected" "$expected"
  result "${engine}_webhooks_received" "$received"
  result "${engine}_webhooks_delivered" "$(run_sql "$engine" "$url" "SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered'")"
  kill "$receiver" 2>/dev/null || true
  run_sql "$engine" "$url" "DELETE FROM webhook_attempts; DELETE FROM webhook_deliveries; DELETE FROM webhook_endpoints; DELETE FROM webhook_events" >/dev/null
  scenario_submissions "${engine}_plain_again"
}

# BENCH_ONLY=webhooks: submission throughput without and with three
# webhook endpoints on each engine, beside the floor; printed only.
if [[ ${BENCH_ONLY:-} == webhooks ]]; then
  for engine in $ENGINES; do
    if [[ $engine == sqlite ]]; then
      url="sqlite://$WORK/bench.db"
    else
      pg_start >/dev/null
      url="${TEST_POSTGRES_URL%/*}/tailspin_bench"
      psql -q "$TEST_POSTGRES_URL" -c "CREATE DATABASE tailspin_bench"
    fi
    start_server "$url"
    scenario_floor "$engine"
    scenario_webhooks "$engine" "$url"
    stop_server
    [[ $engine == postgres ]] && pg_stop >/dev/null
  done
  cat "$RESULTS"
  exit 0
fi

# BENCH_ONLY=api: the REST API's reads on each engine beside the floor;
# printed only.
if [[ ${BENCH_ONLY:-} == api ]]; then
  for engine in $ENGINES; do
    if [[ $engine == sqlite ]]; then
      url="sqlite://$WORK/bench.db"
    else
      pg_start >/dev/null
      url="${TEST_POSTGRES_URL%/*}/tailspin_bench"
      psql -q "$TEST_POSTGRES_URL" -c "CREATE DATABASE tailspin_bench"
    fi
    start_server "$url"
    stop_server
    seed_answers "$engine" "$url" "${BENCH_API_ANSWERS:-100000}"
    start_server "$url"
    wait_for_drain "$engine" "$url" >/dev/null
    scenario_floor "$engine"
    scenario_api "$engine" "$url" "${BENCH_API_ANSWERS:-100000}"
    scenario_delete "$engine" "$url"
    stop_server
    [[ $engine == postgres ]] && pg_stop >/dev/null
  done
  cat "$RESULTS"
  exit 0
fi

# BENCH_ONLY=submissions: scenario 1 alone on each engine (with its floor);
# BENCH_ONLY=respondent: the respondent's requests beside the floor. The
# figures are printed and BENCHMARKS.md is left as it is (a quick check that
# a change kept a rate, e.g. against the table's last full run).
if [[ -n ${BENCH_ONLY:-} ]]; then
  case $BENCH_ONLY in
    submissions | respondent) ;;
    *) log "BENCH_ONLY is submissions or respondent, not $BENCH_ONLY"; exit 2 ;;
  esac
  for engine in $ENGINES; do
    if [[ $engine == sqlite ]]; then
      url="sqlite://$WORK/bench.db"
    else
      pg_start >/dev/null
      url="${TEST_POSTGRES_URL%/*}/tailspin_bench"
      psql -q "$TEST_POSTGRES_URL" -c "CREATE DATABASE tailspin_bench"
    fi
    start_server "$url"
    if [[ $BENCH_ONLY == submissions ]]; then
      scenario_floor "$engine"
      scenario_submissions "$engine"
    else
      respondent_scenarios "$engine" "$url"
    fi
    [[ $engine == sqlite ]] && scenario_page_weight
    stop_server
    [[ $engine == postgres ]] && pg_stop >/dev/null
  done
  [[ $BENCH_ONLY == respondent ]] && scenario_memory
  "$ROOT/.ci/bench/report.sh" "$RESULTS"
  exit 0
fi

for engine in $ENGINES; do
  if [[ $engine == sqlite ]]; then
    url="sqlite://$WORK/bench.db"
  else
    pg_start >/dev/null
    url="${TEST_POSTGRES_URL%/*}/tailspin_bench"
    psql -q "$TEST_POSTGRES_URL" -c "CREATE DATABASE tailspin_bench"
  fi
  start_server "$url"
  respondent_scenarios "$engine" "$url"
  stop_server
  scenario_baseline "$engine" "$url"

  # A fresh database for the lag and reading scenarios.
  if [[ $engine == sqlite ]]; then
    rm -f "$WORK"/bench.db*
  else
    psql -q "$TEST_POSTGRES_URL" -c "DROP DATABASE tailspin_bench WITH (FORCE)" -c "CREATE DATABASE tailspin_bench"
  fi
  start_server "$url"
  scenario_lag "$engine"
  [[ $engine == sqlite ]] && scenario_page_weight
  stop_server
  if [[ $engine == sqlite ]]; then
    rm -f "$WORK"/bench.db*
  else
    psql -q "$TEST_POSTGRES_URL" -c "DROP DATABASE tailspin_bench WITH (FORCE)" -c "CREATE DATABASE tailspin_bench"
  fi
  start_server "$url"
  seed_answers "$engine" "$url" 1000
  wait_for_drain "$engine" "$url" >/dev/null
  scenario_reading "$engine" "$url" 1000 small
  stop_server
  seed_answers "$engine" "$url" "$BIG"
  start_server "$url"
  result "${engine}_merge_seconds_big" "$(wait_for_drain "$engine" "$url")"
  scenario_reading "$engine" "$url" "$BIG" big
  stop_server
  start_server "$url"
  scenario_export "$engine"
  stop_server
  [[ $engine == postgres ]] && pg_stop >/dev/null
done

scenario_memory
"$ROOT/.ci/bench/report.sh" "$RESULTS" "$ROOT/BENCHMARKS.md"
log "results written to BENCHMARKS.md (the table above)"
