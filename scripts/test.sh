#!/usr/bin/env bash
# Runs every test suite of the repository: frontend lint, types, unit tests and build; backend
# formatting, unit, integration (SQLite, a throwaway PostgreSQL and a local S3-compatible server), OpenAPI
# (redocly lint, a client generated from the document) and browser end-to-end tests; the deployment files; and a
# staging of the production topology (deploy/staging) checked from outside.
# Ends with one line "N passed, N failed" over all suites; exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/.test-output
rm -rf "$OUT" && mkdir -p "$OUT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

failed_steps=()
step() { # step NAME COMMAND...: runs a check that is not a test suite; a failure counts as one failed test
  local name=$1; shift
  local started=$SECONDS
  echo "==> $name"
  if "$@" >"$OUT/$name.log" 2>&1; then
    echo "    ok ($((SECONDS - started)) s)"
  else
    echo "    FAILED ($((SECONDS - started)) s); last lines of $OUT/$name.log:"
    tail -n 40 "$OUT/$name.log" | sed 's/^/    | /'
    failed_steps+=("$name")
  fi
}

# --- system packages the tests need (a fresh machine has dotnet, node and the PostgreSQL binaries) ---
missing=()
command -v chromium >/dev/null || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
command -v libreoffice >/dev/null || missing+=(libreoffice-writer-nogui)   # exported DOCX must open in LibreOffice
command -v pdftotext >/dev/null || missing+=(poppler-utils)               # exported PDF text in reading order
command -v qpdf >/dev/null || missing+=(qpdf)                            # exported PDF structure checks
command -v tesseract >/dev/null || missing+=(tesseract-ocr tesseract-ocr-eng)  # scans read by OCR (issue 23)
command -v promtool >/dev/null || missing+=(prometheus)                   # promtool checks the alert rules
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "==> Installing system packages: ${missing[*]}"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}") >"$OUT/apt.log" 2>&1 \
      || { echo "    apt-get failed; see $OUT/apt.log"; tail -n 20 "$OUT/apt.log"; }
  else
    echo "==> Missing system packages (run as root or install them): ${missing[*]}"
  fi
fi

# --- repository hygiene ---
step secrets-scan ./scripts/check-secrets.sh

