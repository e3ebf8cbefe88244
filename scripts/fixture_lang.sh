#!/usr/bin/env bash
# Languages are a list: renders the built site (dist/) again with a throw-away third
# language (feature `lang-fixture`, code `xx`) into target/dist-xx/, which
# tests/js/fixture_lang.test.mjs then reads: every route in every language, `xx` too.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
[ -f dist/shell.html ] || { echo "build the site first (scripts/build.sh)"; exit 1; }
out=target/dist-xx
rm -rf "$out" && cp -r dist "$out"
cargo build -q --features ssr,lang-fixture --bin prerender
./target/debug/prerender "$out" >/dev/null
# Leave the build's own renderer as it was for the next build.
cargo build -q --features ssr --bin prerender
echo "fixture language: $(find "$out/xx" -name '*.html' | wc -l) pages in $out/xx"
