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
# The light bundle: the same crate without the site's islands (feature bundle-light),
# for the pages whose island starts at once (widgets, the timeline, the not-found page);
# built, bound and optimised as trunk does the site's bundle.
cargo build --release --target wasm32-unknown-unknown --bin clair --no-default-features --features bundle-light
light=target/light
rm -rf "$light" && mkdir -p "$light"
wasm-bindgen --target web --no-typescript --out-dir "$light" --out-name clair-light \
  target/wasm32-unknown-unknown/release/clair.wasm
wasm-opt --output="$light/opt.wasm" -Oz "$light/clair-light_bg.wasm"
hash=$(cat "$light/clair-light.js" "$light/opt.wasm" | sha256sum | cut -c1-16)
rm -f "$dist"/clair-light-*
cp "$light/clair-light.js" "$dist/clair-light-$hash.js"
cp "$light/opt.wasm" "$dist/clair-light-${hash}_bg.wasm"
cargo build --features ssr --bin prerender --bin content
./target/debug/prerender "$dist"
# What editors should re-check first; informative, never fails the build.
./target/debug/content report || true
echo "build done in $(( $(date +%s) - start )) s"
