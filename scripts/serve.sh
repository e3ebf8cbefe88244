#!/usr/bin/env bash
# Serves a built site with nginx in the foreground (exec, so $! is nginx itself).
# Usage: scripts/serve.sh DIR PORT [static|spa] [BASE]
#   static: every route a real file, unknown paths get 404.html (deploy/nginx-site.conf)
#   spa:    unknown paths answered with index.html, like SPA hosts and dev servers
#   BASE:   the sub-path DIR was built for (PUBLIC_URL), default /
set -euo pipefail
site_dir=$(realpath "$1")
port=$2
mode=${3:-static}
base=${4:-/}
base="/${base#/}"; base="${base%/}/"  # /clair, clair/ → /clair/; / stays /
base=${base//\/\//\/}
here=$(cd "$(dirname "$0")/.." && pwd)
conf_dir=$(mktemp -d /tmp/clair-nginx.XXXXXX)
root=$site_dir
if [ "$base" != / ]; then
  # The server's root holds the site as the sub-path, like a host serving it there.
  root=$conf_dir/root
  mkdir -p "$(dirname "$root${base%/}")"
  ln -s "$site_dir" "$root${base%/}"
fi
# The other languages' path prefixes, for their not-found pages.
langs=$(node -p "require('$here/public/site/langs.json').langs.filter((l) => l.prefix).map((l) => l.code).join('|')")
site=$(sed -e "s|@ROOT@|$root|g" -e "s|@LISTEN@|127.0.0.1:$port|g" -e "s|@BASE@|$base|g" \
  -e "s/@LANGS@/$langs/g" "$here/deploy/nginx-site.conf")
if [ "$mode" = spa ]; then
  site=$(printf '%s\n' "$site" | sed -e "s|try_files \$uri \$uri/ =404;|try_files \$uri \$uri/ ${base}index.html;|")
fi
cat > "$conf_dir/nginx.conf" <<CONF
worker_processes 1;
pid $conf_dir/nginx.pid;
error_log stderr warn;
daemon off;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path $conf_dir;
    proxy_temp_path $conf_dir;
    fastcgi_temp_path $conf_dir;
    uwsgi_temp_path $conf_dir;
    scgi_temp_path $conf_dir;
$site
}
CONF
echo "Serving $site_dir on http://127.0.0.1:$port$base ($mode)"
exec nginx -c "$conf_dir/nginx.conf"
