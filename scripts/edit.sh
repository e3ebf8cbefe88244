#!/usr/bin/env bash
# `make edit`: the content editor on this machine. Decap CMS's local backend edits the
# working copy's files (127.0.0.1:8081, the address public/admin/config.yml names; it
# writes files, it makes no commits), and nginx serves the built site, the editor at
# http://127.0.0.1:$PORT/admin/. A save changes public/data/ at once; `make build`
# shows it on the site, `make content-check` checks it. Builds first if there is no
# build yet.
#   REPO=dir   edit another copy (default: this repository)
#   DIST=dir   serve another build (default: dist)
#   PORT=n     the site's port (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
repo=$(realpath "${REPO:-.}")
dist=${DIST:-dist}
port=${PORT:-8080}
test -f "$dist/admin/index.html" || DIST=$dist scripts/build.sh
PORT=8081 BIND_HOST=127.0.0.1 MODE=fs GIT_REPO_DIRECTORY="$repo" LOG_LEVEL=warn \
  node node_modules/decap-server/dist/index.js &
backend=$!
scripts/serve.sh "$dist" "$port" static &
site=$!
trap 'kill $backend $site 2>/dev/null || true' EXIT INT TERM
echo "Content editor: http://127.0.0.1:$port/admin/ (editing $repo/public/data)"
wait -n
