// Builds the technology and product names the proofreader accepts, from O*NET Technology Skills
// (the `Example` column: "Atlassian JIRA", "Autodesk AutoCAD Civil 3D", "Epic Systems"). Run it
// again when the source changes:
//
//   node tools/taxonomy/technology-names.mjs [--taxonomy ../shared/data/taxonomy]
//
// Writes backend/src/ResumeRefiner.Core/Proofreading/Dictionaries/technology-names.txt: one word
// per line, as O*NET writes it, that the en-US dictionary does not have ("Blackbaud", "AdSense",
// "Anaplan"), with the plural a resume may use where the name is a lower-case noun. Words the
// dictionary already knows are left out, so the file adds names and never changes English.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const { values: args } = parseArgs({ options: { taxonomy: { type: 'string', default: resolve(repo, '../shared/data/taxonomy') } } });
const dictionaries = join(repo, 'backend/src/ResumeRefiner.Core/Proofreading/Dictionaries');

// The dictionary's roots, lower-cased: a word whose lower-case form is a root (or a regular
// inflection of one) is English, and the proofreader already knows it.
const roots = new Set(
  readFileSync(join(dictionaries, 'en_US.dic'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('/')[0].trim().toLowerCase())
    .filter(Boolean),
);
const inflections = [['s', ''], ['es', ''], ['ed', ''], ['ed', 'e'], ['d', ''], ['ing', ''], ['ing', 'e'], ['er', ''], ['er', 'e'], ['ers', ''], ['ly', ''], ['ies', 'y'], ['ied', 'y']];
const english = (word) => {
  const w = word.toLowerCase();
  return roots.has(w) || inflections.some(([ending, stem]) => w.endsWith(ending) && roots.has(w.slice(0, -ending.length) + stem));
};

const rows = readFileSync(join(args.taxonomy, 'onet-technology-skills.tsv'), 'utf8').split('\n').slice(1);
const names = new Set();
for (const row of rows) {
  const example = row.split('\t')[1];
  if (!example) continue;
  for (const raw of example.split(/[\s,;:()/&"]+/)) {
    // Keep the word's own dots, plus signs and hyphens ("Node.js", "Notepad++", "e-Builder").
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#]+$/gu, '');
    if (word.length < 3 || !/\p{L}/u.test(word) || /^\d/.test(word) || !/^[\p{L}\p{N}.+#'’-]+$/u.test(word)) continue;
    if (word.includes('-') ? word.split('-').every(english) : english(word)) continue;
    names.add(word);
  }
}

const sorted = [...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : a < b ? -1 : 1));
const header = [
  '# Technology and product names from O*NET Technology Skills (CC BY 4.0, USDOL/ETA); built by',
  '# tools/taxonomy/technology-names.mjs. Words the en-US dictionary already has are left out.',
];
writeFileSync(join(dictionaries, 'technology-names.txt'), [...header, ...sorted].join('\n') + '\n');
console.log(`technology-names.txt: ${sorted.length} names`);
