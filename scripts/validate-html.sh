#!/usr/bin/env bash
# Every built page through the W3C Nu HTML checker (npm vnu-jar, on the machine's Java).
# Fails on any error except two kinds that are not ours to fix:
#   - "Bogus comment": leptos' hydration markers (`<!>`), which the islands need;
#   - what the checker's CSS parser does not know yet and browsers do: `@property`,
#     `vector-effect`, and transitions of registered custom properties (`--z`).
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
jar=node_modules/vnu-jar/build/dist/vnu.jar
test -f "$jar" || { echo "vnu-jar is missing: run make setup-test" >&2; exit 1; }
mapfile -t pages < <(find "$dist" -name '*.html' ! -name shell.html | sort)
report=$(mktemp)
java -jar "$jar" --errors-only --format gnu "${pages[@]}" >"$report" 2>&1 || true
errors=$(grep -v -E ': error: (Bogus comment\.|CSS: Unrecognized at-rule “@property”|CSS: “vector-effect”: Property “vector-effect” doesn.t exist\.|CSS: “transition”: “--[a-z]+” is not a “transition” value\.)$' "$report" || true)
markers=$(grep -c 'Bogus comment' "$report" || true)
rm -f "$report"
if [ -n "$errors" ]; then
  echo "$errors"
  echo "HTML check: errors in the built pages (above)" >&2
  exit 1
fi
echo "HTML check: ${#pages[@]} pages valid (W3C Nu), apart from $markers hydration markers"