# --- frontend ---
if [ -n "${CI:-}" ] || [ ! -d frontend/node_modules ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then
  step frontend-install bash -c "cd frontend && npm ci --no-audit --no-fund"
fi
step frontend-lint bash -c "cd frontend && npm run --silent lint"
step frontend-typecheck bash -c "cd frontend && npm run --silent typecheck"
step frontend-unit-tests bash -c "cd frontend && npx vitest run --reporter=default --reporter=junit --outputFile.junit='$OUT/frontend-junit.xml'"
step frontend-build bash -c "cd frontend && npm run --silent build"

# --- deployment configuration (docker-compose.yml, deploy/nginx.conf, render.yaml, CI workflow) ---
# No container engine runs here, so the files are validated statically: compose with Debian's
# docker-compose v1 (`config -q`; the docker compose plugin is absent), nginx with `nginx -t` on a copy
# whose upstream host "backend" (a compose service name) is swapped for 127.0.0.1 and then run for real, the
# YAML by parsing it. Installs docker-compose, nginx, curl and python3-yaml when missing (as root).

# Runs deploy/nginx.conf for real on free loopback ports, with a stand-in dist/ and a stand-in API, and checks
# what a browser gets: SPA fallback, cache headers, gzip, security headers, the /api proxy, no public /metrics.
nginx_smoke_test() {
  local dir=$1/nginx py=${py:-python3} web api nginx_pid api_pid rc=0
  mkdir -p "$dir/html/assets" "$dir/api/api/v1" "$dir/logs" || return 1
  chmod -R a+rX "$1" || return 1   # workers run unprivileged
  echo '<!doctype html><title>Resume Refiner</title><div id="root"></div>' >"$dir/html/index.html"
  head -c 4096 /dev/zero | tr '\0' 'x' | sed 's/^/const a="/;s/$/";/' >"$dir/html/assets/index-abc123.js"
  gzip -9 -k "$dir/html/assets/index-abc123.js" || return 1   # the build's precompressed copy (frontend/vite.config.ts)
  echo '{"maxFileSize":10485760}' >"$dir/api/api/v1/config"
  read -r web api < <("$py" -c 'import socket
s=[socket.socket() for _ in range(2)]
[x.bind(("127.0.0.1",0)) for x in s]
print(*[x.getsockname()[1] for x in s])') || return 1
  sed -e "s|server backend:8080;|server 127.0.0.1:$api;|" -e "s|listen 8080;|listen 127.0.0.1:$web;|" -e '/listen \[::\]:8080;/d' \
      -e "s|pid /tmp/nginx.pid;|pid $dir/nginx.pid;|" -e "s|root /usr/share/nginx/html;|root $dir/html;|" \
      -e "s|^http {|http {\n    client_body_temp_path $dir/body; proxy_temp_path $dir/proxy; fastcgi_temp_path $dir/fastcgi; uwsgi_temp_path $dir/uwsgi; scgi_temp_path $dir/scgi;|" \
      deploy/nginx.conf >"$dir/nginx.conf" || return 1
  (cd "$dir/api" && exec "$py" -m http.server "$api" --bind 127.0.0.1 >/dev/null 2>&1) & api_pid=$!
  nginx -c "$dir/nginx.conf" -e "$dir/logs/error.log" -g 'daemon off;' >"$dir/logs/access.log" 2>&1 & nginx_pid=$!
  for _ in $(seq 50); do
    curl -fso /dev/null "http://127.0.0.1:$api/api/v1/config" && curl -fso /dev/null "http://127.0.0.1:$web/nginx-health" && break
    sleep 0.1
  done

  local base=http://127.0.0.1:$web
  expect_header() { # URL HEADER-REGEX [curl options]: the response must be 200 and have the header
    local url=$1 pattern=$2; shift 2
    local headers; headers=$(curl -sS -D - -o /dev/null "$@" "$url") || { echo "request failed: $url"; return 1; }
    grep -qE '^HTTP/[0-9.]+ 200' <<<"$headers" || { echo "not 200: $url"; echo "$headers"; return 1; }
    grep -qiE "$pattern" <<<"$headers" || { echo "$url lacks /$pattern/:"; echo "$headers"; return 1; }
    echo "ok  $url  /$pattern/"
  }
  {
    expect_header "$base/" '^cache-control: no-cache' &&
    expect_header "$base/resumes/42/edit" "^content-security-policy: default-src 'self'; script-src 'self'" &&
    expect_header "$base/resumes/42/edit" '^x-frame-options: DENY' &&
    expect_header "$base/assets/index-abc123.js" '^cache-control: public, max-age=31536000, immutable' &&
    expect_header "$base/assets/index-abc123.js" '^content-encoding: gzip' -H 'Accept-Encoding: gzip' &&
    expect_header "$base/assets/index-abc123.js" "^content-length: $(wc -c <"$dir/html/assets/index-abc123.js.gz")" -H 'Accept-Encoding: gzip' &&
    expect_header "$base/api/v1/config" '^last-modified:' &&
    ! curl -sSI "$base/api/v1/config" | grep -qi '^content-security-policy' && echo "ok  proxied responses keep the API's own headers" &&
    [ "$(curl -s "$base/api/v1/config")" = '{"maxFileSize":10485760}' ] && echo "ok  /api proxied to the upstream" &&
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/metrics")" = 404 ] && echo "ok  /metrics is not public" &&
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/assets/missing.js")" = 404 ] && echo "ok  a missing asset is 404, not index.html"
  } || rc=1
  kill "$nginx_pid" "$api_pid" 2>/dev/null
  wait "$nginx_pid" "$api_pid" 2>/dev/null
  [ $rc -eq 0 ] || cat "$dir/logs/error.log" "$dir/logs/access.log"
  return $rc
}

