#!/usr/bin/env bash
# Serves out/ with deploy/nginx.conf — the production config, with only its paths and port
# substituted — on 127.0.0.1, and checks what a browser would get: security headers and CSP, clean
# URLs, the 404 page with status 404, cache headers, gzip. Run by `npm test` after the build.
# Skips (exit 0, with a message) only when nginx is not installed; .ci/run installs it.
set -uo pipefail
cd "$(dirname "$0")/.."

NGINX=${NGINX:-$(command -v nginx || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; } || true)}
if [ -z "$NGINX" ]; then
  echo "test-nginx: SKIPPED — nginx is not installed here (apt-get install -y nginx). CI installs it and runs this check."
  exit 0
fi
if [ ! -f out/index.html ] || [ ! -f deploy/generated/security-headers.conf ]; then
  echo "test-nginx: out/ or deploy/generated/ is missing: run \`npm run build\` first" >&2
  exit 1
fi
MIME=${NGINX_MIME_TYPES:-/etc/nginx/mime.types}
[ -f "$MIME" ] || { echo "test-nginx: $MIME not found (set NGINX_MIME_TYPES)" >&2; exit 1; }

port=${NGINX_TEST_PORT:-3180}
tmp=$(mktemp -d /tmp/deploy-notes-nginx.XXXXXX)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

# The test variant: same server block, snippet and docroot moved, bound to loopback only.
mkdir -p "$tmp/snippets"
cp deploy/generated/security-headers.conf "$tmp/snippets/deploy-notes-security-headers.conf"
sed -e "s#/etc/nginx/snippets/#$tmp/snippets/#g" \
    -e "s#/usr/share/nginx/html#$PWD/out#g" \
    -e "s#listen 8080;#listen 127.0.0.1:$port;#" deploy/nginx.conf > "$tmp/site.conf"
grep -q "127.0.0.1:$port" "$tmp/site.conf" || { echo "test-nginx: could not rewrite the listen line of deploy/nginx.conf" >&2; exit 1; }

# As root, nginx would switch workers to `nobody`; keep them as the current user instead.
user_line=""
[ "$(id -u)" = 0 ] && user_line="user root;"
cat > "$tmp/nginx.conf" <<EOF
$user_line
daemon off;
worker_processes 1;
pid $tmp/nginx.pid;
error_log $tmp/error.log warn;
events { worker_connections 64; }
http {
  include $MIME;
  default_type application/octet-stream;
  access_log $tmp/access.log;
  client_body_temp_path $tmp/body;
  proxy_temp_path $tmp/proxy;
  fastcgi_temp_path $tmp/fastcgi;
  uwsgi_temp_path $tmp/uwsgi;
  scgi_temp_path $tmp/scgi;
  include $tmp/site.conf;
}
EOF

"$NGINX" -t -q -p "$tmp/" -c "$tmp/nginx.conf" || { echo "test-nginx: nginx -t rejected deploy/nginx.conf" >&2; exit 1; }
"$NGINX" -p "$tmp/" -c "$tmp/nginx.conf" &
pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 50); do
  curl -fsS -o /dev/null "$base/" 2>/dev/null && break
  sleep 0.1
done

failures=0
ok() { echo "ok     $1"; }
bad() { echo "FAILED $1"; failures=$((failures + 1)); }
# header FILE NAME → the header's value (case-insensitive name, CR stripped)
header() { grep -i "^$2:" "$1" | head -1 | cut -d: -f2- | sed 's/^ *//' | tr -d '\r'; }
fetch() { # fetch NAME URL [curl args…] → $tmp/NAME.h (headers), $tmp/NAME.b (body), prints status
  local name=$1 url=$2; shift 2
  curl -sS -o "$tmp/$name.b" -D "$tmp/$name.h" -w '%{http_code}' "$@" "$url"
}
expect_eq() { [ "$2" = "$3" ] && ok "$1" || bad "$1: expected '$3', got '$2'"; }
expect_match() { printf '%s' "$2" | grep -Eq -- "$3" && ok "$1" || bad "$1: '$2' does not match /$3/"; }
expect_no_match() { printf '%s' "$2" | grep -Eq -- "$3" && bad "$1: '$2' matches /$3/" || ok "$1"; }

