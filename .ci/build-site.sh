#!/usr/bin/env bash
# Builds the site: `cargo leptos build` (server, the full `tailspin` bundle,
# the style sheet), then one bundle per area of the site (frontend/<area>,
# app/src/site/area.rs), which cargo-leptos cannot build (one library per
# project). Usage: .ci/build-site.sh [--release]
# With BUILD_SITE_LOG=FILE, cargo-leptos' verbose log is kept in FILE.
#
# The areas' crates are compiled with the very command and environment
# cargo-leptos used for `frontend` (read from its -vv log), so all share
# every compiled dependency and leptos sees the same compile-time settings.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export TAILSPIN_CACHE="${TAILSPIN_CACHE:-${HOME:-/root}/.cache/tailspin}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$TAILSPIN_CACHE/target}"
export PATH="$TAILSPIN_CACHE/node-tools/node_modules/.bin:$PATH:${HOME:-/root}/.cargo/bin"

release=false
case "${1:-}" in
  --release) release=true ;;
  "") ;;
  *) echo "usage: $0 [--release]" >&2; exit 2 ;;
esac

# The area bundles: each crate frontend/<name> is served as /pkg/<name>.js
# and /pkg/<name>.wasm (Area::bundle in app/src/site/area.rs).
area_bundles=(public respondent dashboard designer settings branding administration subscribers)

log() { printf '[build-site] %s\n' "$*" >&2; }

if [[ -n ${BUILD_SITE_LOG:-} ]]; then
  build_log=$BUILD_SITE_LOG
else
  build_log=$(mktemp)
  trap 'rm -f "$build_log"' EXIT
fi
leptos_args=(build -vv)
$release && leptos_args+=(--release)
# -vv is how cargo-leptos tells its frontend command; its debug chatter is
# kept out of the terminal.
if ! cargo leptos "${leptos_args[@]}" 2>&1 | sed -u 's/\x1b\[[0-9;]*m//g' | tee "$build_log" |
  grep --line-buffered -vE '^\[swc_|^ *(Constructed|Command|Waiting|FS|Tailwind|Site|CARGO) |^ *Cargo (envs|process|finished)|^ *Assets (copy|starting)'; then
  log "cargo leptos build failed"
  exit 1
fi

# ... Constructed cargo build front cmd envs_str="A=1 B=2 RUSTFLAGS=--cfg x" line="cargo build --package=frontend ..."
front=$(grep -m1 'Constructed cargo build front cmd' "$build_log") || {
  log "cargo-leptos did not report its frontend build command (was its version changed?)"
  exit 1
}
envs=$(sed -E 's/.*envs_str="([^"]*)".*/\1/' <<<"$front")
command=$(sed -E 's/.* line="([^"]*)".*/\1/' <<<"$front")
# One NAME=value per line: a value may hold spaces (RUSTFLAGS).
mapfile -t build_env < <(perl -ne 'chomp; print "$1\n" while /([A-Z_]+=.*?)(?= [A-Z_]+=|$)/g' <<<"$envs")
packages=$(printf -- '--package=%s ' "${area_bundles[@]}")
read -ra build_cmd <<<"${command/--package=frontend/$packages}"
[[ ${build_cmd[*]} == *--package=respondent* ]] || {
  log "unexpected frontend build command: $command"
  exit 1
}

# cargo-leptos empties the site's pkg directory on every build, so the
# areas' files are written again each time.
log "building the area bundles: ${area_bundles[*]}"
env "${build_env[@]}" "${build_cmd[@]}"

profile=debug
for arg in "${build_cmd[@]}"; do
  [[ $arg == --profile=* ]] && profile=${arg#--profile=}
done
target_dir=$(printf '%s\n' "${build_cmd[@]}" | sed -n 's/^--target-dir=//p')
pkg_dir=$(sed -nE 's/.*LEPTOS_SITE_ROOT=([^ ]*).*/\1/p' <<<"$envs")/$(sed -nE 's/.*LEPTOS_SITE_PKG_DIR=([^ ]*).*/\1/p' <<<"$envs")

# Named as cargo-leptos names its bundle, which the hydration script expects.
for name in "${area_bundles[@]}"; do
  wasm-bindgen --target=web --no-typescript --out-name="$name" --out-dir="$pkg_dir" \
    "$target_dir/wasm32-unknown-unknown/$profile/$name.wasm"
  mv -f "$pkg_dir/${name}_bg.wasm" "$pkg_dir/$name.wasm"
done
if $release; then
  # Two cores: two at a time.
  printf '%s\n' "${area_bundles[@]}" | xargs -P2 -I{} wasm-opt -Oz --enable-bulk-memory \
    --enable-nontrapping-float-to-int "$pkg_dir/{}.wasm" -o "$pkg_dir/{}.wasm"
fi
for name in "${area_bundles[@]}"; do
  log "$name bundle: $(stat -c %s "$pkg_dir/$name.wasm") bytes of WebAssembly in $pkg_dir"
done
