#!/usr/bin/env bash
# Lighthouse (npm lighthouse@12.2.3, Debian chromium) on the start page and on a workspace with a resume.
# Measures the running app; start it first with `make run` (or pass its URL). Not part of `make test`:
# scores are figures to report, not pass/fail checks.
#   scripts/lighthouse.sh [http://localhost:8080]
# Writes JSON reports to .lighthouse/ and prints one line per page.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="${1:-http://localhost:8080}"
TOOLS=.cache/lighthouse
OUT=.lighthouse
mkdir -p "$TOOLS" "$OUT"

if [ ! -x "$TOOLS/node_modules/.bin/lighthouse" ]; then
  # Lighthouse 13 needs Node 22; 12.2.3 is the last that runs on Node 20.
  (cd "$TOOLS" && npm i -E lighthouse@12.2.3 --no-audit --no-fund --silent)
fi

# A workspace of its own with one uploaded resume, so the workspace page has something to show.
token=$(curl -fsS -X POST "$BASE/api/v1/workspace" -H "Origin: $BASE" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
sample=$(mktemp --suffix=.txt)
trap 'rm -f "$sample"' EXIT
cat > "$sample" <<'EOF'
Jane Q. Example
jane.example@example.com | +1 415 555 0134 | San Francisco, CA

EXPERIENCE
Senior Software Engineer, Acme Corp
Jan 2020 - Present
- Led the migration of the billing platform to .NET, cutting costs by 30%
- Mentored five engineers and ran the release calendar

EDUCATION
University of Somewhere
B.Sc. Computer Science, 2015 - 2019

SKILLS
C#, TypeScript, PostgreSQL
EOF
id=$(curl -fsS -X POST "$BASE/api/v1/resumes" -H "Authorization: Bearer $token" -F "file=@$sample;type=text/plain" \
  | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1)

run() {
  local name=$1 url=$2
  "$TOOLS/node_modules/.bin/lighthouse" "$url" --quiet --output=json --output-path="$OUT/$name.json" \
    --only-categories=performance,accessibility,best-practices \
    --chrome-path=/usr/bin/chromium --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
    --extra-headers="{\"Cookie\":\"rr_workspace=$token; __Host-rr_workspace=$token\"}"
  node -e '
    const r = require(process.argv[1]); const c = r.categories;
    const pct = (k) => Math.round(c[k].score * 100);
    console.log(`${process.argv[2]}: performance ${pct("performance")}, accessibility ${pct("accessibility")}, best practices ${pct("best-practices")}, LCP ${Math.round(r.audits["largest-contentful-paint"].numericValue)} ms, TBT ${Math.round(r.audits["total-blocking-time"].numericValue)} ms, CLS ${r.audits["cumulative-layout-shift"].numericValue.toFixed(3)}`);
  ' "$PWD/$OUT/$name.json" "$name"
}

run start "$BASE/"
run workspace "$BASE/resumes/$id"
curl -fsS -o /dev/null -X DELETE "$BASE/api/v1/workspace" -H "Authorization: Bearer $token"
