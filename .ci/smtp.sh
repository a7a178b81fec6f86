# shellcheck shell=bash
# A test SMTP server (npm smtp-server, see end2end/smtp/README.md) that keeps
# the mail it receives for the tests to read over HTTP.
#
#   source .ci/smtp.sh
#   smtp_start   # exports TEST_SMTP_URL=smtp://127.0.0.1:PORT and
#   ...          #         TEST_SMTP_API_URL=http://127.0.0.1:PORT
#   smtp_stop
#
# SMTP_USER and SMTP_PASSWORD, when set, make the server require AUTH with
# them; TEST_SMTP_URL then carries them (smtp://user:password@127.0.0.1:PORT).
#
# If TEST_SMTP_URL is already set (a developer's own server), smtp_start
# leaves it alone and smtp_stop does nothing.
#
# Sourced: no `set -e` here; functions return non-zero on failure.

_smtp_log() { printf '[smtp] %s\n' "$*" >&2; }
_SMTP_PID=""
_SMTP_DIR=""
_SMTP_STARTED_URL=""

smtp_start() {
  if [[ -n ${TEST_SMTP_URL:-} ]]; then
    _smtp_log "TEST_SMTP_URL is set; using that server"
    [[ -n ${TEST_SMTP_API_URL:-} ]] ||
      _smtp_log "TEST_SMTP_API_URL is not set: tests that read received mail cannot"
    return 0
  fi

  local root
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  _SMTP_DIR=$(mktemp -d "${TMPDIR:-/tmp}/tailspin-smtp.XXXXXX") || return 1
  # Port 0: the SMTP server and its HTTP API each pick a free loopback port.
  (cd "$root/end2end" &&
    SMTP_PORT=0 SMTP_API_PORT=0 SMTP_ENV_FILE="$_SMTP_DIR/env" \
      SMTP_USER="${SMTP_USER:-}" SMTP_PASSWORD="${SMTP_PASSWORD:-}" \
      exec node smtp/test-smtp-server.mjs) >"$_SMTP_DIR/log" 2>&1 </dev/null &
  _SMTP_PID=$!
  local waited=0
  while [[ ! -s $_SMTP_DIR/env ]]; do
    if ! kill -0 "$_SMTP_PID" 2>/dev/null || ((waited >= 300)); then
      _smtp_log "the test SMTP server did not start:"
      cat "$_SMTP_DIR/log" >&2
      smtp_stop
      return 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  set -a
  # shellcheck source=/dev/null
  source "$_SMTP_DIR/env"
  set +a
  _SMTP_STARTED_URL=$TEST_SMTP_URL
  # The URL may carry SMTP_PASSWORD; log it without the userinfo.
  _smtp_log "server: ${TEST_SMTP_URL/\/\/*@/\/\/} api: $TEST_SMTP_API_URL (log in $_SMTP_DIR/log)"
}

smtp_stop() {
  if [[ -n $_SMTP_PID ]]; then
    kill "$_SMTP_PID" 2>/dev/null
    wait "$_SMTP_PID" 2>/dev/null
    _SMTP_PID=""
  fi
  if [[ -n $_SMTP_DIR ]]; then
    rm -rf "$_SMTP_DIR"
    _SMTP_DIR=""
  fi
  # Only unset what smtp_start exported, never a developer's own server.
  if [[ -n $_SMTP_STARTED_URL && ${TEST_SMTP_URL:-} == "$_SMTP_STARTED_URL" ]]; then
    unset TEST_SMTP_URL TEST_SMTP_API_URL
  fi
  _SMTP_STARTED_URL=""
  return 0
}
