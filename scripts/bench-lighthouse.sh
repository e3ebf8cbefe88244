#!/usr/bin/env bash
# Lighthouse scores of a built site: serves DIR with nginx on PORT (as deployed); on
# PORT+1, the same pages with every <script> removed (the limit for that HTML, so the
# cost of the scripts reads as a difference in one run); on PORT+2, the same pages
# with the stylesheet inlined in each, as they were before it became a cached file
# (so that choice is measured in the same run too); runs scripts/bench-lighthouse.mjs
# against all three, then stops the servers.
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
bare=$(mktemp -d /tmp/clair-lighthouse-bare.XXXXXX)
inline=$(mktemp -d /tmp/clair-lighthouse-inline.XXXXXX)
servers=()
trap 'for s in "${servers[@]}"; do kill "$s" 2>/dev/null; wait "$s" 2>/dev/null; done; rm -rf "$snap" "$bare" "$inline"' EXIT
cp -a "$dist/." "$snap/"
cp -a "$dist/." "$bare/"
cp -a "$dist/." "$inline/"
# The inline twin: each page's <link rel="stylesheet"> replaced by the file's text.
node -e '
  const fs = require("fs"), path = require("path");
  const dir = process.argv[1];
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  for (const file of walk(dir).filter((f) => f.endsWith(".html"))) {
    const html = fs.readFileSync(file, "utf8");
    // The page policy allows only style files (style-src-elem 'self'): this twin lets
    // its inline <style> in too, and nothing else changes.
    const out = html.replace(/<link rel="stylesheet" href="[^"]*?(main-[0-9a-f]+\.css)"[^>]*>/,
      (_, css) => `<style>${fs.readFileSync(path.join(dir, css), "utf8")}</style>`)
      .replace("style-src-elem 'self'", "style-src-elem 'self' 'unsafe-inline'");
    fs.writeFileSync(file, out);
  }' "$inline"
# The script-free copy: every <script>…</script> out of every page, nothing else changed.
find "$bare" -name '*.html' -print0 | xargs -0 perl -0pi -e 's/<script\b[^>]*>.*?<\/script>//gs'
bare_url="http://127.0.0.1:$((port + 1))"

start_server() { # dir port url
  scripts/serve.sh "$1" "$2" >/dev/null &
  servers+=($!)   # serve.sh execs nginx, so this is the nginx master: killing it stops it
  for _ in $(seq 50); do
    curl -sf -o /dev/null "$3/" && return 0
    sleep 0.1
  done
  echo "no answer from $3" >&2
  exit 1
}
start_server "$snap" "$port" "$url"
start_server "$bare" "$((port + 1))" "$bare_url"
inline_url="http://127.0.0.1:$((port + 2))"
start_server "$inline" "$((port + 2))" "$inline_url"

# No browser download ever: Debian's Chromium is used (see the .mjs).
PUPPETEER_SKIP_DOWNLOAD=1 node scripts/bench-lighthouse.mjs "$url" "$bare_url" "$snap" "$inline_url"
