# Developer entry points for Tailspin Surveys. CI runs `make test`.
SHELL := /bin/bash

# Build caches live outside the repo (see .ci/install-tools.sh).
TAILSPIN_CACHE ?= $(HOME)/.cache/tailspin
CARGO_TARGET_DIR ?= $(TAILSPIN_CACHE)/target
export TAILSPIN_CACHE CARGO_TARGET_DIR

# lightningcss, wasm-opt (npm binaryen) and terser are installed here.
NODE_TOOLS_BIN := $(TAILSPIN_CACHE)/node-tools/node_modules/.bin

# `make run` serves the product on loopback with SQLite under ./data and the
# demo tenants loaded; override any of these on the command line.
RUN_DATABASE_URL ?= sqlite://data/tailspin.db
RUN_BLOB_DIR ?= data/blobs
RUN_LISTEN_ADDR ?= 127.0.0.1:3000
# On this machine only: webhooks (and identity providers) may be served
# from loopback, so a receiver started beside `make run` can be tried.
RUN_OUTBOUND_ALLOW ?= 127.0.0.1/32

.PHONY: test run watch e2e fmt lint tools bench fuzz fuzz-cmin

## test: every check and test, exactly as CI runs it
test:
	.ci/test.sh

RUN_ENV = DATABASE_URL="$(RUN_DATABASE_URL)" \
	TAILSPIN_BLOB_DIR="$(RUN_BLOB_DIR)" \
	TAILSPIN_LISTEN_ADDR="$(RUN_LISTEN_ADDR)" \
	TAILSPIN_OUTBOUND_ALLOW="$(RUN_OUTBOUND_ALLOW)" \
	TAILSPIN_DEMO_DATA=true

## run: optimised build (profile run-release) served at http://127.0.0.1:3000 with demo data
run:
	.ci/install-tools.sh --site --release
	.ci/build-site.sh --release --server-profile=run-release
	mkdir -p data $(RUN_BLOB_DIR)
	$(RUN_ENV) LEPTOS_SITE_ROOT=target/site "$(CARGO_TARGET_DIR)/run-release/server"

## watch: development server as `make run` serves it, rebuilt on every change (installs cargo-leptos first)
watch:
	.ci/install-tools.sh --site --watch
	mkdir -p data $(RUN_BLOB_DIR)
	$(RUN_ENV) PATH="$(NODE_TOOLS_BIN):$$PATH" cargo leptos watch

## bench: release build, the benchmark scenarios on SQLite and PostgreSQL, figures into BENCHMARKS.md (not in CI)
bench:
	.ci/bench.sh

## e2e: debug build, then the Playwright suite only
e2e: tools
	.ci/build-site.sh
	cd end2end && npx --no-install playwright test

## fmt: format all Rust code
fmt:
	cargo fmt --all

## lint: formatting check and clippy for server and wasm frontend
lint:
	cargo fmt --all --check
	cargo clippy -p app -p server --all-targets -- -D warnings
	cargo clippy -p frontend -p respondent -p public -p dashboard -p designer -p settings -p branding -p administration -p subscribers --target wasm32-unknown-unknown -- -D warnings

## tools: install whatever the build and tests need
tools:
	.ci/install-tools.sh

## fuzz: FUZZ_SECONDS (600) of cargo-fuzz (nightly) on each target, from its committed corpus (not in CI)
FUZZ_SECONDS ?= 600
FUZZ_TARGETS := stylesheet submission_form logo
.PHONY: $(addprefix fuzz-,$(FUZZ_TARGETS))
fuzz: $(addprefix fuzz-,$(FUZZ_TARGETS))

## fuzz-TARGET: one target, e.g. `make fuzz-logo`; new corpus entries land in app/fuzz/corpus/TARGET
# A static pattern rule: make skips implicit rules for .PHONY targets.
$(addprefix fuzz-,$(FUZZ_TARGETS)): fuzz-%:
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	cd app/fuzz && CARGO_TARGET_DIR=$(TAILSPIN_CACHE)/fuzz-target \
	  cargo +nightly fuzz run $* corpus/$* -- -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048

## fuzz-cmin: shrink each committed corpus to the inputs that add coverage (run before committing it)
fuzz-cmin:
	cd app/fuzz && for target in $(FUZZ_TARGETS); do \
	  CARGO_TARGET_DIR=$(TAILSPIN_CACHE)/fuzz-target cargo +nightly fuzz cmin $$target corpus/$$target || exit 1; \
	done
