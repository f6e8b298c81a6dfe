#!/usr/bin/env bash
# Starts Resume Refiner as one process: the built SPA and the API on http://localhost:8080,
# SQLite at ./data/resume_refiner.db, uploads under ./data/uploads. No key, no external server.
set -euo pipefail
cd "$(dirname "$0")/.."

spa_is_stale() {
  [ ! -f frontend/dist/index.html ] && return 0
  [ -n "$(find frontend/src frontend/index.html frontend/package.json frontend/vite.config.ts -newer frontend/dist/index.html -print -quit 2>/dev/null)" ]
}

if spa_is_stale; then
  echo "==> Building the web app (frontend/dist)"
  if [ ! -d frontend/node_modules ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then
    (cd frontend && npm ci --no-audit --no-fund)
  fi
  (cd frontend && npm run build)
fi

echo "==> Building the API"
dotnet build backend/src/ResumeRefiner.Api -c Release -v quiet -nologo

mkdir -p data
echo "==> Resume Refiner on http://localhost:${PORT:-8080} (Ctrl+C to stop)"
exec dotnet backend/src/ResumeRefiner.Api/bin/Release/net10.0/ResumeRefiner.Api.dll
