#!/usr/bin/env bash
# Runs every test suite of the repository: frontend lint, types, unit tests and build; backend
# formatting, unit, integration (SQLite and a throwaway PostgreSQL) and browser end-to-end tests.
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

# --- backend ---
step backend-format dotnet format backend/ResumeRefiner.slnx --verify-no-changes
step backend-tests dotnet test backend/ResumeRefiner.slnx -c Release --logger "trx" --results-directory "$OUT/trx"

# --- monitoring: Prometheus config and alert rules (deploy/monitoring), checked and unit-tested by promtool ---
monitoring_rules() {
  local dir=deploy/monitoring
  promtool check config "$dir/prometheus.yml" && promtool check rules "$dir/alerts.yml" && promtool test rules "$dir/alerts.test.yml" || return 1
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
# A failed check that is not itself a test suite (lint, format, build) counts once.
for name in "${failed_steps[@]}"; do
  case $name in backend-tests|frontend-unit-tests) [ "$failed" -gt 0 ] || failed=$((failed + 1)) ;; *) failed=$((failed + 1)) ;; esac
done

echo "Total time: ${SECONDS} s"
[ ${#failed_steps[@]} -eq 0 ] || echo "Failed steps: ${failed_steps[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
