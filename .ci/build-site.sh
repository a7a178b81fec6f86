#!/usr/bin/env bash
# Builds the site into target/site as `cargo leptos build` (0.3.10) does for
# [[workspace.metadata.leptos]] in Cargo.toml, without needing cargo-leptos
# (20 minutes to install from source on a fresh machine):
#   - every browser bundle (BUNDLES below) in ONE cargo invocation, then
#     wasm-bindgen per bundle, and in release wasm-opt and a JS minifier;
#   - the server binary, with the compile-time environment cargo-leptos
#     gives it (leptos reads LEPTOS_OUTPUT_NAME when it is compiled);
#   - the style sheet through lightningcss, for the same browserquery;
#   - public/ copied into the site root.
# Same target dirs, environment and RUSTFLAGS as cargo-leptos, so
# `cargo leptos watch` (development) and this script share compiled crates.
#
# Usage: .ci/build-site.sh [--release [--server-profile=NAME]]
#   --release  optimised bundles (wasm-opt, minified JS and CSS) and server
#              (cargo's `release` profile, in target/release/server).
#   --server-profile=NAME  the server with another cargo profile, in
#              target/NAME/server (`make run` uses `run-release`).
# With BUILD_SITE_LOG=FILE, FILE gets the line `Cargo envs: NAME=value ...`,
# the server's compile-time environment (.ci/bench.sh builds with it).
set -euo pipefail

# The browser bundles, one per area of the site (app/src/site/area.rs), as
# crate:output-name. Each becomes pkg/<output-name>.js and .wasm, the names
# the pages' hydration script asks for (app/src/site_assets.rs). The whole
# application's bundle (lib-package of [[workspace.metadata.leptos]]) is
# left out: `cargo leptos watch` builds it, and no page links it when every
# area's bundle is here, so it would only add a large link and wasm-opt.
# All are compiled together, so cargo unifies their dependencies' features:
# give a new bundle the same `app` features or it changes the others.
BUNDLES=(
  public:public
  respondent:respondent
  dashboard:dashboard
  designer:designer
  settings:settings
  branding:branding
  administration:administration
  subscribers:subscribers
)

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export TAILSPIN_CACHE="${TAILSPIN_CACHE:-${HOME:-/root}/.cache/tailspin}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$TAILSPIN_CACHE/target}"
export PATH="$TAILSPIN_CACHE/node-tools/node_modules/.bin:$PATH:${HOME:-/root}/.cargo/bin"

release=false
server_profile=
for arg in "$@"; do
  case "$arg" in
    --release) release=true ;;
    --server-profile=?*) server_profile=${arg#--server-profile=} ;;
    *) echo "usage: $0 [--release [--server-profile=NAME]]" >&2; exit 2 ;;
  esac
done

log() { printf '[build-site] %s\n' "$*" >&2; }
fail() { log "$*"; exit 1; }

tools=(wasm-bindgen lightningcss)
$release && tools+=(wasm-opt terser)
for tool in "${tools[@]}"; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run .ci/install-tools.sh$($release && echo " --release")"
done

# The project's settings, read where cargo-leptos reads them.
eval "$(python3 - <<'EOF'
import shlex, tomllib
with open("Cargo.toml", "rb") as f:
    leptos = tomllib.load(f)["workspace"]["metadata"]["leptos"][0]
try:
    with open(".cargo/config.toml", "rb") as f:
        config_rustflags = tomllib.load(f).get("build", {}).get("rustflags", [])
except FileNotFoundError:
    config_rustflags = []
values = {
    "output_name": leptos["name"],
    "bin_package": leptos["bin-package"],
    "lib_package": leptos["lib-package"],
    "site_root": leptos.get("site-root", "target/site"),
    "pkg_dir": leptos.get("site-pkg-dir", "pkg"),
    "style_file": leptos.get("style-file", ""),
    "assets_dir": leptos.get("assets-dir", ""),
    "site_addr": leptos.get("site-addr", "127.0.0.1:3000"),
    "reload_port": str(leptos.get("reload-port", 3001)),
    "browserquery": leptos.get("browserquery", "defaults"),
    "lib_profile_release": leptos.get("lib-profile-release", "release"),
    "config_rustflags": " ".join(config_rustflags),
}
for name, value in values.items():
    print(f"{name}={shlex.quote(value)}")
