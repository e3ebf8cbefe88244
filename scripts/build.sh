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
# The small bundles (`Bundle::SMALL`, written into routes.json by the Rust tests): the
# same crate with only the not-found page's island (feature bundle-light) or only the
# finder widget's (bundle-widget), for pages that should not pay for the site's; built,
# bound and optimised as trunk does the site's bundle.
for bundle in $(node -p 'require("./public/site/routes.json").smallBundles.join(" ")'); do
  cargo build --release --target wasm32-unknown-unknown --bin clair --no-default-features --features "bundle-$bundle"
  out=target/$bundle
  rm -rf "$out" && mkdir -p "$out"
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name "clair-$bundle" \
    target/wasm32-unknown-unknown/release/clair.wasm
  wasm-opt --output="$out/opt.wasm" -Oz "$out/clair-${bundle}_bg.wasm"
  hash=$(cat "$out/clair-$bundle.js" "$out/opt.wasm" | sha256sum | cut -c1-16)
  rm -f "$dist/clair-$bundle"-*
  cp "$out/clair-$bundle.js" "$dist/clair-$bundle-$hash.js"
  cp "$out/opt.wasm" "$dist/clair-$bundle-${hash}_bg.wasm"
done
# The page script: its modules (public/site.js and public/site/, typed and tested on
# their own) bundled into one file per page kind, minified; the widget gate as a classic
# script, since it blocks the widget's first paint.
esbuild public/site.js --bundle --format=esm --minify --target=es2022 --outfile="$dist/site.js" --log-level=warning
esbuild public/widget-gate.js --bundle --format=iife --minify --target=es2020 --outfile="$dist/widget-gate.js" --log-level=warning
# The content editor (/admin/, never linked, indexed or precached): Decap CMS as npm
# ships it, the site's additions bundled, the configuration generated from the content
# types (`make schemas`), and the site's stylesheet for its previews.
rm -rf "$dist/admin" && mkdir -p "$dist/admin"
cp public/admin/index.html public/admin/config.yml node_modules/decap-cms/dist/decap-cms.js "$dist/admin/"
esbuild public/admin/admin.js --bundle --format=iife --minify --target=es2020 --outfile="$dist/admin/admin.js" --log-level=warning
cp "$dist"/main-*.css "$dist/admin/site.css"
cargo build --features ssr --bin prerender --bin content
./target/debug/prerender "$dist"
# What editors should re-check first; informative, never fails the build.
./target/debug/content report || true
echo "build done in $(( $(date +%s) - start )) s"
