// Builds the software and product names the job matcher knows from O*NET Technology Skills (32,435 rows of the
// software each occupation uses). Run it again when the source changes:
//
//   node tools/taxonomy/skills.mjs [--taxonomy ../shared/data/taxonomy]
//
// Writes backend/src/ResumeRefiner.Core/Analysis/Skills/Data/onet-software.txt.gz in the taxonomy's line format
// (Name|category|alias;alias). The curated files in
// Analysis/Skills/Taxonomy stay on top: the loader skips any imported name the curated data already uses.
//
// O*NET examples name products the way a catalogue does ("Autodesk AutoCAD Civil 3D", "Henry Schein Dentrix",
// "Procore software"); people write "Civil 3D", "Dentrix", "Procore". So each example is normalised:
//   - trailing lower-case descriptors go ("eClinicalWorks EHR software" -> "eClinicalWorks EHR"),
//   - a vendor prefix goes when the vendor names several products ("Thomson Reuters Westlaw" -> "Westlaw"),
//     and the catalogue name stays as an alias,
//   - a product line shared by several products becomes a name of its own ("Primavera P6", "Yardi Voyager"),
//   - a sub-product after its parent's name becomes an alias when it is distinctive ("AutoCAD Civil 3D" -> "Civil 3D"),
//   - a brand followed only by words saying what kind of product it is becomes an alias ("HydroCAD Stormwater Modeling
//     System" -> "HydroCAD").
// Sentence-case descriptions ("Audio calibration software") and names made only of ordinary English words ("Word",
// "Access", "Total Search") are not product names a posting can be read for; they are left out.

import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const { values: args } = parseArgs({ options: { taxonomy: { type: 'string', default: resolve(repo, '../shared/data/taxonomy') } } });
const dictionaries = join(repo, 'backend/src/ResumeRefiner.Core/Proofreading/Dictionaries');

// English words: Hunspell en_US stems (with the common suffixes people add) and every word of the frequency list.
const stems = new Set(readFileSync(join(dictionaries, 'en_US.dic'), 'utf8').split('\n').slice(1)
  .map((l) => l.split('/')[0].trim()).filter((w) => /^[a-z]+$/.test(w)));
const counts = new Map(readFileSync(join(dictionaries, 'word-frequency.tsv'), 'utf8').split('\n')
  .map((l) => l.split('\t')).filter(([w]) => w).map(([w, n]) => [w.toLowerCase(), Number(n)]));
const frequent = new Set([...counts].filter(([, n]) => n >= 20).map(([w]) => w));
export function isEnglish(raw) {
  // "Act!", "Load-bearing": punctuation does not make a word a name.
  const word = raw.replace(/[!.?,:;]+$/, '');
  if (word.includes('-')) return word.split('-').every((part) => part === '' || isEnglish(part));
  const w = word.toLowerCase();
  // A short acronym ("SAP", "PACS") is a name even when its letters spell a word; "FOLLOW" or "CLEAR" in capitals is not.
  if (!/^[a-z]+$/.test(w)) return false;
  if (word.length > 1 && word.length <= 4 && word === word.toUpperCase() && !(counts.get(w) >= 2000)) return false;
  if (frequent.has(w) || stems.has(w)) return true;
  // A closed compound of two words ("Barcode", "Timesheet") is English too, unless capitals mark its parts ("LoadRunner").
  if (!/.[A-Z]/.test(word) && [...w].some((_, i) => i >= 3 && w.length - i >= 3 && (frequent.has(w.slice(0, i)) || stems.has(w.slice(0, i))) && (frequent.has(w.slice(i)) || stems.has(w.slice(i))))) return true;
  return [['ing', ''], ['ing', 'e'], ['ed', ''], ['ed', 'e'], ['s', ''], ['es', ''], ['ies', 'y'], ['ion', 'e'], ['ion', ''], ['er', ''], ['ers', ''], ['ly', '']]
    .some(([suffix, add]) => w.endsWith(suffix) && stems.has(w.slice(0, -suffix.length) + add));
}

