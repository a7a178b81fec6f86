#!/usr/bin/env bash
# Installs the tools that building and testing Tailspin Surveys needs, and
# nothing that is already there. Every step checks first, so re-running is
# cheap; nothing reads stdin, so it works in CI and under `make`.
#
# Usage: .ci/install-tools.sh [--site] [--release] [--watch]
#   (none)     what `make test` needs: rustfmt, clippy, the wasm32 target,
#              wasm-bindgen-cli, cargo-nextest, Chromium, end2end's npm
#              packages and lightningcss (the style sheet).
#   --site     only what .ci/build-site.sh needs (`make run`).
#   --release  also wasm-opt (npm binaryen) and terser, which a release
#              build of the site runs.
#   --watch    also cargo-leptos, for `make watch` (development only; it
#              takes 20 minutes to compile on 2 cores).
#
# Everything it builds or downloads lives outside the repo, under
# ${TAILSPIN_CACHE:-$HOME/.cache/tailspin}, so a fresh clone stays clean and
# the (slow, 2-core) compile cache survives between clones.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export TAILSPIN_CACHE="${TAILSPIN_CACHE:-${HOME:-/root}/.cache/tailspin}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$TAILSPIN_CACHE/target}"
NODE_TOOLS="$TAILSPIN_CACHE/node-tools"
# `cargo install` puts binaries here; without it on PATH the version checks
# below would never see them and reinstall every time.
export PATH="$PATH:${HOME:-/root}/.cargo/bin"

CARGO_LEPTOS_VERSION=0.3.10
BINARYEN_VERSION=132.0.0
# lightningcss 1.0.0-alpha.71, the version inside cargo-leptos 0.3.10: the
# same style sheet, byte for byte, from either.
LIGHTNINGCSS_CLI_VERSION=1.32.0
TERSER_VERSION=5.46.0

site_only=0
with_release=0
with_watch=0
for arg in "$@"; do
  case "$arg" in
    --site) site_only=1 ;;
    --release) with_release=1 ;;
    --watch) with_watch=1 ;;
    -h | --help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "install-tools: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

log() { printf '[install-tools] %s\n' "$*" >&2; }

# `cargo install` would otherwise build inside our shared CARGO_TARGET_DIR and
# leave its artifacts there; a private temp dir keeps the project cache lean.
cargo_install() {
  env -u CARGO_TARGET_DIR cargo install "$@"
}