EOF
)"
# cargo-leptos passes each package's directory relative to the workspace.
package_dir() {
  cargo metadata --no-deps --format-version 1 |
    jq -r --arg name "$1" --arg root "$ROOT/" \
      '.packages[] | select(.name == $name) | .manifest_path | ltrimstr($root) | rtrimstr("/Cargo.toml")'
}
build_env=(
  "LEPTOS_OUTPUT_NAME=$output_name"
  "LEPTOS_SITE_ROOT=$site_root"
  "LEPTOS_SITE_PKG_DIR=$pkg_dir"
  "LEPTOS_SITE_ADDR=$site_addr"
  "LEPTOS_RELOAD_PORT=$reload_port"
  "LEPTOS_LIB_DIR=$(package_dir "$lib_package")"
  "LEPTOS_BIN_DIR=$(package_dir "$bin_package")"
  "LEPTOS_JS_MINIFY=$release"
  "LEPTOS_HASH_FILES=false"
)
# cargo-leptos' debug builds add `--cfg erase_components` to the configured
# flags. .cargo/config.toml has it already, and leaving RUSTFLAGS alone then
# keeps the debug dependencies shared with clippy and the tests.
if ! $release && [[ " ${RUSTFLAGS:-$config_rustflags} " != *" --cfg erase_components "* ]]; then
  build_env+=("RUSTFLAGS=${RUSTFLAGS:-$config_rustflags} --cfg erase_components")
fi
if [[ -n ${BUILD_SITE_LOG:-} ]]; then
  printf 'Cargo envs: %s\n' "${build_env[*]}" >"$BUILD_SITE_LOG"
fi

if [[ -n $server_profile ]]; then
  profile_args=(--profile="$server_profile")
elif $release; then
  profile_args=(--release)
else
  profile_args=()
fi
if $release; then
  front_profile_args=(--profile="$lib_profile_release")
  front_profile_dir=$lib_profile_release
else
  front_profile_args=()
  front_profile_dir=debug
fi
front_target_dir=$CARGO_TARGET_DIR/front
site_pkg=$site_root/$pkg_dir

# cargo-leptos keeps nothing of an earlier build in the site.
[[ $site_root == target/* ]] || fail "site-root must be under target/, not $site_root"
rm -rf "$site_root"
mkdir -p "$site_pkg"
if [[ -n $assets_dir && -d $assets_dir ]]; then
  cp -R "$assets_dir"/. "$site_root"/
fi

if [[ -n $style_file ]]; then
  # cargo-leptos minifies the sheet for these browsers with lightningcss
  # (release only prints it minified); the same version gives the same bytes.
  css_args=(--targets "$browserquery")
  $release && css_args+=(--minify)
  lightningcss "${css_args[@]}" "$style_file" -o "$site_pkg/$output_name.css"
  log "style sheet: $(stat -c %s "$site_pkg/$output_name.css") bytes"
fi

package_args=()
for bundle in "${BUNDLES[@]}"; do
  package_args+=(--package="${bundle%%:*}")
done
log "building the browser bundles: ${BUNDLES[*]}"
env "${build_env[@]}" cargo build "${package_args[@]}" --lib --target-dir="$front_target_dir" \
  --target=wasm32-unknown-unknown --no-default-features "${front_profile_args[@]}"

# wasm-bindgen, wasm-opt and the minifier use one core while cargo compiles
# the server with both.
finish_bundles() {
  local bundle crate name wasm
  for bundle in "${BUNDLES[@]}"; do
    crate=${bundle%%:*}
    name=${bundle#*:}
    wasm=$front_target_dir/wasm32-unknown-unknown/$front_profile_dir/${crate//-/_}.wasm
    wasm-bindgen --target=web --no-typescript --out-name="$name" --out-dir="$site_pkg" "$wasm"
    mv -f "$site_pkg/${name}_bg.wasm" "$site_pkg/$name.wasm"
    if $release; then
      wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
        "$site_pkg/$name.wasm" -o "$site_pkg/$name.wasm"
      terser "$site_pkg/$name.js" --module --compress --mangle -o "$site_pkg/$name.js"
    fi
    log "bundle $name: $(stat -c %s "$site_pkg/$name.wasm") bytes of WebAssembly, $(stat -c %s "$site_pkg/$name.js") of JavaScript"
  done
}
finish_bundles &
finishing=$!
trap 'kill "$finishing" 2>/dev/null || true' EXIT

log "building the server"
env "${build_env[@]}" cargo build --package="$bin_package" --bin="$bin_package" --no-default-features "${profile_args[@]}"

wait "$finishing" || fail "finishing the browser bundles failed"
trap - EXIT
log "site built in $site_root"
