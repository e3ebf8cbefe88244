#!/usr/bin/env bash
# Idempotent set-up of everything the build and the tests need.
# Each step skips itself when the right version is already there.
# Usage: scripts/setup.sh [build|test]   (test also installs browsers and npm test deps)
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-build}"
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

TRUNK_VERSION=0.22.1
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3; exit}' Cargo.lock)

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

apt_pkgs=(brotli nginx-light)
if [ "$what" = test ]; then
  # Java runs the W3C Nu HTML checker (npm vnu-jar).
  apt_pkgs+=(chromium chromium-driver fonts-noto-cjk tzdata openjdk-17-jre-headless)
fi
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -q wasm32-unknown-unknown; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  log "cargo install trunk $TRUNK_VERSION (about 7 minutes)"
  cargo install trunk --version "=$TRUNK_VERSION" --locked --ignore-rust-version
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WB_VERSION"; then
  log "cargo install wasm-bindgen-cli $WB_VERSION"
  # Not --locked: its lockfile pins a webpki-roots version the registry here does not serve.
  cargo install wasm-bindgen-cli --version "=$WB_VERSION" --force
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci"
  npm ci --no-audit --no-fund
fi

log "cargo fetch"
cargo fetch --locked >/dev/null 2>&1 || cargo fetch --locked
log "ready"