apt_updated=0
apt_install() {
  if [[ $apt_updated == 0 ]]; then
    log "apt-get update"
    apt-get update -qq
    apt_updated=1
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

ensure_rust_parts() {
  # The machine has one toolchain and cannot download another, but components
  # and targets of that toolchain may still be missing on a fresh machine.
  # Only the checks (`make test`) need rustfmt and clippy.
  local installed components=(rustfmt clippy)
  [[ $site_only == 1 ]] && components=()
  installed=$(rustup component list --installed 2>/dev/null || true)
  for component in "${components[@]}"; do
    if ! grep -q "^$component" <<<"$installed"; then
      log "rustup component add $component"
      rustup component add "$component"
    fi
  done
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_cargo_leptos() {
  if cargo leptos --version 2>/dev/null | grep -qwF "$CARGO_LEPTOS_VERSION"; then
    return
  fi
  # no_downloads: cargo-leptos must not try to fetch wasm-bindgen, wasm-opt or
  # sass from GitHub (unreachable here); it uses the ones on PATH instead.
  # Only `cargo leptos watch` needs it: .ci/build-site.sh builds without it.
  log "cargo install cargo-leptos $CARGO_LEPTOS_VERSION"
  cargo_install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked --features no_downloads
}

wasm_bindgen_lock_version() {
  # The CLI must be exactly the version of the wasm-bindgen crate the
  # frontend links, or it rejects the .wasm ("different bindgen format").
  awk '
    $0 == "name = \"wasm-bindgen\"" { found = 1; next }
    found && /^version = / { gsub(/"/, "", $3); print $3; exit }
    /^\[\[package\]\]/ { found = 0 }
  ' "$ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  if [[ ! -f $ROOT/Cargo.lock ]]; then
    # Resolving versions is not a build; it only writes Cargo.lock.
    log "no Cargo.lock yet; cargo generate-lockfile"
    (cd "$ROOT" && cargo generate-lockfile)
  fi
  local version
  version=$(wasm_bindgen_lock_version)
  if [[ -z $version ]]; then
    log "Cargo.lock has no wasm-bindgen package; skipping wasm-bindgen-cli"
    return
  fi
  if [[ "$(wasm-bindgen --version 2>/dev/null || true)" == "wasm-bindgen $version" ]]; then
    return
  fi
  # Deliberately without --locked: only the CLI's own version has to match
  # the crate; its dependencies may resolve to ones that build with this
  # toolchain.
  log "cargo install wasm-bindgen-cli $version"
  cargo_install wasm-bindgen-cli --version "$version" --force
}

ensure_cargo_nextest() {
  # Runs every test in its own process (see .config/nextest.toml).
  if cargo nextest --version >/dev/null 2>&1; then
    return
  fi
  log "cargo install cargo-nextest"
  cargo_install cargo-nextest --version 0.9.143 --locked
}

ensure_chromium() {
  if [[ -x /usr/bin/chromium ]]; then
    return
  fi
  # Debian's build: Playwright's own browser download cannot reach its host.
  apt_install chromium
}

ensure_e2e_node_modules() {
  local dir="$ROOT/end2end"
  local stamp="$dir/node_modules/.tailspin-lock.sha256"
  local want
  want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [[ -f $stamp && "$(cat "$stamp")" == "$want" ]]; then
    return
  fi
  log "npm ci in end2end/"
  # The browser comes from Debian; never let Playwright try to download one.
  (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  # Inside node_modules so that deleting node_modules also drops the stamp.
  printf '%s\n' "$want" >"$stamp"
}

# A node-tools dir outside the repo for the CLIs .ci/build-site.sh (and
# cargo-leptos) look up on PATH.
node_tool() {
  local package=$1 version=$2 bin=$3 version_pattern=$4
  local exe="$NODE_TOOLS/node_modules/.bin/$bin"
  if [[ -x $exe ]] && "$exe" --version 2>/dev/null | grep -qF "$version_pattern"; then
    return
  fi
  log "npm install $package@$version into $NODE_TOOLS"
  mkdir -p "$NODE_TOOLS"
  npm install --prefix "$NODE_TOOLS" --no-audit --no-fund --save-exact "$package@$version"
}

ensure_sass_if_needed() {
  # Only a .scss style-file makes cargo-leptos call `sass`; plain CSS doesn't.
  if grep -qsE '^\s*style-file\s*=\s*".*\.(scss|sass)"' "$ROOT/Cargo.toml" "$ROOT"/*/Cargo.toml; then
    node_tool sass 1.108.2 sass 1.108.2
  fi
}

ensure_rust_parts
ensure_wasm_bindgen
node_tool lightningcss-cli "$LIGHTNINGCSS_CLI_VERSION" lightningcss "alpha.71"
if [[ $site_only == 0 ]]; then
  ensure_cargo_nextest
  ensure_chromium
  ensure_e2e_node_modules
fi
if [[ $with_release == 1 ]]; then
  node_tool binaryen "$BINARYEN_VERSION" wasm-opt "version 132"
  node_tool terser "$TERSER_VERSION" terser "terser $TERSER_VERSION"
fi
if [[ $with_watch == 1 ]]; then
  ensure_cargo_leptos
  ensure_sass_if_needed
fi

if [[ -d $NODE_TOOLS/node_modules/.bin ]]; then
  log "node tools: export PATH=\"$NODE_TOOLS/node_modules/.bin:\$PATH\""
fi
log "done"
