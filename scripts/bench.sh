#!/usr/bin/env bash
# Prints raw / gzip -9 / brotli -q 11 sizes of every file in dist/ and the first-load
# total of the home page (its HTML plus the JS, wasm and CSS it references).
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
test -f "$dist/index.html" || { echo "no $dist/index.html: run make build" >&2; exit 1; }

sizes() { # file -> "raw gzip brotli"
  printf '%s %s %s\n' "$(stat -c %s "$1")" "$(gzip -9 -c "$1" | wc -c)" "$(brotli -q 11 -c "$1" | wc -c)"
}

printf '%-44s %10s %10s %10s\n' file raw gzip brotli
total_raw=0; total_gz=0; total_br=0
while IFS= read -r f; do
  read -r raw gz br < <(sizes "$f")
  printf '%-44s %10d %10d %10d\n' "${f#"$dist"/}" "$raw" "$gz" "$br"
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
done < <(find "$dist" -type f | sort)
printf '%-44s %10d %10d %10d\n' "all files" "$total_raw" "$total_gz" "$total_br"

echo
echo "First load of / (HTML + assets it references; the wasm only on pages with islands, see below):"
first_raw=0; first_gz=0; first_br=0
assets=$(grep -oE '(href|src)="/[^"]+\.(js|wasm|css)"' "$dist/index.html" | sed -E 's/^(href|src)="\///; s/"$//' | sort -u)
for f in index.html $assets; do
  read -r raw gz br < <(sizes "$dist/$f")
  printf '  %-42s %10d %10d %10d\n' "$f" "$raw" "$gz" "$br"
  first_raw=$((first_raw + raw)); first_gz=$((first_gz + gz)); first_br=$((first_br + br))
done
printf '  %-42s %10d %10d %10d\n' "total" "$first_raw" "$first_gz" "$first_br"

echo
printf 'embed.js: %s B raw, %s B gzip, %s B brotli\n' $(sizes "$dist/embed.js")
node scripts/bench-embed.mjs "$dist"
node scripts/bench-precache.mjs "$dist"
node scripts/bench-first-load.mjs "$dist"

echo
node scripts/bench-search.mjs "$dist"
node scripts/bench-navigation.mjs "$dist"
node scripts/bench-site-search.mjs "$dist"

echo
# Lighthouse (mobile, devtools throttling) on the site as nginx serves it; starts and
# stops its own server on port 18190.
scripts/bench-lighthouse.sh "$dist" 18190
