#!/usr/bin/env bash
# Writes the figures of a `make bench` run (key=value lines) into
# BENCHMARKS.md between `<!-- results:begin -->` and `<!-- results:end -->`,
# leaving the hand-written analysis around them as it is, and prints the
# table. Without a second argument it only prints it.
#   .ci/bench/report.sh RESULTS [BENCHMARKS.md]
set -euo pipefail
results=$1
target=${2:-}

value() { awk -F= -v k="$1" '$1 == k {v = substr($0, length(k) + 2)} END {print v}' "$results"; }

# verdict FIGURE OP LIMIT: "met" or "**missed**".
verdict() {
  local figure=$1 op=$2 limit=$3
  [[ -z $figure || $figure == " ( MB)" ]] && { echo "not measured"; return; }
  [[ $figure == n/a || $figure == \>* ]] && { echo "**missed**"; return; }
  if awk -v a="$figure" -v b="$limit" -v op="$op" 'BEGIN { exit !((op == ">=" && a >= b) || (op == "<=" && a <= b)) }'; then
    echo met
  else
    echo "**missed**"
  fi
}

ratio() {
  awk -v a="$(value "$1_submit_rps")" -v b="$(value "$1_baseline_rps")" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'
}

row() { printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4"; }

# share ENGINE KEY: KEY's requests/s as a whole percentage of the floor
# measured in the same run (empty without either).
share() {
  local rps floor
  rps=$(value "$1_$2_rps")
  floor=$(value "$1_floor_rps")
  [[ -n $rps && -n $floor && $floor -gt 0 ]] && echo $((rps * 100 / floor))
}

# both VERDICT VERDICT: met when both are.
both() { if [[ $1 == met && $2 == met ]]; then echo met; elif [[ $1 == "not measured" ]]; then echo "$1"; else echo "**missed**"; fi; }

# rate_row ENGINE NAME KEY LABEL [MIN_RPS MIN_SHARE]: a rate beside the
# floor, with p99 (and errors, when any), against both targets when given.
rate_row() {
  local e=$1 name=$2 key=$3 label=$4 min=${5:-} min_share=${6:-}
  local rps pct errors figure target verdict
  rps=$(value "${e}_${key}_rps")
  [[ -z $rps ]] && return 0
  pct=$(share "$e" "$key")
  errors=$(value "${e}_${key}_errors")
  figure="$rps (${pct:-?}% of the floor; p99 $(value "${e}_${key}_p99") ms${errors:+, errors $errors})"
  if [[ -n $min ]]; then
    target="≥ $min and ≥ $min_share% of the floor"
    verdict=$(both "$(verdict "$rps" ">=" "$min")" "$(verdict "${pct:-0}" ">=" "$min_share")")
    [[ ${errors:-0} == 0 ]] || verdict="**missed** (errors)"
  fi
  row "$label, $name" "$figure" "${target:-}" "${verdict:-}"
}

# The respondent's requests (issue 24), beside the floor of the same run.
# The page targets are SQLite's; on PostgreSQL the figures stand alone.
respondent_rows() {
  local e=$1 name=$2 post_min=$3 post_share=$4 page_min=${5:-} page_share=${6:-} journeys_min=${7:-}
  [[ -z $(value "${e}_floor_rps") ]] && return 0
  row "floor: GET /healthz (requests/s), $name" "$(value "${e}_floor_rps") (p99 $(value "${e}_floor_p99") ms)" "" ""
  rate_row "$e" "$name" page "respondent page GET/s" "$page_min" "$page_share"
  rate_row "$e" "$name" thanks "thank-you page GET/s" "$page_min" "$page_share"
  rate_row "$e" "$name" not_found "404 page GET/s" "$page_min" "$page_share"
  rate_row "$e" "$name" gone "410 page GET/s" "$page_min" "$page_share"
  local k
  for k in page thanks not_found gone; do
    local status
    status=$(value "${e}_${k}_status")
    [[ -n $status && -z $(value "${e}_${k}_rps") ]] && row "$k page, $name" "not measured: answered $status" "" "**missed**"
  done
  local rps
  rps=$(value "${e}_submit_rps")
  if [[ -n $rps ]]; then
    local pct
    pct=$(share "$e" submit)
    local verdict_rate
    if [[ -n $post_share ]]; then
      verdict_rate=$(both "$(verdict "$rps" ">=" "$post_min")" "$(verdict "${pct:-0}" ">=" "$post_share")")
      row "1. submissions (POST/s), 64 clients, $name" "$rps (${pct:-?}% of the floor)" "≥ $post_min and ≥ $post_share% of the floor" "$verdict_rate"
    else
      row "1. submissions (POST/s), 64 clients, $name" "$rps (${pct:-?}% of the floor)" "≥ $post_min" "$(verdict "$rps" ">=" "$post_min")"
    fi
  fi
  local journeys
  journeys=$(value "${e}_journeys_per_second")
  if [[ -n $journeys ]]; then
    local errors
    errors=$(value "${e}_journey_errors")
    local figure="$journeys (p99 of a request $(value "${e}_journey_p99") ms, errors $errors)"
    if [[ -n $journeys_min ]]; then
      local v
      v=$(verdict "$journeys" ">=" "$journeys_min")
      [[ ${errors:-0} == 0 ]] || v="**missed** (errors)"
      row "whole journey (GET page, POST, GET thanks) journeys/s, $name" "$figure" "≥ $journeys_min" "$v"
    else
      row "whole journey (GET page, POST, GET thanks) journeys/s, $name" "$figure" "" ""
    fi
  fi
}

engine_rows() {
  local e=$1 name=$2 floor=$3
  local rps p99 errors rss lag
  rps=$(value "${e}_submit_rps")
  p99=$(value "${e}_submit_p99")
  errors=$(value "${e}_submit_errors")
  rss=$(value "${e}_submit_rss_mb")
  if [[ -z $(value "${e}_floor_rps") ]]; then
    row "1. submissions/s, 64 clients, $name" "$rps" "≥ $floor" "$(verdict "$rps" ">=" "$floor")"
  fi
  row "1. p99 latency (ms), $name" "$p99" "≤ 50" "$(verdict "$p99" "<=" 50)"
  row "1. errors, $name" "$errors" "0" "$(verdict "$errors" "<=" 0)"
  [[ -z $(value "${e}_baseline_rps") ]] && return 0
  row "1. bare-handler baseline (submissions/s), $name" "$(value "${e}_baseline_rps") (p99 $(value "${e}_baseline_p99") ms, errors $(value "${e}_baseline_errors"))" "" ""
  row "1. ratio to baseline, $name" "$(ratio "$e")" "≥ 0.8" "$(verdict "$(ratio "$e")" ">=" 0.8)"
  row "6. server resident memory during 1 (MB), $name" "$rss" "≤ 150" "$(verdict "$rss" "<=" 150)"
  lag=$(value "${e}_lag_p99_ms")
  row "2. statistics lag p99 (ms) at $(value "${e}_lag_load_rps")/s, $name" "≤ $lag (p50 ≤ $(value "${e}_lag_p50_ms"))" "≤ 1000" "$(verdict "$lag" "<=" 1000)"
  for size in small big; do
    local label=1,000
    [[ $size == big ]] && label=$(value "${e}_big_label")
    [[ -z $label ]] && label="1,000,000"
    row "3. results page p50 (ms), $label answers, $name" "$(value "${e}_results_${size}_p50")" "≤ 5" "$(verdict "$(value "${e}_results_${size}_p50")" "<=" 5)"
    row "3. last page of responses p50 (ms), $label answers, $name" "$(value "${e}_last_page_${size}_p50")" "≤ 5" "$(verdict "$(value "${e}_last_page_${size}_p50")" "<=" 5)"
  done
  row "3. merging the seeded answers into the summary (s), $name" "$(value "${e}_merge_seconds_big")" "" ""
  local export_s
  export_s=$(value "${e}_export_seconds")
  row "4. CSV export of the big survey (s), $name" "${export_s:+$export_s ($(value "${e}_export_mb") MB)}" "≤ 20" "$(verdict "$export_s" "<=" 20)"
  row "4. server peak memory through the export (MB), $name" "$(value "${e}_export_peak_rss_mb")" "≤ 150" "$(verdict "$(value "${e}_export_peak_rss_mb")" "<=" 150)"
}

{
  echo "<!-- results:begin -->"
  echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC') at commit \`$(git rev-parse --short HEAD)\`$(git diff --quiet || echo ' (with uncommitted changes)'),"
  echo "on $(nproc) cores ($(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | xargs)), $(free -g | awk '/Mem:/ {print $2}') GB,"
  echo "load generator on the same machine. Command: \`make bench\`."
  echo
  echo "| scenario | figure | target | |"
  echo "|---|---|---|---|"
  if [[ -n $(value sqlite_floor_rps)$(value sqlite_submit_rps) ]]; then
    respondent_rows sqlite SQLite 8000 40 10000 50 3000
    [[ -n $(value sqlite_submit_rps) ]] && engine_rows sqlite SQLite 8000
  fi
  if [[ -n $(value postgres_floor_rps)$(value postgres_submit_rps) ]]; then
    respondent_rows postgres PostgreSQL 5000 ""
    [[ -n $(value postgres_submit_rps) ]] && engine_rows postgres PostgreSQL 5000
  fi
  if [[ -n $(value memory_peak_mb) ]]; then
    row "6. server peak resident memory, the hour of use (.ci/bench/memory.sh, MB)" "$(value memory_peak_mb)" "≤ 150" "$(verdict "$(value memory_peak_mb)" "<=" 150)"
    row "6. server resident memory once it settles after that hour (MB)" "$(value memory_idle_mb)" "≤ 150" "$(verdict "$(value memory_idle_mb)" "<=" 150)"
  fi
  html_css=$(value page_html_css_bytes)
  total=$(value page_total_bytes)
  row "5. respondent page HTML + CSS, compressed (KB)" "$((html_css / 1024)) ($html_css bytes)" "≤ 30" "$(verdict "$html_css" "<=" $((30 * 1024)))"
  row "5. everything the page loads, compressed (KB)" "$((total / 1024)) ($total bytes)" "≤ 250" "$(verdict "$total" "<=" $((250 * 1024)))"
  echo
  echo "Respondent page, each file as sent (brotli or gzip where accepted):"
  echo
  echo "| file | bytes |"
  echo "|---|---|"
  echo "| the page's HTML | $(value page_html_bytes) |"
  awk -F= '/^page_asset / {sub(/^page_asset /, "", $1); printf "| `%s` | %s |\n", $1, $2}' "$results"
  echo "<!-- results:end -->"
} >"$results.md"

cat "$results.md"
[[ -z $target ]] && exit 0
if [[ -f $target ]] && grep -q '<!-- results:begin -->' "$target"; then
  awk -v block="$results.md" '
    /<!-- results:begin -->/ { while ((getline line < block) > 0) print line; skip = 1; next }
    /<!-- results:end -->/ { skip = 0; next }
    !skip { print }' "$target" >"$target.new"
  mv "$target.new" "$target"
else
  cat "$results.md" >>"$target"
fi