// Words that describe a kind of product rather than name one: "SAP ERP" stripped of its vendor is just "ERP".
const GENERIC = new Set(['software', 'suite', 'system', 'systems', 'server', 'cloud', 'enterprise', 'platform', 'online', 'web',
  'erp', 'crm', 'ehr', 'emr', 'pos', 'cad', 'gis', 'api', 'sdk', 'edition', 'professional', 'standard', 'express', 'premium',
  'solutions', 'technologies', 'corporation', 'inc', 'group', 'services', 'manager', 'management', 'office', 'studio', 'tools']);

const tokensOf = (name) => name.split(/\s+/).filter(Boolean);
const hasMark = (t) => /\d/.test(t) || /.[A-Z]/.test(t) || (/^[A-Z]/.test(t) && !isEnglish(t));

/** "eClinicalWorks EHR software" -> "eClinicalWorks EHR"; null for a sentence-case description of a kind of software. */
function productName(example) {
  const tokens = tokensOf(example.replace(/[®™]/g, '').trim());
  while (tokens.length > 1 && /^[a-z][a-z-]*$/.test(tokens.at(-1))) tokens.pop();
  const marked = tokens.some((t, i) => hasMark(t) || (i > 0 && /^[A-Z]/.test(t)));
  return marked ? tokens.join(' ') : null;
}

/** A name people can be matched on: not an ordinary word or phrase, not only a kind of product, not a vendor. */
function distinctive(name) {
  const tokens = tokensOf(name);
  if (tokens.length === 0 || !/[A-Za-z]{2}/.test(name) || isVendor(name) || !/^([A-Z0-9]|[a-z]+[A-Z])/.test(name)) return false;
  // A line cut off before its object ("U.S. Department of") or a bare department acronym ("HR") names nothing.
  if (/^(of|and|for|the|to|in|on|at|&)$/i.test(tokens.at(-1)) || (tokens.length === 1 && name.length < 3)) return false;
  // "Experience in", "Data Architect", "Total Search": ordinary words, however capitalised in the catalogue.
  if (tokens.every((t) => isEnglish(t) || GENERIC.has(t.toLowerCase()))) return false;
  if (tokens.every((t) => GENERIC.has(t.toLowerCase()))) return false;
  if (tokens.length === 1) return !isEnglish(tokens[0]) && !GENERIC.has(tokens[0].toLowerCase()) && /[A-Za-z]/.test(name);
  return true;
}


const rows = readFileSync(join(args.taxonomy, 'onet-technology-skills.tsv'), 'utf8').split('\n').slice(1)
  .map((l) => l.split('\t')).filter((r) => r.length >= 4);
const products = [...new Set(rows.map((r) => productName(r[1])).filter(Boolean))];

// A vendor is a leading word or two shared by three or more products ("Microsoft", "Thomson Reuters", "Henry Schein").
const prefixCount = new Map();
for (const p of products) {
  const t = tokensOf(p);
  for (let n = 1; n <= Math.min(2, t.length - 1); n++) {
    const prefix = t.slice(0, n).join(' ');
    prefixCount.set(prefix, (prefixCount.get(prefix) ?? 0) + 1);
  }
}
const isVendor = (prefix) => (prefixCount.get(prefix) ?? 0) >= 3;

/** The name people write: without the vendor ("Autodesk AutoCAD Civil 3D" -> "AutoCAD Civil 3D"), or as catalogued. */
function shortName(product) {
  const t = tokensOf(product);
  // "Yardi Systems Yardi Voyager": the product repeats its maker's name.
  const again = t.findIndex((w, i) => i > 0 && w === t[0]);
  if (again > 0 && distinctive(t.slice(again).join(' '))) return t.slice(again).join(' ');
  for (let n = Math.min(2, t.length - 1); n >= 1; n--) {
    const rest = t.slice(n).join(' ');
    if (isVendor(t.slice(0, n).join(' ')) && !/^\d/.test(rest) && distinctive(rest) && !(tokensOf(rest).length === 1 && GENERIC.has(rest.toLowerCase()))) return rest;
  }
  return product;
}

