#!/usr/bin/env bash
# Coverage-guided fuzzing of the PDF, DOCX and text parsers with SharpFuzz and AFL++ (Debian afl++).
#   scripts/fuzz.sh [seconds per target, default 600] [targets, default "pdf docx text"]
# Crashers land in .fuzz/findings/<target>/default/crashes/. Copy each one into
# backend/tests/ResumeRefiner.Core.Tests/Parsing/FuzzRegressions/<target>/ (FuzzRegressionTests parses every file
# there) and fix the parser. Not part of `make test`: fuzzing is open-ended and its findings become tests.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-600}"
TARGETS="${2:-pdf docx text}"
WORK=.fuzz
OUT="$WORK/bin"

if ! command -v afl-fuzz >/dev/null; then
  apt-get install -y --no-install-recommends afl++ >/dev/null
fi
dotnet tool restore >/dev/null

# Publish the harness, then instrument our parser and the libraries it drives (not the harness, not the runtime).
rm -rf "$OUT"
dotnet publish backend/fuzz/ResumeRefiner.Fuzz -c Release -o "$OUT" -v quiet -nologo
# Seeds first: instrumented assemblies only run under afl-fuzz.
rm -rf "$WORK/seeds"
dotnet "$OUT/ResumeRefiner.Fuzz.dll" seed "$WORK/seeds"
for dll in ResumeRefiner.Core.dll UglyToad.PdfPig*.dll DocumentFormat.OpenXml*.dll PhoneNumbers.dll; do
  for f in "$OUT"/$dll; do
    [ -f "$f" ] && dotnet sharpfuzz "$f" >/dev/null
  done
done

mkdir -p "$WORK/findings"
for target in $TARGETS; do
  seeds="$WORK/seeds/$target"
  # Earlier regressions are good starting points too.
  if [ -d "backend/tests/ResumeRefiner.Core.Tests/Parsing/FuzzRegressions/$target" ]; then
    cp backend/tests/ResumeRefiner.Core.Tests/Parsing/FuzzRegressions/$target/* "$seeds/" 2>/dev/null || true
  fi
  echo "==> fuzzing $target for ${SECONDS_PER_TARGET}s"
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 \
    afl-fuzz -V "$SECONDS_PER_TARGET" -t 5000 -m none -i "$seeds" -o "$WORK/findings/$target" \
    -- dotnet "$OUT/ResumeRefiner.Fuzz.dll" "$target" > "$WORK/$target.log" 2>&1 || true
  stats="$WORK/findings/$target/default/fuzzer_stats"
  if [ -f "$stats" ]; then
    printf '%s: %s executions, %s paths, %s crashes, %s hangs in %ss\n' "$target" \
      "$(awk -F' *: *' '/^execs_done/{print $2}' "$stats")" "$(awk -F' *: *' '/^corpus_count/{print $2}' "$stats")" \
      "$(awk -F' *: *' '/^saved_crashes/{print $2}' "$stats")" "$(awk -F' *: *' '/^saved_hangs/{print $2}' "$stats")" \
      "$(awk -F' *: *' '/^run_time/{print $2}' "$stats")"
  else
    echo "$target: afl-fuzz did not start; see $WORK/$target.log"
  fi
done
