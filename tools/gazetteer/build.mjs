// Builds the parser's gazetteer, backend/src/ResumeRefiner.Core/Parsing/Fields/Data/places.tsv.gz, from GeoNames
// (cities15000.txt, admin1CodesASCII.txt) and, optionally, Unicode CLDR's subdivision names. See README.md.
//
//   node build.mjs --cities cities15000.txt --admin1 admin1CodesASCII.txt \
//     [--cldr /usr/share/unicode/cldr/common] [--words ../../backend/.../word-frequency.tsv] [--out places.tsv.gz]
//
// Node 20, no dependencies. The output is deterministic: the same inputs give the same bytes.

import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync, constants } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const { values: args } = parseArgs({
  options: {
    cities: { type: 'string' },
    admin1: { type: 'string' },
    cldr: { type: 'string' },
    words: { type: 'string', default: join(repo, 'backend/src/ResumeRefiner.Core/Proofreading/Dictionaries/word-frequency.tsv') },
    out: { type: 'string', default: join(repo, 'backend/src/ResumeRefiner.Core/Parsing/Fields/Data/places.tsv.gz') },
  },
});
if (!args.cities || !args.admin1) {
  console.error('usage: node build.mjs --cities cities15000.txt --admin1 admin1CodesASCII.txt [--cldr DIR] [--words FILE] [--out FILE]');
  process.exit(2);
}

/** Cities this large keep their alternate names; smaller ones keep only their name and ASCII name. */
const ALTERNATES_FROM = 100_000;
/** A lower-case English word this frequent (per the subtitle word list) is a word before it is a place ("Reading"). */
const COMMON_WORD_COUNT = 150;

// ---- folding: the same key the C# Gazetteer computes (Gazetteer.Fold) --------------------------------------------

const SPECIAL = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', ħ: 'h', ŀ: 'l' };

