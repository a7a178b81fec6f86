#!/usr/bin/env bash
# Writes the figures of a `make bench` run (key=value lines) into
# BENCHMARKS.md between `<!-- results:begin -->` and `<!-- results:end -->`,
# leaving the hand-written analysis around them as it is.
#   .ci/bench/report.sh RESULTS BENCHMARKS.md
set -euo pipefail
results=$1
target=$2

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

engine_rows() {
  local e=$1 name=$2 floor=$3
  local rps p99 errors rss lag
  rps=$(value "${e}_submit_rps")
  p99=$(value "${e}_submit_p99")
  errors=$(value "${e}_submit_errors")
  rss=$(value "${e}_submit_rss_mb")
  row "1. submissions/s, 64 clients, $name" "$rps" "≥ $floor" "$(verdict "$rps" ">=" "$floor")"
  row "1. p99 latency (ms), $name" "$p99" "≤ 50" "$(verdict "$p99" "<=" 50)"
  row "1. errors, $name" "$errors" "0" "$(verdict "$errors" "<=" 0)"
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
  if [[ -n $(value sqlite_submit_rps) ]]; then engine_rows sqlite SQLite 5000; fi
  if [[ -n $(value postgres_submit_rps) ]]; then engine_rows postgres PostgreSQL 3000; fi
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

if [[ -f $target ]] && grep -q '<!-- results:begin -->' "$target"; then
  awk -v block="$results.md" '
    /<!-- results:begin -->/ { while ((getline line < block) > 0) print line; skip = 1; next }
    /<!-- results:end -->/ { skip = 0; next }
    !skip { print }' "$target" >"$target.new"
  mv "$target.new" "$target"
else
  cat "$results.md" >>"$target"
fi
