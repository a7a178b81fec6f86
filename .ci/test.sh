#!/usr/bin/env bash
# Runs every check and test of Tailspin Surveys, the same way locally and in
# CI: formatting, lints (server and wasm frontend), unit and storage tests
# against a throwaway PostgreSQL, then the Playwright end-to-end suite
# against a debug build. Stops at the first failing step.
#
# Never reads stdin. Build output goes to $CARGO_TARGET_DIR, by default
# ${TAILSPIN_CACHE:-$HOME/.cache/tailspin}/target, outside the repo.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export TAILSPIN_CACHE="${TAILSPIN_CACHE:-${HOME:-/root}/.cache/tailspin}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$TAILSPIN_CACHE/target}"
# build-site.sh finds lightningcss here when install-tools put it there;
# ~/.cargo/bin last, only as a fallback for shells that lack it.
export PATH="$TAILSPIN_CACHE/node-tools/node_modules/.bin:$PATH:${HOME:-/root}/.cargo/bin"
# Colour codes only clutter CI logs; keep them for people at a terminal.
if [[ ! -t 1 ]]; then
  export CARGO_TERM_COLOR=never
fi

# shellcheck source=.ci/postgres.sh
source "$ROOT/.ci/postgres.sh"
# shellcheck source=.ci/oidc.sh
source "$ROOT/.ci/oidc.sh"
# shellcheck source=.ci/azurite.sh
source "$ROOT/.ci/azurite.sh"
# shellcheck source=.ci/smtp.sh
source "$ROOT/.ci/smtp.sh"

current_step=""
total_start=$SECONDS

on_exit() {
  local rc=$?
  pg_stop || true
  oidc_stop || true
  azurite_stop || true
  smtp_stop || true
  if [[ $rc != 0 ]]; then
    printf '\n*** FAILED (exit %s) in step: %s\n' "$rc" "${current_step:-setup}" >&2
  else
    printf '\n*** all steps passed in %ss\n' "$((SECONDS - total_start))"
  fi
  exit "$rc"
}
trap on_exit EXIT
# A Ctrl-C or a CI timeout should still stop PostgreSQL via the EXIT trap.
trap 'exit 130' INT
trap 'exit 143' TERM

step() {
  current_step=$1
  shift
  printf '\n===== %s =====\n' "$current_step"
  local start=$SECONDS
  "$@"
  printf -- '----- %s: ok in %ss\n' "$current_step" "$((SECONDS - start))"
}

run_e2e() {
  # --no-install: never let npx fetch anything; install-tools ran npm ci.
  (cd "$ROOT/end2end" && npx --no-install playwright test)
}

step "install tools" "$ROOT/.ci/install-tools.sh"
step "cargo fmt --check" cargo fmt --all --check
step "clippy (app, server)" cargo clippy -p app -p server --all-targets -- -D warnings
step "no import cycles between modules" sh -c "python3 \"$ROOT/.ci/module-cycles.py\" --self-test && python3 \"$ROOT/.ci/module-cycles.py\""
step "clippy (frontends, wasm32)" cargo clippy -p frontend -p respondent -p public -p dashboard -p designer -p settings -p branding -p administration -p subscribers --target wasm32-unknown-unknown -- -D warnings
step "start PostgreSQL" pg_start
step "start test identity providers" oidc_start
step "start Azurite (Azure Blob Storage emulator)" azurite_start
# With credentials, so sending exercises SMTP AUTH as a real relay needs it.
SMTP_USER=tailspin-ci SMTP_PASSWORD='ci pass:w@rd' step "start the test SMTP server" smtp_start
# TAILSPIN_REQUIRE_POSTGRES / _OIDC / _AZURITE / _SMTP make the storage,
# sign-in, blob-store and email tests fail, not skip, when their server is
# unreachable, so a broken CI database, provider, emulator or mail server
# cannot pass silently.
step "cargo nextest" env TAILSPIN_REQUIRE_POSTGRES=1 TAILSPIN_REQUIRE_OIDC=1 TAILSPIN_REQUIRE_AZURITE=1 TAILSPIN_REQUIRE_SMTP=1 cargo nextest run -p app -p server
step "stop the test SMTP server" smtp_stop
step "stop Azurite" azurite_stop
step "stop test identity providers" oidc_stop
step "stop PostgreSQL" pg_stop
step "build the site (server, browser bundles, style sheet)" "$ROOT/.ci/build-site.sh"
step "playwright" run_e2e
current_step=""