/** "Kraków" → "krakow", "Frankfurt-am-Main" → "frankfurt am main", "St. Louis" → "st louis". */
export function fold(text) {
  let s = text.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();
  s = s.replace(/[łøđðþæœßıħŀ]/g, (c) => SPECIAL[c]);
  return s.replace(/[’‘`´]/g, "'").replace(/\./g, ' ').replace(/[-‐‑–—]/g, ' ').replace(/\s+/g, ' ').trim();
}

const isLatin = (s) => [...s].every((c) => !/\p{L}/u.test(c) || /\p{Script=Latin}/u.test(c));

// ---- inputs ------------------------------------------------------------------------------------------------------

const readLines = (path) => readFileSync(path, 'utf8').split('\n').filter((l) => l.length > 0 && !l.startsWith('#'));

const commonWords = new Set();
if (args.words && existsSync(args.words)) {
  for (const line of readLines(args.words)) {
    const [word, count] = line.split('\t');
    if (word === word.toLowerCase() && Number(count) >= COMMON_WORD_COUNT) commonWords.add(fold(word));
  }
}

// admin1CodesASCII.txt: "ES.51<TAB>Andalusia<TAB>Andalusia<TAB>2593109"
const admin1 = new Map();
for (const line of readLines(args.admin1)) {
  const [code, name, ascii] = line.split('\t');
  const [cc, a1] = code.split('.');
  admin1.set(code, { cc, a1, names: [name, ascii], abbrevs: [] });
}

// ---- CLDR subdivision names: the names people write in the country's own languages ("Andalucía", "Bayern") -------

/** Leading words that only say what kind of region it is: "województwo małopolskie" is written "małopolskie" too. */
const GENERIC = /^(województwo|provincia (de|di|del)|province (de|du|of)|provincie|provinz|region|región (de|del)|regione|estado (de|do)|state of|departamento (de|del)|département (de|du)|comunidad autónoma (de|del)|autonome gemeinschaft|land|kanton|canton (de|du)|condado de|county)\s+/i;

/** What is left of a region's name for matching GeoNames with CLDR: "South Moravian Region" and "South Moravian" agree. */
const regionKey = (name) => fold(name.replace(GENERIC, ''))
  .replace(/ (region|province|voivodeship|state|county|prefecture|governorate|district|department|oblast|autonomous community)$/, '');

function cldrSubdivisions(dir) {
  const languagesOf = new Map();
  const supplemental = readFileSync(join(dir, 'supplemental/supplementalData.xml'), 'utf8');
  for (const m of supplemental.matchAll(/<territory type="([A-Z]{2})"[^>]*>([\s\S]*?)<\/territory>/g)) {
    const langs = [...m[2].matchAll(/<languagePopulation type="([a-z]+)(?:_[A-Za-z]+)?"[^>]*officialStatus="(official|de_facto_official|official_regional)"/g)]
      .map((x) => x[1]);
    languagesOf.set(m[1], new Set(langs));
  }
  // Only a country's first-level subdivisions are GeoNames admin1 regions (Italy's provinces are not).
  const topLevel = new Set();
  const containment = readFileSync(join(dir, 'supplemental/subdivisions.xml'), 'utf8');
  for (const m of containment.matchAll(/<subgroup type="([A-Z]{2})" contains="([^"]+)"/g)) {
    for (const code of m[2].split(' ')) topLevel.add(code);
  }
  const names = new Map(); // "esan" → { en: 'Andalusia', es: 'Andalucía', … }
  const files = readdirSync(join(dir, 'subdivisions')).filter((f) => /^[a-z]{2,3}\.xml$/.test(f));
  for (const file of files) {
    const lang = file.replace('.xml', '');
    const xml = readFileSync(join(dir, 'subdivisions', file), 'utf8');
    for (const m of xml.matchAll(/<subdivision type="([a-z]{2}[a-z0-9]{1,4})"[^>]*>([^<]+)<\/subdivision>/g)) {
      if (!topLevel.has(m[1])) continue;
      if (!names.has(m[1])) names.set(m[1], {});
      // CLDR marks a name it gave two subdivisions with a superscript ("La Rioja²"); the plain name is there too.
      const name = m[2].trim();
      if (!/[\d²³¹]/.test(name)) (names.get(m[1])[lang] ??= []).push(name);
    }
  }
  return { languagesOf, names };
}

if (args.cldr) {
  const { languagesOf, names } = cldrSubdivisions(args.cldr);
  const byCountry = new Map();
  for (const region of admin1.values()) {
    if (!byCountry.has(region.cc)) byCountry.set(region.cc, []);
    byCountry.get(region.cc).push(region);
  }
  let matched = 0;
  for (const [key, byLang] of names) {
    const cc = key.slice(0, 2).toUpperCase();
    const regions = byCountry.get(cc);
    if (!regions || !byLang.en) continue;
    // A CLDR subdivision is a GeoNames admin1 region when one of their names agrees (first English, then any).
    const englishKeys = new Set(byLang.en.map(regionKey));
    let match = regions.find((r) => r.names.some((n) => englishKeys.has(regionKey(n))));
    if (!match) {
      // Otherwise the one region some other language's name agrees with ("Navarra" for "Navarre").
      const otherKeys = new Set(Object.values(byLang).flat().map(regionKey));
      const found = regions.filter((r) => !r.fromCldr && r.names.some((n) => otherKeys.has(regionKey(n))));
      match = found.length === 1 ? found[0] : undefined;
    }
    if (match) matched++;
    else {
      // A region GeoNames names differently ("Jihomoravský kraj"): still a region of its country, admin1 unknown.
      match = { cc, a1: `-${key.slice(2).toUpperCase()}`, names: [], abbrevs: [] };
      admin1.set(`${cc}.${match.a1}`, match);
    }
    match.fromCldr = true;
    const own = languagesOf.get(cc) ?? new Set();
    for (const [lang, list] of Object.entries(byLang)) {
      if (lang !== 'en' && !own.has(lang)) continue;
      for (const name of list) {
        if (!isLatin(name)) continue;
        match.names.push(name);
        const bare = name.replace(GENERIC, '');
        if (bare !== name && bare.length >= 3) match.names.push(bare);
      }
    }
    // The ISO 3166-2 code (CLDR's key) is how people abbreviate states and provinces in these countries.
    if (['US', 'CA', 'AU', 'IN', 'BR'].includes(cc)) match.abbrevs.push(key.slice(2).toUpperCase());
  }
  console.error(`CLDR: ${names.size} subdivisions, ${matched} matched to GeoNames admin1 regions`);
}

// ---- cities ------------------------------------------------------------------------------------------------------

/** Alternate names that say "the city of X" in some language, or name nothing a person would write as an address. */
const NOISE = /^(lungsod ng|kota|cathair|jiji la|bandaraya|bandar raya|thanh pho|thành phố|mji wa|altepetl|siudad ti|syudad|ciutat de|cidade de|citta di|città di|grad|city of|town of|municipio de|municipality of|gmina|miasto|stadt)\b|\b(llaqta|shi|shih|hsien|chhi|urbo|urbs|by|borg)$/i;

/** Population in thousands to two significant digits (804,237 → 800): enough to rank and to threshold, and it packs. */
function roughThousands(population) {
  const k = population / 1000;
  if (k < 1) return 0;
  const scale = 10 ** Math.max(0, Math.floor(Math.log10(k)) - 1);
  return Math.round(k / scale) * scale;
}

const cities = [];
for (const line of readLines(args.cities)) {
  const f = line.split('\t');
  if (f.length !== 19) throw new Error(`cities15000: expected 19 columns, got ${f.length}: ${line.slice(0, 80)}`);
  const [, name, ascii, alternates, , , , , cc, , a1] = f;
  const population = Number(f[14]) || 0;
  const keys = new Set([fold(name)]);
  const forms = [];
  const add = (form) => {
    const key = fold(form);
    if (key.length < 2 || keys.has(key)) return;
    keys.add(key);
    forms.push(form);
  };
  add(ascii);
  if (population >= ALTERNATES_FROM) {
    for (const alt of alternates.split(',')) {
      const a = alt.trim();
      if (a.length < 3 || !isLatin(a) || !/^\p{Lu}[\p{L}\p{M}'’ .\-]*$/u.test(a) || a === a.toUpperCase()) continue;
      if (NOISE.test(fold(a)) || commonWords.has(fold(a))) continue;
      add(a);
    }
  }
  const flags = commonWords.has(fold(name)) ? 'w' : '';
  cities.push({ name, forms, cc, a1, population: roughThousands(population), flags });
}

// ---- output ------------------------------------------------------------------------------------------------------

const clean = (s) => s.replace(/[\t\n|]/g, ' ');
const lines = [
  '# Resume Refiner gazetteer. Derived from GeoNames (https://www.geonames.org, CC BY 4.0) cities15000 and admin1CodesASCII,',
  '# with region names from Unicode CLDR subdivisions (Unicode License). Built by tools/gazetteer/build.mjs; do not edit.',
  '# R<TAB>country<TAB>admin1 ("-XX": a CLDR region GeoNames names otherwise)<TAB>names (|)<TAB>abbreviations (|)',
  '# C<TAB>name<TAB>other names (|)<TAB>country<TAB>admin1<TAB>population in thousands, 2 significant digits<TAB>flags (w: a common English word)',
];
const regions = [...admin1.values()].sort((a, b) => (a.cc + '.' + a.a1).localeCompare(b.cc + '.' + b.a1));
for (const r of regions) {
  const seen = new Set();
  const names = r.names.filter((n) => !seen.has(fold(n)) && seen.add(fold(n)));
  lines.push(['R', r.cc, r.a1, names.map(clean).join('|'), r.abbrevs.join('|')].join('\t'));
}
cities.sort((a, b) => a.cc.localeCompare(b.cc) || a.a1.localeCompare(b.a1) || b.population - a.population || a.name.localeCompare(b.name));
for (const c of cities) {
  lines.push(['C', clean(c.name), c.forms.map(clean).join('|'), c.cc, c.a1, String(c.population), c.flags].join('\t'));
}
const text = lines.join('\n') + '\n';
const gz = gzipSync(Buffer.from(text, 'utf8'), { level: constants.Z_BEST_COMPRESSION });
writeFileSync(args.out, gz);
console.error(`${regions.length} regions, ${cities.length} cities, ${cities.reduce((n, c) => n + c.forms.length, 0)} other names;`
  + ` ${text.length} chars → ${gz.length} bytes gzip → ${args.out}`);
