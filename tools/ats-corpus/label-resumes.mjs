// Writes resumes/<job>-<level>.gold.json for every resume in this corpus by the labelling rule of the shared ATS
// corpus: "a resume shows a skill when it names it or one of its aliases anywhere". The job's gold skills are
// written by hand (jobs/<id>.gold.json); this only applies the rule to the resume text, so the two stay in step.
//
//   node tools/ats-corpus/label-resumes.mjs
//
// Names are compared case-insensitively on whole words (a final "s" allowed), with hyphens, slashes and spaces
// treated alike; a name of three letters or fewer written in capitals ("GL", "PE", "C") must appear in capitals.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fold = (s) => s.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/&/g, ' and ').replace(/[-/]/g, ' ').replace(/\s+/g, ' ');

function names(text, phrase) {
  const exact = phrase.length <= 3 && phrase === phrase.toUpperCase() && /[A-Z]/.test(phrase);
  const body = fold(phrase).trim().split(' ').map(escape).join('\\s+');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:s|es|'s)?(?![\\p{L}\\p{N}+#])`, exact ? 'u' : 'iu');
  return pattern.test(fold(text));
}

const levels = ['strong', 'partial', 'weak'];
for (const file of readdirSync(join(here, 'jobs')).filter((f) => f.endsWith('.gold.json')).sort()) {
  const id = file.slice(0, -'.gold.json'.length);
  const gold = JSON.parse(readFileSync(join(here, 'jobs', file), 'utf8'));
  const required = gold.hardSkills.filter((s) => s.required).length;
  const coverage = [];
  for (const level of levels) {
    const text = readFileSync(join(here, 'resumes', `${id}-${level}.txt`), 'utf8');
    const shown = gold.hardSkills.filter((s) => [s.name, ...s.aliases].some((n) => names(text, n)));
    const matched = shown.map((s) => s.name);
    const missing = gold.hardSkills.filter((s) => !shown.includes(s)).map((s) => s.name);
    const requiredCoverage = Math.round((shown.filter((s) => s.required).length / required) * 1000) / 1000;
    coverage.push(`${level} ${requiredCoverage.toFixed(2)}`);
    const label = { job: id, level, matched, missing, requiredCoverage };
    writeFileSync(join(here, 'resumes', `${id}-${level}.gold.json`), `${JSON.stringify(label, null, 2)}\n`);
  }
  console.log(`${id.padEnd(28)} ${coverage.join('  ')}`);
}
