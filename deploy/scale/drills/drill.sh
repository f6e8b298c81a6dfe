# shellcheck shell=bash
# Shared by the fault drills: bring up a fresh topology, run the load generator in the background, place a fault
# on its timeline, and judge the result. Each drill prints "PASS ..."/"FAIL ..." lines and exits non-zero on a FAIL.
set -euo pipefail
ROOT=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)
# shellcheck source=../../lib/processes.sh
source "$ROOT/deploy/lib/processes.sh"
export STATE=${SCALE_DIR:-$ROOT/.scale}
RESULTS=${SCALE_RESULTS:-$ROOT/.scale-results}
LOAD_DLL=$ROOT/backend/bench/ResumeRefiner.LoadTest/bin/Release/net10.0/resume-refiner-load.dll
# shellcheck disable=SC2034 # used by the drills that source this
PORT=${SCALE_PORT:-18080} PG_PORT=${SCALE_PG_PORT:-18632} AI_PORT=${SCALE_AI_PORT:-18700} API_PORT=${SCALE_API_PORT:-18501}
mkdir -p "$RESULTS"
failures=0

fresh_topology() { # fresh_topology N: a clean topology of N replicas (stopped again when the drill exits)
  "$ROOT/deploy/scale/down" >/dev/null
  "$ROOT/deploy/scale/up" "$1"
  trap '"$ROOT/deploy/scale/down" >/dev/null' EXIT
}

start_load() { # start_load NAME [load options]: the load generator in the background; its report goes to $RESULTS/NAME.json
  local name=$1; shift
  dotnet "$LOAD_DLL" run --base-url "http://127.0.0.1:$PORT" --out "$RESULTS/$name.json" "$@" >"$RESULTS/$name.txt" 2>&1 &
  LOAD_PID=$!
  # The report's clock starts at the first request; wait for it so faults land where the drill says.
  for _ in $(seq 100); do grep -q '^Running' "$RESULTS/$name.txt" 2>/dev/null && break; sleep 0.1; done
  LOAD_STARTED=$(date +%s.%N)
}

finish_load() { wait "$LOAD_PID"; cat "$RESULTS/$1.txt"; }

at() { # at SECONDS: sleeps until SECONDS after the load started
  local wait
  wait=$(awk -v s="$1" -v t0="$LOAD_STARTED" -v now="$(date +%s.%N)" 'BEGIN { w = t0 + s - now; print (w > 0 ? w : 0) }')
  sleep "$wait"
}

now_offset() { awk -v t0="$LOAD_STARTED" -v now="$(date +%s.%N)" 'BEGIN { printf "%.1f", now - t0 }'; }

sql() { "$(pg_bin)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d resumerefiner -tAc "$1"; }

check() { # check DESCRIPTION COMMAND...: one PASS/FAIL line
  local description=$1; shift
  if "$@"; then echo "PASS $description"; else echo "FAIL $description"; failures=$((failures + 1)); fi
}

report() { # report NAME PYTHON-EXPRESSION: evaluates an expression over the load report r (a dict)
  python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$RESULTS/$1.json" "$2"
}

no_duplicate_ai_work() { [ "$(sql 'SELECT count(*) FROM (SELECT "JobId", "Ordinal" FROM "AiSuggestions" GROUP BY 1, 2 HAVING count(*) > 1) d')" = 0 ]; }

finish_drill() {
  echo "$1: $failures failed check(s); load report in $RESULTS/"
  [ "$failures" -eq 0 ]
}
