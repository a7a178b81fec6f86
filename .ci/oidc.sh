# shellcheck shell=bash
# Test identity providers (npm oidc-provider, see end2end/oidc/README.md)
# for the federated sign-in integration tests.
#
#   source .ci/oidc.sh
#   oidc_start   # exports TEST_OIDC_{ADATUM,FABRIKAM,SOCIAL}_URL
#   ...
#   oidc_stop
#
# Sourced: no `set -e` here; functions return non-zero on failure.

_oidc_log() { printf '[oidc] %s\n' "$*" >&2; }
_OIDC_PID=""
_OIDC_DIR=""

oidc_start() {
  local root
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  _OIDC_DIR=$(mktemp -d "${TMPDIR:-/tmp}/tailspin-oidc.XXXXXX") || return 1
  # Port 0: each issuer picks a free loopback port.
  (cd "$root/end2end" &&
    OIDC_ISSUERS=adatum:0,fabrikam:0,social:0 OIDC_ENV_FILE="$_OIDC_DIR/env" \
      exec node oidc/test-provider.mjs) >"$_OIDC_DIR/log" 2>&1 </dev/null &
  _OIDC_PID=$!
  local waited=0
  while [[ ! -s $_OIDC_DIR/env ]]; do
    if ! kill -0 "$_OIDC_PID" 2>/dev/null || ((waited >= 300)); then
      _oidc_log "the test identity providers did not start:"
      cat "$_OIDC_DIR/log" >&2
      return 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  set -a
  # shellcheck source=/dev/null
  source "$_OIDC_DIR/env"
  set +a
  _oidc_log "issuers: $TEST_OIDC_ADATUM_URL $TEST_OIDC_FABRIKAM_URL $TEST_OIDC_SOCIAL_URL"
}

oidc_stop() {
  if [[ -n $_OIDC_PID ]]; then
    kill "$_OIDC_PID" 2>/dev/null
    wait "$_OIDC_PID" 2>/dev/null
    _OIDC_PID=""
  fi
  if [[ -n $_OIDC_DIR ]]; then
    rm -rf "$_OIDC_DIR"
    _OIDC_DIR=""
  fi
  return 0
}