security_headers() { # name of a fetched response
  local csp
  csp=$(header "$tmp/$1.h" Content-Security-Policy)
  expect_match "$1: CSP present with script hashes" "$csp" "script-src 'self'[^;]*'sha256-"
  expect_no_match "$1: CSP has no unsafe-eval" "$csp" "'unsafe-eval'"
  expect_no_match "$1: script-src has no unsafe-inline" "$(printf '%s' "$csp" | grep -o 'script-src[^;]*')" "'unsafe-inline'"
  expect_match "$1: frame-ancestors 'none'" "$csp" "frame-ancestors 'none'"
  expect_match "$1: object-src 'none'" "$csp" "object-src 'none'"
  expect_eq "$1: CSP equals the generated policy" "$csp" "$(tr -d '\n' < deploy/generated/csp.txt)"
  expect_eq "$1: X-Content-Type-Options" "$(header "$tmp/$1.h" X-Content-Type-Options)" "nosniff"
  expect_eq "$1: Referrer-Policy" "$(header "$tmp/$1.h" Referrer-Policy)" "strict-origin-when-cross-origin"
  expect_eq "$1: Cross-Origin-Opener-Policy" "$(header "$tmp/$1.h" Cross-Origin-Opener-Policy)" "same-origin"
  expect_match "$1: Permissions-Policy" "$(header "$tmp/$1.h" Permissions-Policy)" "camera=\(\)"
}

status=$(fetch home "$base/")
expect_eq "/ status" "$status" 200
expect_match "/ is HTML" "$(header "$tmp/home.h" Content-Type)" "^text/html"
expect_eq "/ Cache-Control" "$(header "$tmp/home.h" Cache-Control)" "no-cache"
security_headers home

lesson=$(find out/lessons -maxdepth 1 -name '*.html' | sort | head -1)
lesson_url="/lessons/$(basename "$lesson" .html)"
status=$(fetch lesson "$base$lesson_url")
expect_eq "$lesson_url (clean URL) status" "$status" 200
grep -q "data-lesson=\"$(basename "$lesson" .html)\"" "$tmp/lesson.b" && ok "$lesson_url serves the lesson" || bad "$lesson_url did not serve $lesson"
expect_eq "$lesson_url Cache-Control" "$(header "$tmp/lesson.h" Cache-Control)" "no-cache"
security_headers lesson

status=$(fetch missing "$base/lessons/no-such-lesson")
expect_eq "unknown URL status" "$status" 404
grep -q "페이지를 찾을 수 없습니다" "$tmp/missing.b" && ok "unknown URL shows the site's 404 page" || bad "unknown URL did not get out/404.html"
security_headers missing
expect_eq "/lessons (a directory) is a 404, not a 403" "$(fetch dir "$base/lessons")" 404

chunk=$(grep -o '<script[^>]*src="/_next/static/[^"]*\.js"' out/index.html | head -1 | sed 's/.*src="\([^"]*\)"/\1/')
status=$(fetch chunk "$base$chunk" -H 'Accept-Encoding: gzip')
expect_eq "$chunk status" "$status" 200
expect_eq "_next/static Cache-Control" "$(header "$tmp/chunk.h" Cache-Control)" "public, max-age=31536000, immutable"
expect_match "_next/static is JavaScript" "$(header "$tmp/chunk.h" Content-Type)" "javascript"
expect_eq "_next/static is gzipped" "$(header "$tmp/chunk.h" Content-Encoding)" "gzip"
security_headers chunk
expect_eq "/_headers is not served" "$(fetch hdrfile "$base/_headers")" 404

if [ "$failures" -gt 0 ]; then
  echo "test-nginx: $failures check(s) failed; nginx error log:"
  cat "$tmp/error.log"
  exit 1
fi
echo "test-nginx: deploy/nginx.conf serves out/ correctly ($("$NGINX" -v 2>&1 | sed 's/.*: //'))"
