#!/usr/bin/env bash
# Lighthouse scores of a built site: serves DIR with nginx on PORT (as deployed), runs
# scripts/bench-lighthouse.mjs against it, then stops the server.
# Usage: scripts/bench-lighthouse.sh [DIR] [PORT]   (defaults: dist 18190)
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
port=${2:-18190}
url="http://127.0.0.1:$port"
test -f "$dist/index.html" || { echo "no $dist/index.html: run make build" >&2; exit 1; }
# Something already answering there would be measured instead of $dist.
if curl -s -o /dev/null "$url/"; then echo "port $port already in use" >&2; exit 1; fi

# Serve a copy: a build that rewrites $dist mid-run (new hashed names) would otherwise
# leave pages pointing at deleted assets and skew or break the later runs.
snap=$(mktemp -d /tmp/clair-lighthouse.XXXXXX)
server=
trap '[ -n "$server" ] && { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; }; rm -rf "$snap"' EXIT
cp -a "$dist/." "$snap/"

scripts/serve.sh "$snap" "$port" >/dev/null &
server=$!   # serve.sh execs nginx, so this is the nginx master: killing it stops the server
for _ in $(seq 50); do
  curl -sf -o /dev/null "$url/" && break
  kill -0 "$server" 2>/dev/null || { echo "nginx did not start" >&2; exit 1; }
  sleep 0.1
done
curl -sf -o /dev/null "$url/" || { echo "no answer from $url" >&2; exit 1; }

# No browser download ever: Debian's Chromium is used (see the .mjs).
PUPPETEER_SKIP_DOWNLOAD=1 node scripts/bench-lighthouse.mjs "$url"
