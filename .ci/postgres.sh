# shellcheck shell=bash
# A throwaway PostgreSQL cluster for the storage tests.
#
#   source .ci/postgres.sh
#   pg_start   # exports TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:PORT/postgres
#   ...        # the `postgres` role is a superuser: tests CREATE DATABASE freely
#   pg_stop    # stops the server and deletes its data
#
# If TEST_POSTGRES_URL is already set (a developer's own server), pg_start
# leaves it alone and pg_stop does nothing.
#
# This file is sourced, so it must not change the caller's shell options
# (no `set -e` here); every function returns non-zero on failure instead.

_pg_log() { printf '[postgres] %s\n' "$*" >&2; }

# Debian puts the server binaries in a versioned dir that is not on PATH; this
# machine has /usr/local/bin symlinks, a fresh one may not.
_pg_bindir() {
  local initdb
  if initdb=$(command -v initdb 2>/dev/null); then
    dirname "$(readlink -f "$initdb")"
    return
  fi
  local dir
  dir=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1)
  if [[ -n $dir && -x $dir/initdb ]]; then
    printf '%s\n' "$dir"
    return
  fi
  return 1
}

_pg_install() {
  _pg_log "PostgreSQL server not found; installing it with apt-get"
  apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
}

_pg_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

pg_start() {
  if [[ -n ${TEST_POSTGRES_URL:-} ]]; then
    _pg_log "TEST_POSTGRES_URL is set; using that server"
    return 0
  fi

  local bindir
  if ! bindir=$(_pg_bindir); then
    _pg_install || return 1
    bindir=$(_pg_bindir) || { _pg_log "no initdb after installing postgresql"; return 1; }
  fi

  # initdb and postgres refuse to run as root; the Debian package's
  # `postgres` system user owns the cluster instead.
  if ! id -u postgres >/dev/null 2>&1; then
    _pg_log "system user 'postgres' is missing"
    return 1
  fi
  local as_pg=()
  [[ $(id -u) == 0 ]] && as_pg=(runuser -u postgres --)

  PG_TMPDIR=$(mktemp -d "${TMPDIR:-/tmp}/tailspin-pg.XXXXXX") || return 1
  [[ $(id -u) == 0 ]] && chown postgres: "$PG_TMPDIR"
  PG_DATADIR="$PG_TMPDIR/data"
  PG_BINDIR="$bindir"

  # Trust is acceptable: the server listens on loopback only, lives for one
  # test run, and holds nothing but test data.
  if ! "${as_pg[@]}" "$bindir/initdb" -D "$PG_DATADIR" -U postgres \
    --auth-local=trust --auth-host=trust -E UTF8 --locale=C.UTF-8 \
    >"$PG_TMPDIR/initdb.log" 2>&1; then
    _pg_log "initdb failed:"
    cat "$PG_TMPDIR/initdb.log" >&2
    rm -rf "$PG_TMPDIR"
    unset PG_TMPDIR PG_DATADIR PG_BINDIR
    return 1
  fi

  # The free port is only free until someone else takes it, so retry.
  local port attempt
  for attempt in 1 2 3; do
    port=$(_pg_free_port) || return 1
    if "${as_pg[@]}" "$bindir/pg_ctl" -D "$PG_DATADIR" -l "$PG_TMPDIR/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$PG_TMPDIR" \
      start >/dev/null; then
      export TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
      PG_STARTED_URL=$TEST_POSTGRES_URL
      _pg_log "started on 127.0.0.1:$port (data in $PG_DATADIR)"
      return 0
    fi
    _pg_log "start attempt $attempt on port $port failed"
  done
  _pg_log "could not start PostgreSQL; server log:"
  cat "$PG_TMPDIR/server.log" >&2
  rm -rf "$PG_TMPDIR"
  unset PG_TMPDIR PG_DATADIR PG_BINDIR
  return 1
}

pg_stop() {
  # Only tear down what pg_start created in this shell.
  [[ -n ${PG_TMPDIR:-} ]] || return 0
  local as_pg=()
  [[ $(id -u) == 0 ]] && as_pg=(runuser -u postgres --)
  if [[ -f $PG_DATADIR/postmaster.pid ]]; then
    # -m fast: roll back open test transactions instead of waiting for them.
    "${as_pg[@]}" "$PG_BINDIR/pg_ctl" -D "$PG_DATADIR" -m fast -w -t 60 stop >/dev/null ||
      _pg_log "pg_ctl stop failed"
  fi
  rm -rf "$PG_TMPDIR"
  if [[ ${TEST_POSTGRES_URL:-} == "${PG_STARTED_URL:-}" ]]; then
    unset TEST_POSTGRES_URL
  fi
  unset PG_TMPDIR PG_DATADIR PG_BINDIR PG_STARTED_URL
  _pg_log "stopped"
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  echo "usage: source ${0} && pg_start; ...; pg_stop" >&2
  exit 2
fi
