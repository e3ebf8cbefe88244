#!/usr/bin/env bash
# Screenshots of every main route, in English and Japanese, at phone (390 × 844) and
# desktop (1280 × 900) width, from the release build in dist/ served by nginx, with
# Debian's headless Chromium. For looking at what we built: `make screenshots`.
#   OUT=dir   where the PNGs go (default target/screenshots)
#   FULL=1    whole pages instead of the first screen
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

routes=(/ /offices/ /offices/london/ /offices/branch-aomori-pref/ /jet/ /jet/eligibility/
  /jet/timeline/ /jet/apply/ /jet/where-to-apply/ /jet/faq/ /embed/ /search/?q=visa
  /offices/?q=kanagawa)
for route in "${routes[@]}"; do
  for lang in en ja; do
    path=$route
    [ "$lang" = ja ] && path="/ja${route}"
    name=$(echo "${path#/}" | tr '/?=' '___')
    for size in 390,844 1280,900; do
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
