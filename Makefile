# CLAIR web app. `make serve` and `make test` set up everything they need.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
PORT ?= 8080

.PHONY: setup setup-test build serve edit lint test test-native test-js test-wasm test-e2e validate-html bench clean \
	content-check content-report schemas screenshots

setup:
	scripts/setup.sh build

setup-test:
	scripts/setup.sh test

## Release build: trunk (wasm, hydrate) then the native renderer writes every route.
## PUBLIC_URL=/clair/ make build: the same site for a sub-path.
build: setup
	scripts/build.sh

## Build, then serve dist/ as a visitor gets it on http://127.0.0.1:$(PORT)
serve: build
	scripts/serve.sh dist $(PORT) static $${PUBLIC_URL:-/}

## For content editors: the editor (Decap CMS) at http://127.0.0.1:$(PORT)/admin/,
## saving into this working copy; `make build` then shows the change on the site.
edit: setup
	PORT=$(PORT) scripts/edit.sh

## For content editors: every data file against its types, rules and schema (fast).
content-check:
	cargo run -q --features ssr --bin content -- check

## What in public/data is oldest or unconfirmed, and the JET programme year vs today.
content-report:
	cargo run -q --features ssr --bin content -- report

## Regenerates public/data/schema/ from the Rust types (after changing a content type).
schemas:
	cargo run -q --features ssr --bin content -- schemas

lint:
	cargo fmt --all -- --check
	tsc -p .
	tsc -p tsconfig.sw.json
	cargo clippy --target wasm32-unknown-unknown --features hydrate -- -D warnings
	cargo clippy --features ssr --all-targets -- -D warnings

test-native:
	cargo test --features ssr

## The page script's rules against the model's cases, and its DOM contract (against
## dist/ once built).
test-js:
	node --test tests/js/

test-wasm:
	CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --features hydrate --test wasm

test-e2e:
	scripts/e2e.sh

## The built pages through the W3C Nu HTML checker (after make build).
validate-html:
	scripts/validate-html.sh dist

## Everything: set-up, lint (Rust and TypeScript), native tests, wasm tests in Chromium,
## release build, HTML check, the page script's tests, e2e + axe.
test: setup-test
	$(MAKE) lint
	$(MAKE) test-native
	$(MAKE) test-wasm
	scripts/build.sh
	PUBLIC_URL=/clair/ DIST=target/dist-clair scripts/build.sh
	scripts/validate-html.sh dist
	scripts/fixture_lang.sh
	$(MAKE) test-js
	$(MAKE) test-e2e

## Every main route in EN and JA at 390 and 1280 px, into target/screenshots/.
screenshots: setup-test build
	scripts/screenshots.sh

bench: setup-test build
	scripts/bench.sh

clean:
	rm -rf dist target/dist-* target/data-v2