deploy_config_checks() ( # a subshell, so its EXIT trap and variables stay inside
  local need=()
  command -v docker-compose >/dev/null || need+=(docker-compose)
  command -v nginx >/dev/null || need+=(nginx)
  command -v curl >/dev/null || need+=(curl)
  local py=/usr/bin/python3; [ -x "$py" ] || py=python3   # Debian's python3-yaml is for the system python
  "$py" -c 'import yaml' 2>/dev/null || need+=(python3-yaml)
  if [ ${#need[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || { echo "missing ${need[*]}: run as root or install them"; return 1; }
    echo "installing ${need[*]}"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"; } || return 1
  fi

  local scratch
  scratch=$(mktemp -d) || return 1
  # shellcheck disable=SC2064 # expand now: the path is fixed
  trap "rm -rf '$scratch'" EXIT

  echo "--- docker-compose config (.env.production.example, all profiles)"
  docker-compose --env-file .env.production.example -f docker-compose.yml --profile monitoring --profile backup --profile workers config -q || return 1
  echo "--- the worker service runs the backend's settings with ROLE=worker"
  docker-compose --env-file .env.production.example -f docker-compose.yml --profile workers config >"$scratch/compose.yml" || return 1
  "$py" - "$scratch/compose.yml" <<'PY' || return 1
import sys, yaml
services = yaml.safe_load(open(sys.argv[1]))["services"]
backend, worker = services["backend"]["environment"], services["worker"]["environment"]
assert worker.pop("ROLE") == "worker", "the worker's ROLE is not worker"
backend.pop("ROLE")
assert worker == backend, f"the worker's settings differ from the backend's: {sorted(set(worker.items()) ^ set(backend.items()))}"
assert services["worker"]["image"] == services["backend"]["image"], "the worker does not run the backend's image"
assert "ports" not in services["worker"], "the worker publishes a port"
print(f"worker: {len(worker)} settings shared with the backend, ROLE=worker")
PY
  echo "--- docker-compose refuses to start without SECRET_KEY and POSTGRES_PASSWORD"
  : >"$scratch/empty.env"
  if env -u SECRET_KEY -u POSTGRES_PASSWORD docker-compose --env-file "$scratch/empty.env" -f docker-compose.yml config -q 2>"$scratch/refusal.txt"; then
    echo "compose accepted a configuration without secrets"; return 1
  fi
  grep -q 'SECRET_KEY\|POSTGRES_PASSWORD' "$scratch/refusal.txt" || { cat "$scratch/refusal.txt"; return 1; }

  echo "--- nginx -t deploy/nginx.conf (upstream backend -> 127.0.0.1)"
  grep -q 'server backend:8080;' deploy/nginx.conf || { echo "deploy/nginx.conf no longer has the 'server backend:8080;' upstream this check rewrites"; return 1; }
  sed 's/server backend:8080;/server 127.0.0.1:8080;/' deploy/nginx.conf >"$scratch/nginx.conf" || return 1
  nginx -t -c "$scratch/nginx.conf" -e "$scratch/nginx-error.log" || return 1

  echo "--- nginx serves the SPA and proxies the API (deploy/nginx.conf, a stand-in dist/ and upstream)"
  nginx_smoke_test "$scratch" || return 1

  echo "--- YAML parses: render.yaml, .github/workflows/*.yml"
  "$py" - render.yaml .github/workflows/*.yml <<'PY' || return 1
import sys, yaml
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    if not isinstance(doc, dict):
        sys.exit(f"{path}: not a YAML mapping")
    if path.startswith(".github/") and not isinstance(doc.get("jobs"), dict):
        sys.exit(f"{path}: no jobs")
    print(f"{path}: ok ({', '.join(map(str, doc.get('jobs', doc).keys()))})")
PY
)
step deploy-config deploy_config_checks

# --- backend ---
# s3rver (tools/s3-peer, npm) is the S3-compatible server the S3 file store's tests run against.
if [ -n "${CI:-}" ] || [ ! -d tools/s3-peer/node_modules ] || [ tools/s3-peer/package-lock.json -nt tools/s3-peer/node_modules/.package-lock.json ]; then
  step s3-peer-install bash -c "cd tools/s3-peer && npm ci --no-audit --no-fund"
fi
# tools/openapi (npm): redocly lint and the TypeScript client generator the OpenAPI document tests run (docs/api.md).
if [ -n "${CI:-}" ] || [ ! -d tools/openapi/node_modules ] || [ tools/openapi/package-lock.json -nt tools/openapi/node_modules/.package-lock.json ]; then
  step openapi-tools-install bash -c "cd tools/openapi && npm ci --no-audit --no-fund"
fi
step backend-format dotnet format backend/ResumeRefiner.slnx --verify-no-changes
step backend-tests dotnet test backend/ResumeRefiner.slnx -c Release --logger "trx" --results-directory "$OUT/trx"

# --- staging: the production topology on this machine, checked from outside (deploy/staging/{up,smoke,rollback,down}):
# TLS nginx -> deploy/nginx.conf serving frontend/dist (built above) -> the published API (Release build above,
# ENVIRONMENT=production) -> a throwaway PostgreSQL. Then a rollback drill: the release before the newest migration
# on the same database, and back. Each smoke or drill check that passes counts as one passed test; `down` always runs
# and must leave no process behind.
staging_checks() (
  local need=() rc=0
  for tool in nginx openssl curl python3; do command -v "$tool" >/dev/null || need+=("$tool"); done
  if [ ${#need[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || { echo "missing ${need[*]}: run as root or install them"; return 1; }
    echo "installing ${need[*]}"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"; } || return 1
  fi
  # Free loopback ports and a state directory of its own, so a developer's own staging is never touched.
  read -r STAGING_HTTP_PORT STAGING_HTTPS_PORT STAGING_WEB_PORT STAGING_API_PORT STAGING_DB_PORT < <(python3 -c 'import socket
s=[socket.socket() for _ in range(5)]
[x.bind(("127.0.0.1",0)) for x in s]
print(*[x.getsockname()[1] for x in s])') || return 1
  export STAGING_HTTP_PORT STAGING_HTTPS_PORT STAGING_WEB_PORT STAGING_API_PORT STAGING_DB_PORT
  STAGING_DIR=$(mktemp -d /tmp/rr-staging.XXXXXX) || return 1
  export STAGING_DIR
  trap 'deploy/staging/down >/dev/null 2>&1' EXIT   # also when interrupted
  deploy/staging/up || rc=1
  if [ $rc -eq 0 ]; then
    deploy/staging/smoke | tee "$OUT/staging-smoke.txt"
    [ "${PIPESTATUS[0]}" -eq 0 ] || rc=1
    # The rollback drill needs the previous release from git history, which a shallow clone lacks.
    if [ "$(git rev-parse --is-shallow-repository)" = true ]; then
      echo "rollback drill skipped: shallow clone (fetch the history to run it)" | tee "$OUT/staging-rollback.txt"
    else
      deploy/staging/rollback | tee "$OUT/staging-rollback.txt"
      [ "${PIPESTATUS[0]}" -eq 0 ] || rc=1
    fi
    cat "$OUT/staging-smoke.txt" "$OUT/staging-rollback.txt" | grep -c '^ok ' >"$OUT/staging.passed"
  fi
  deploy/staging/down || rc=1
  trap - EXIT
  return $rc
)
step staging staging_checks

# --- scale-out: deploy/scale/up 3 (PostgreSQL, s3rver, a stand-in AI provider, 3 API replicas, nginx) under load,
# through every fault drill (deploy/scale/drills/all: kill-replica, restart-postgres, ai-outage, disk-full), so a
# drill cannot rot unseen. Each PASS line (each check, and each drill's verdict) counts as a passed test; the
# topology's logs are kept in .test-output/scale/logs. The 1-vs-3 comparison runs on demand: docs/scaling.md.
scale_drill() (
  # Free loopback ports (three in a row for the replicas) and directories of its own.
  read -r SCALE_PORT SCALE_PG_PORT SCALE_S3_PORT SCALE_AI_PORT SCALE_API_PORT < <(python3 -c 'import socket, random
def free(n):
    while True:
        base = random.randint(20000, 40000)
        s = [socket.socket() for _ in range(n)]
        try:
            [x.bind(("127.0.0.1", base + i)) for i, x in enumerate(s)]
            return base
        except OSError:
            pass
        finally:
            [x.close() for x in s]
print(*[free(1) for _ in range(4)], free(3))') || return 1
  SCALE_DIR=$(mktemp -d /tmp/rr-scale.XXXXXX) SCALE_RESULTS=$OUT/scale SCALE_KEEP_LOGS=$OUT/scale/logs
  export SCALE_PORT SCALE_PG_PORT SCALE_S3_PORT SCALE_AI_PORT SCALE_API_PORT SCALE_DIR SCALE_RESULTS SCALE_KEEP_LOGS
  deploy/scale/drills/all | tee "$OUT/scale-drill.txt"
  local rc=${PIPESTATUS[0]}
  grep -c '^PASS ' "$OUT/scale-drill.txt" >"$OUT/scale-drill.passed"
  return "$rc"
)
step scale-drill scale_drill

# --- monitoring: Prometheus config and alert rules (deploy/monitoring), checked and unit-tested by promtool ---
monitoring_rules() {
  local dir=deploy/monitoring
  # --syntax-only: the scrape's credentials file (METRICS_TOKEN) exists only where Prometheus runs; the rules are checked next.
  promtool check config --syntax-only "$dir/prometheus.yml" && promtool check rules "$dir/alerts.yml" && promtool test rules "$dir/alerts.test.yml" || return 1
  # Each test group of alerts.test.yml counts as one passed test; a failure fails the step (one failed test).
  grep -c '^  - interval:' "$dir/alerts.test.yml" >"$OUT/monitoring-rules.passed"
}
step monitoring-rules monitoring_rules

# --- summary over all suites ---
passed=0; failed=0
for trx in "$OUT"/trx/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ -f "$OUT/frontend-junit.xml" ]; then
  suites=$(grep -o '<testsuites [^>]*>' "$OUT/frontend-junit.xml" | head -n 1)
  t=$(sed -n 's/.* tests="\([0-9]*\)".*/\1/p' <<<"$suites"); f=$(sed -n 's/.* failures="\([0-9]*\)".*/\1/p' <<<"$suites")
  e=$(sed -n 's/.* errors="\([0-9]*\)".*/\1/p' <<<"$suites"); s=$(sed -n 's/.* skipped="\([0-9]*\)".*/\1/p' <<<"$suites")
  passed=$((passed + ${t:-0} - ${f:-0} - ${e:-0} - ${s:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
fi
[ -f "$OUT/monitoring-rules.passed" ] && passed=$((passed + $(cat "$OUT/monitoring-rules.passed")))
[ -f "$OUT/staging.passed" ] && passed=$((passed + $(cat "$OUT/staging.passed")))
[ -f "$OUT/scale-drill.passed" ] && passed=$((passed + $(cat "$OUT/scale-drill.passed")))
# A failed check that is not itself a test suite (lint, format, build) counts once.
for name in "${failed_steps[@]}"; do
  case $name in backend-tests|frontend-unit-tests) [ "$failed" -gt 0 ] || failed=$((failed + 1)) ;; *) failed=$((failed + 1)) ;; esac
done

echo "Total time: ${SECONDS} s"
[ ${#failed_steps[@]} -eq 0 ] || echo "Failed steps: ${failed_steps[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
