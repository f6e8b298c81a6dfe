#!/usr/bin/env bash
# Scores the keyword and match verbs on one half of this corpus (or the shared public sample) with the shared scorer.
#
#   tools/ats-corpus/score.sh tune|heldout|own|fresh|all|public [--verbose]
#
# 'own' is tune + heldout (the 30 development postings); 'all' adds the fresh half, which is reported only in aggregate.
# Builds the CLI in Release once, runs `keywords` and `match` as docs/analysis.md describes, then score_ats.py.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
here="$repo/tools/ats-corpus"
half="${1:?usage: score.sh tune|heldout|own|fresh|all|public [--verbose]}"; shift
scorer="${SCORE_ATS:-$repo/../shared/bench/score_ats.py}"
work="${KEEP_WORK:-$(mktemp -d)}"; [[ -n "${KEEP_WORK:-}" ]] || trap 'rm -rf "$work"' EXIT

if [[ "$half" == public ]]; then
  jobs="$repo/../shared/corpus/ats/jobs"; resumes="$repo/../shared/corpus/ats/resumes"
else
  jobs="$work/jobs"; resumes="$work/resumes"; mkdir -p "$jobs" "$resumes"
  ids=$(node -e "const s=require('$here/split.json'); const h=process.argv[1]; console.log((h==='all'?[...s.tune,...s.heldout,...s.fresh]:h==='own'?[...s.tune,...s.heldout]:(s[h]||[])).join(' '))" "$half")
  [[ -n "$ids" && "$half" != about ]] || { echo "unknown half: $half" >&2; exit 2; }
  for id in $ids; do
    ln -s "$here/jobs/$id".* "$jobs/"
    ln -s "$here/resumes/$id"-* "$resumes/"
  done
fi

dotnet build "$repo/backend/src/ResumeRefiner.Cli" -c Release -v quiet -nologo >/dev/null
cli=(dotnet "$repo/backend/src/ResumeRefiner.Cli/bin/Release/net10.0/resume-refiner.dll")
"${cli[@]}" keywords "$jobs"/*.txt --out "$work/k" >/dev/null
for j in "$jobs"/*.txt; do
  id=$(basename "$j" .txt)
  "${cli[@]}" match "$resumes/$id-strong.txt" "$resumes/$id-partial.txt" "$resumes/$id-weak.txt" --job "$j" --out "$work/m" >/dev/null
done
python3 "$scorer" --jobs-dir "$jobs" --resumes-dir "$resumes" --keywords-out "$work/k" --match-out "$work/m" "$@"
