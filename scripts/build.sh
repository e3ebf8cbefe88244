#!/usr/bin/env bash
# Release build: trunk compiles the browser wasm (feature `hydrate`), then the native
# renderer (feature `ssr`, debug profile: the release profile's LTO only slows it)
# writes every route of the app into dist/ as its own HTML file, the service worker
# and the host files.
#   PUBLIC_URL=/clair/ scripts/build.sh   builds for a sub-path (default: the root)
#   DIST=dir                              writes somewhere else than dist/
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
start=$(date +%s)
export PUBLIC_URL=${PUBLIC_URL:-/}
dist=${DIST:-dist}
trunk build --release --public-url "$PUBLIC_URL" --dist "$dist"
rm -f "$dist/.trunk-lock"  # trunk's own lock file, not part of the site
cargo build --features ssr --bin prerender --bin content
./target/debug/prerender "$dist"
# What editors should re-check first; informative, never fails the build.
./target/debug/content report || true
echo "build done in $(( $(date +%s) - start )) s"