const skills = new Map(); // key -> { name, aliases:Set }
const key = (s) => s.toLowerCase().replace(/[^a-z0-9+#&]+/g, ' ').trim();
function add(name, alias) {
  if (!distinctive(name)) return;
  const k = key(name);
  const skill = skills.get(k) ?? { name, aliases: new Set() };
  if (alias && key(alias) !== k) skill.aliases.add(alias);
  skills.set(k, skill);
}

const short = products.map((p) => [p, shortName(p)]);
for (const [product, name] of short) add(name, product);

// Product lines: a leading part of two or more short names ("Primavera P6" of "Primavera P6 Professional ...").
const lineCount = new Map();
for (const [, name] of short) {
  const t = tokensOf(name);
  for (let n = 1; n < t.length; n++) {
    const line = t.slice(0, n).join(' ');
    lineCount.set(line, (lineCount.get(line) ?? 0) + 1);
  }
}
for (const [line, n] of lineCount) {
  if (n >= 2 && !isVendor(line) && !GENERIC.has(tokensOf(line).at(-1).toLowerCase())) add(line);
}

// Sub-products: "AutoCAD Civil 3D" is also written "Civil 3D" when the rest has a number or a capitalised word of its own.
const names = new Set([...skills.values()].map((s) => s.name));
for (const [, name] of short) {
  const t = tokensOf(name);
  for (let n = 1; n < t.length; n++) {
    const rest = t.slice(n).join(' ');
    if (names.has(t.slice(0, n).join(' ')) && tokensOf(rest).length >= 2 && tokensOf(rest).some((w) => /\d/.test(w) || hasMark(w))
      && !GENERIC.has(tokensOf(rest)[0].toLowerCase()) && !skills.has(key(rest))) {
      skills.get(key(name))?.aliases.add(rest);
    }
  }
}

// Brands: "HydroCAD Stormwater Modeling System" is written "HydroCAD" when the rest only says what kind of product it is.
for (const [, name] of short) {
  const t = tokensOf(name);
  if (t.length >= 2 && /^[A-Z][a-z]+[A-Za-z]*$/.test(t[0]) && t[0].length >= 5 && !isVendor(t[0]) && distinctive(t[0]) && t.slice(1).every((w) => isEnglish(w) || GENERIC.has(w.toLowerCase())) && !skills.has(key(t[0]))) {
    skills.get(key(name))?.aliases.add(t[0]);
  }
}

// An alias claimed by two products names neither.
const owners = new Map();
for (const s of skills.values()) for (const a of s.aliases) owners.set(key(a), (owners.get(key(a)) ?? 0) + 1);
const lines = [...skills.values()].sort((a, b) => a.name.localeCompare(b.name)).map((s) => {
  const aliases = [...s.aliases].filter((a) => owners.get(key(a)) === 1 && !skills.has(key(a)) && distinctive(a)).sort();
  return `${s.name}||${aliases.join(';')}`;
});

const header = [
  '# Software and products named in O*NET Technology Skills (tools/taxonomy/skills.mjs). Includes information from the',
  '# O*NET database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the',
  '# CC BY 4.0 license; names normalised (vendors and descriptors removed) by this project.',
  '@software',
];
const target = join(repo, 'backend/src/ResumeRefiner.Core/Analysis/Skills/Data/onet-software.txt.gz');
writeFileSync(target, gzipSync(`${[...header, ...lines].join('\n')}\n`, { level: 9 }));
console.log(`${lines.length} products from ${rows.length} O*NET rows -> ${target}`);
