#!/usr/bin/env bash
# Usage: .ci/bench/lift-monthly-limit.sh DATABASE_URL
# The benchmarks send the demo subscriber (a Standard plan, 10,000
# responses a month) far more answers than its plan takes; they measure
# storing them, so its limit is raised as a Tailspin administrator would,
# before any of its pages is served (nothing of it is cached yet). A
# database from before monthly limits (BENCH_AGAINST) has no such column:
# nothing to lift there. Any other failure stops the benchmark, which
# would otherwise measure refusals. SQLite waits for the server, whose
# statistics task may be writing (seeded answers) as it starts.
set -uo pipefail
url=$1
sql="UPDATE tenants SET monthly_responses = 10000000 WHERE alias = 'adatum'"
case $url in
sqlite:*) path=${url#sqlite://}; out=$(sqlite3 -cmd ".timeout 30000" "${path%%\?*}" "$sql" 2>&1) ;;
*) out=$(psql -q "$url" -c "$sql" 2>&1) ;;
esac
status=$?
if ((status != 0)) && [[ $out != *monthly_responses* ]]; then
  echo "lift-monthly-limit: $out" >&2
  exit 1
fi
exit 0
