// Builds the job-title data the product ships from the open labour-market taxonomies (ESCO occupations with their
// alternative labels, O*NET occupation titles). Run it again when the sources change:
//
//   node tools/taxonomy/build.mjs [--taxonomy ../shared/data/taxonomy]
//
// Writes backend/src/ResumeRefiner.Core/Parsing/Fields/Data/title-words.txt: the head nouns of job titles
// ("technician", "welder", "hygienist", "bartender"), one per line, which tell a job title from an employer's name;
// and backend/src/ResumeRefiner.Core/Analysis/Matching/Data/occupation-titles.tsv.gz: every ESCO title (preferred and
// alternative labels) with its ISCO-08 unit group, and every O*NET title with its SOC code, so the matcher can tell a
// related title ("Leasing Consultant" for "Property Manager") from words that merely overlap.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const { values: args } = parseArgs({ options: { taxonomy: { type: 'string', default: resolve(repo, '../shared/data/taxonomy') } } });

/** RFC 4180 CSV: quoted fields may hold commas, quotes and newlines (ESCO's alternative labels are newline-separated). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') {
      field += c;
    }
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** ESCO titles with the ISCO-08 unit group of their occupation ("isco:3334"). */
function escoOccupations(path) {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const preferred = header.indexOf('PREFERREDLABEL');
  const alternatives = header.indexOf('ALTLABELS');
  const isco = header.indexOf('ISCOGROUPCODE');
  return rows.filter((r) => r[preferred]).map((r) => ({
    group: `isco:${r[isco]}`,
    titles: [r[preferred], ...(r[alternatives] ?? '').split('\n')].map((t) => t?.trim()).filter(Boolean),
  }));
}

/** O*NET titles with their SOC code ("soc:41-9022"). */
function onetOccupations(path) {
  // O*NET titles are plural and may join two occupations: "Cooks, Restaurant", "Maids and Housekeeping Cleaners".
  return readFileSync(path, 'utf8').split('\n').slice(1).map((l) => l.split('\t')).filter((c) => c[1]).map(([code, title]) => ({
    group: `soc:${code.slice(0, 7)}`,
    titles: title.split(/,|\band\b/).map((t) => t.trim()).filter(Boolean),
  }));
}

const escoTitles = (path) => escoOccupations(path).flatMap((o) => o.titles);
const onetTitles = (path) => onetOccupations(path).flatMap((o) => o.titles);

const singular = (w) => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : /(ss|sh|ch|x)es$/.test(w) ? w.slice(0, -2)
  : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** The head noun of a title: its last word, before any "of / in / for …" complement ("seller of fish" → "seller"). */
function headWord(title) {
  const core = title.toLowerCase().replace(/\(.*?\)/g, ' ').split(/ (?:of|in|for|at|with|on|to) /)[0].trim();
  return singular(core.split(/[\s/]+/).pop() ?? '');
}

// Nouns for people who do a job end in these; the rest of the heads are objects ("equipment") or fields ("education").
const AGENT = /(?:er|or|ist|ian|ant|ent|eer|ee|man|woman|person|ess|ary|ier|wright|smith|ive|ic|aide|guide|judge|nurse|chef|cook|clerk|pilot|coach|host|usher|vet|rep|lead|head|chief|staff|crew|maid|porter|nun|monk)$/;
// Heads that end like a person's noun but name a thing, a field or a place; "-ment" nouns never name a person.
const NOT_TITLES = new Set(['other', 'layer', 'paper', 'water', 'computer', 'center', 'centre', 'order', 'power', 'interior', 'exterior',
  'premier', 'corner', 'border', 'under', 'over', 'after', 'timber', 'rubber', 'leather', 'silver', 'copper', 'cellar', 'error',
  'business', 'door', 'plastic', 'parent', 'live', 'eater', 'poster', 'postsecondary', 'pediatric', 'atmospheric', 'academic',
  'holder', 'former', 'public', 'electronic', 'domestic', 'graphic', 'clinic', 'mechanic-electrician']);

const counts = new Map();
for (const title of [...escoTitles(join(args.taxonomy, 'esco-occupations.csv')), ...onetTitles(join(args.taxonomy, 'onet-occupation-data.tsv'))]) {
  const head = headWord(title);
  if (/^[a-z][a-z'-]{2,}$/.test(head) && AGENT.test(head) && !head.endsWith('ment') && !NOT_TITLES.has(head)) {
    counts.set(head, (counts.get(head) ?? 0) + 1);
  }
}

// A head seen once may be a stray label; twice or more is a title people write.
const words = [...counts].filter(([, n]) => n >= 2).map(([w]) => w).sort();
const target = join(repo, 'backend/src/ResumeRefiner.Core/Parsing/Fields/Data/title-words.txt');
writeFileSync(target, `# Head nouns of job titles, from ESCO occupations and O*NET occupation titles (tools/taxonomy/build.mjs).\n${words.join('\n')}\n`);
console.log(`${words.length} title words → ${target}`);

// Occupation titles: one line per title, "title<TAB>group;group" (a title can name occupations in both sources).
const groups = new Map();
for (const { group, titles } of [...escoOccupations(join(args.taxonomy, 'esco-occupations.csv')), ...onetOccupations(join(args.taxonomy, 'onet-occupation-data.tsv'))]) {
  for (const title of titles) {
    const key = title.toLowerCase().replace(/\s+/g, ' ').trim();
    if (key.length < 3) continue;
    groups.set(key, new Set([...(groups.get(key) ?? []), group]));
  }
}
const titleLines = [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([title, g]) => `${title}\t${[...g].sort().join(';')}`);
const titlesTarget = join(repo, 'backend/src/ResumeRefiner.Core/Analysis/Matching/Data/occupation-titles.tsv.gz');
mkdirSync(dirname(titlesTarget), { recursive: true });
const titlesHeader = '# ESCO occupation titles with ISCO-08 groups (European Commission, ESCO v1.1.1) and O*NET titles with SOC codes (USDOL/ETA, CC BY 4.0); tools/taxonomy/build.mjs\n';
writeFileSync(titlesTarget, gzipSync(titlesHeader + titleLines.join('\n') + '\n', { level: 9 }));
console.log(`${titleLines.length} occupation titles → ${titlesTarget}`);
