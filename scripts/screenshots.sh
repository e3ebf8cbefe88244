#!/usr/bin/env bash
# Screenshots of every main route, in every language of the site (public/site/langs.json),
# at phone (390 × 844) and desktop (1280 × 900) width, from the release build in dist/
# served by nginx, with Debian's headless Chromium. For looking at what we built:
# `make screenshots`.
#   OUT=dir          where the PNGs go (default target/screenshots)
#   FULL=1           whole pages instead of the first screen
#   LANGS="fr ko"    only these languages; ROUTES="/ /jet/" only these routes
#   SIZES="390,844"  only these sizes
set -euo pipefail
cd "$(dirname "$0")/.."
test -f dist/index.html || { echo "dist/ is missing: run make build first" >&2; exit 1; }
out=${OUT:-target/screenshots}
port=${SHOT_PORT:-18190}
mkdir -p "$out"

scripts/serve.sh dist "$port" static / >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done

default="/ /offices/ /offices/london/ /offices/paris/ /offices/branch-aomori-pref/ /jet/
  /jet/eligibility/ /jet/timeline/ /jet/apply/ /jet/where-to-apply/ /jet/faq/ /embed/
  /search/?q=visa /offices/?q=kanagawa"
set -f  # `?` in a route is not a pattern
routes=(${ROUTES:-$default})
set +f
# Each language's path prefix, `-` for the root language's none.
prefixes=$(node -p 'require("./public/site/langs.json").langs
  .filter((l) => !process.env.LANGS || process.env.LANGS.split(" ").includes(l.code))
  .map((l) => l.prefix || "-").join(" ")')
for route in "${routes[@]}"; do
  for prefix in $prefixes; do
    path=$route
    [ "$prefix" != - ] && path="/${prefix%/}${route}"
    name=$(echo "${path#/}" | tr '/?=' '___')
    for size in ${SIZES:-390,844 1280,900}; do
      width=${size%,*}
      height=${size#*,}
      [ "${FULL:-0}" = 1 ] && height=6000
      chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --hide-scrollbars --window-size="$width,$height" --virtual-time-budget=4000 \
        --screenshot="$out/${name:-home}-$width.png" \
        "http://127.0.0.1:$port$path" >/dev/null 2>&1
    done
  done
done
ls "$out" | wc -l | xargs echo "screenshots in $out:"
