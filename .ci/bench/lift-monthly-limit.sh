#!/usr/bin/env bash
# Usage: .ci/bench/lift-monthly-limit.sh DATABASE_URL
# The benchmarks send the demo subscriber (a Standard plan, 10,000
# responses a month) far more answers than its plan takes; they measure
# storing them, so its limit is raised as a Tailspin administrator would,
# before any of its pages is served (nothing of it is cached yet). A
# database from before monthly limits (BENCH_AGAINST) has no such column:
# nothing to lift there.
set -uo pipefail
url=$1
sql="UPDATE tenants SET monthly_responses = 10000000 WHERE alias = 'adatum'"
case $url in
sqlite:*) path=${url#sqlite://}; sqlite3 "${path%%\?*}" "$sql" ;;
*) psql -q "$url" -c "$sql" ;;
esac >/dev/null 2>&1 || true
