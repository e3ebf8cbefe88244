#!/usr/bin/env bash
# Rebuilds public/data/map-world.json and public/data/map-japan.json (see README.md here).
# Tools are installed into a temporary folder, never into the project:
#   npm: world-atlas, topojson-client      pip: japanmap (+ numpy, which it imports)
# Usage: scripts/maps/build_maps.sh [--preview]
#   MAPWORK=/some/dir   reuse/keep that work folder (default: a fresh mktemp -d, removed at
#                       the end unless --preview is given)
#   --preview           also write world.html / japan.html (paths + test dots) into the work
#                       folder and, if chromium is installed, world.png / japan.png
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/public/data"

WORLD_ATLAS_VERSION=2.0.2
TOPOJSON_CLIENT_VERSION=3.1.0
JAPANMAP_VERSION=0.6.0

preview=0
[ "${1:-}" = "--preview" ] && preview=1

log() { printf '[maps] %s\n' "$*" >&2; }

if [ -n "${MAPWORK:-}" ]; then
  work="$MAPWORK"
  mkdir -p "$work"
else
  work="$(mktemp -d /tmp/mapwork.XXXXXX)"
  [ "$preview" = 1 ] || trap 'rm -rf "$work"' EXIT
fi
log "work folder: $work"

npm_version() { # prints the installed version of an npm package in $work, or nothing
  node -e 'try{console.log(require(process.argv[1]+"/package.json").version)}catch(e){}' \
    "$work/node_modules/$1"
}
if [ "$(npm_version world-atlas)" != "$WORLD_ATLAS_VERSION" ] ||
  [ "$(npm_version topojson-client)" != "$TOPOJSON_CLIENT_VERSION" ]; then
  log "npm install world-atlas@$WORLD_ATLAS_VERSION topojson-client@$TOPOJSON_CLIENT_VERSION"
  npm install --prefix "$work" --no-save --no-audit --no-fund --loglevel=error \
    "world-atlas@$WORLD_ATLAS_VERSION" "topojson-client@$TOPOJSON_CLIENT_VERSION" >&2
fi
if [ ! -d "$work/py/japanmap-$JAPANMAP_VERSION.dist-info" ] || [ ! -d "$work/py/numpy" ]; then
  log "pip install japanmap==$JAPANMAP_VERSION numpy"
  # --no-deps: japanmap also requires opencv-python and pillow, which only its raster
  # functions use; the outlines (get_data, pref_points) need numpy alone.
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --upgrade --no-deps \
    --target "$work/py" "japanmap==$JAPANMAP_VERSION" numpy >&2
fi

node "$here/ne_to_geojson.cjs" "$work"
args=(--work "$work" --out "$out")
[ "$preview" = 1 ] && args+=(--preview)
python3 "$here/build_maps.py" "${args[@]}"

if [ "$preview" = 1 ] && [ -x /usr/bin/chromium ]; then
  shot() { # name width height
    /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --hide-scrollbars --screenshot="$work/$1.png" --window-size="$2,$3" \
      "file://$work/$1.html" >/dev/null 2>&1
    log "screenshot: $work/$1.png"
  }
  shot world 1000 394
  shot japan 600 764
fi
