#!/usr/bin/env bash
# End-to-end tests against the release build in dist/, served by nginx:
#   - port E2E_PORT: dist/ as a plain static host (every route a file, real 404s)
#   - port E2E_PORT+2: a partner's page embedding the widgets from another origin
#   - port E2E_PORT+1: a damaged copy behind an SPA-style host (unknown paths get
#     index.html): mission.json, jet/overview.json and jet/eligibility.json corrupted
#     and jet/faq/ removed, so /jet/faq/ gets the home page's file and the
#     eligibility checker's island a bad file.
#   - port E2E_PORT+3: the site built for a sub-path, target/dist-clair, served at /clair/
#   - port E2E_PORT+4: target/dist-live, a copy of dist/ that the update test replaces
#     with target/dist-v2: the same build with one content change, rendered again.
#   - port E2E_PORT+5 and 8081: make edit's servers (the content editor at /admin/),
#     editing target/edit-repo, a copy of the repository's public/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
test -f dist/index.html || { echo "dist/ is missing: run make build first" >&2; exit 1; }

broken=target/dist-broken
rm -rf "$broken"
cp -r dist "$broken"
# Every language's copy (data/<code>/…, what the pages read) and the full file.
for dir in "$broken/data" "$broken"/data/*/; do
  test -f "$dir/mission.json" || continue
  printf '{"lead": {"en": "cut off' > "$dir/mission.json"
  printf '{"programme": {"year": "next"}}' > "$dir/jet/overview.json"
  printf '{"programme": {"year": "next"}}' > "$dir/jet/eligibility.json"
done
rm -rf "$broken/jet/faq"

test -f target/dist-clair/index.html || {
  echo "target/dist-clair is missing: run PUBLIC_URL=/clair/ DIST=target/dist-clair scripts/build.sh" >&2
  exit 1
}

v2=target/dist-v2
rm -rf "$v2" target/data-v2 target/dist-live
cp -r dist "$v2"
cp -r dist target/dist-live
cp -r public/data target/data-v2
node -e '
  const fs = require("fs");
  const file = "target/data-v2/mission.json";
  const mission = JSON.parse(fs.readFileSync(file, "utf8"));
  mission.lead.en = "Updated: " + mission.lead.en;
  fs.writeFileSync(file, JSON.stringify(mission, null, 2));
'
cp target/data-v2/mission.json "$v2/data/mission.json"  # the prerender writes data/<code>/ from it
PUBLIC_URL=/ CLAIR_DATA_DIR=target/data-v2 ./target/debug/prerender "$v2" >/dev/null

# The repository copy the content editor's test edits (make edit's servers).
rm -rf target/edit-repo && mkdir -p target/edit-repo && cp -r public target/edit-repo/

export E2E_PORT=${E2E_PORT:-18080}

# A partner site on another origin (port +2) that embeds the widgets both ways.
partner=target/partner
rm -rf "$partner"
mkdir -p "$partner"
sed "s|@SITE@|http://127.0.0.1:$E2E_PORT|g" tests/e2e/partner.html > "$partner/index.html"
cp "$partner/index.html" "$partner/404.html"
exec playwright test "$@"
