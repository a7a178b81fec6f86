# shellcheck shell=bash
# Azurite, the Azure Storage emulator (npm), for the blob-store tests.
#
#   source .ci/azurite.sh
#   azurite_start   # exports TEST_AZURE_BLOB_ENDPOINT (container `tailspin`)
#   ...
#   azurite_stop
#
# Sourced: no `set -e` here; functions return non-zero on failure.

_azurite_log() { printf '[azurite] %s\n' "$*" >&2; }
_AZURITE_PID=""
_AZURITE_DIR=""

azurite_start() {
  local root
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  _AZURITE_DIR=$(mktemp -d "${TMPDIR:-/tmp}/tailspin-azurite.XXXXXX") || return 1
  (cd "$root/end2end" && AZURITE_ENV_FILE="$_AZURITE_DIR/env" exec node azurite/start.mjs) \
    >"$_AZURITE_DIR/log" 2>&1 </dev/null &
  _AZURITE_PID=$!
  local waited=0
  while [[ ! -s $_AZURITE_DIR/env ]]; do
    if ! kill -0 "$_AZURITE_PID" 2>/dev/null || ((waited >= 300)); then
      _azurite_log "Azurite did not start:"
      cat "$_AZURITE_DIR/log" >&2
      return 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  set -a
  # shellcheck source=/dev/null
  source "$_AZURITE_DIR/env"
  set +a
  _azurite_log "blob endpoint: $TEST_AZURE_BLOB_ENDPOINT"
}

azurite_stop() {
  if [[ -n $_AZURITE_PID ]]; then
    kill "$_AZURITE_PID" 2>/dev/null
    wait "$_AZURITE_PID" 2>/dev/null
    _AZURITE_PID=""
  fi
  if [[ -n $_AZURITE_DIR ]]; then
    rm -rf "$_AZURITE_DIR"
    _AZURITE_DIR=""
  fi
  return 0
}
