#!/usr/bin/env bash
# End-to-end tests against the release build in dist/, served by nginx:
#   - port E2E_PORT: dist/ as a plain static host (every route a file, real 404s)
#   - port E2E_PORT+2: a partner's page embedding the widgets from another origin
#   - port E2E_PORT+1: a damaged copy behind an SPA-style host (unknown paths get
#     index.html): mission.json and jet/overview.json corrupted and jet/ removed, so
#     the JET page is rendered in the browser from a bad file.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
test -f dist/index.html || { echo "dist/ is missing: run make build first" >&2; exit 1; }

broken=target/dist-broken
rm -rf "$broken"
cp -r dist "$broken"
printf '{"lead": {"en": "cut off' > "$broken/data/mission.json"
printf '{"programme": {"year": "next"}}' > "$broken/data/jet/overview.json"
rm -rf "$broken/jet"

export E2E_PORT=${E2E_PORT:-18080}

# A partner site on another origin (port +2) that embeds the widgets both ways.
partner=target/partner
rm -rf "$partner"
mkdir -p "$partner"
sed "s|@SITE@|http://127.0.0.1:$E2E_PORT|g" tests/e2e/partner.html > "$partner/index.html"
cp "$partner/index.html" "$partner/404.html"
exec playwright test "$@"
