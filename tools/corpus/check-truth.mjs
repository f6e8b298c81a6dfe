// Checks layouts' truth against what their documents show: renders a few people through each layout, prints PDFs with
// Chromium, extracts the text with pdftotext and reports
//   missing    truth values the text does not show (links may be shown as link annotations instead), and
//   unclaimed  the person's values that the text shows, besides the truth's values, though the truth left them out
//              (a hint: a value can appear by chance, e.g. a position "Volunteer" under a "Volunteer" heading).
//
//   node check-truth.mjs [--count 3] [--seed 1] [--people-dir DIR] [--layouts id,...] [layouts/x.mjs ...]
//
// Layouts returning html (format pdf) or text are checked; docx and converted layouts are skipped. Exits 1 when a
// truth value is missing.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadLayouts } from './layouts/index.mjs';
import { Random, hashSeed } from './lib/random.mjs';
import { printAll } from './lib/chromium.mjs';

async function main() {
  const { values: args, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      count: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      'people-dir': { type: 'string' },
      layouts: { type: 'string' },
    },
  });

  const seed = Number(args.seed);
  const dir = args['people-dir'];
  const people = dir
    ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
      .map((f) => ({ id: f.replace(/\.json$/, ''), resume: JSON.parse(readFileSync(join(dir, f), 'utf8')) }))
    : (await import('./lib/people.mjs')).generatePeople({ count: Number(args.count), seed });

  let layouts = positionals.length ? await importLayouts(positionals) : await loadLayouts();
  if (args.layouts) layouts = layouts.filter((l) => args.layouts.split(',').includes(l.id));
  layouts = layouts.filter((l) => !l.from);

  const work = mkdtempSync(join(tmpdir(), 'check-truth-'));
  const docs = [];
  for (const layout of layouts) {
    for (const person of people) {
      const rendered = layout.render(structuredClone(person.resume), new Random(hashSeed(seed, layout.id, person.id)));
      const base = join(work, `${layout.id}--${person.id}`);
      const doc = { layout, person, truth: rendered.truth, text: rendered.text, links: [] };
      if (rendered.html !== undefined && layout.format === 'pdf') {
        writeFileSync(`${base}.html`, rendered.html);
        doc.pdf = `${base}.pdf`;
      }
      if (doc.pdf || doc.text !== undefined) docs.push(doc);
    }
  }
  const printing = docs.filter((d) => d.pdf);
  await printAll(printing.map((d) => ({ html: d.pdf.replace(/\.pdf$/, '.html'), pdf: d.pdf })));
  for (const d of printing) {
    // Reading order differs between pdftotext's modes in multi-column layouts; a value found in either counts.
    d.text = ['-raw', '-layout'].map((mode) => execFileSync('pdftotext', [mode, d.pdf, '-'], { encoding: 'utf8' }))
      .join('\n');
    d.links = [...readFileSync(d.pdf, 'latin1').matchAll(/\/URI \(((?:\\.|[^\\)])*)\)/g)]
      .map((m) => Buffer.from(m[1].replace(/\\(.)/g, '$1'), 'latin1').toString('utf8'));
  }
  rmSync(work, { recursive: true, force: true });

  let missingAll = 0;
  for (const id of new Set(docs.map((d) => d.layout.id))) {
    const list = docs.filter((d) => d.layout.id === id);
    const lines = [];
    for (const d of list) {
      const shown = new Shown(d.text, d.links);
      for (const [path, value] of leaves(d.truth)) {
        if (!shown.has(path, value)) lines.push(`  missing    ${d.person.id} ${path} ${JSON.stringify(value)}`);
      }
      const truthDates = new Map(leaves(d.truth).filter(([p]) => isDate(p)));
      const rest = shown.without(leaves(d.truth).filter(([p]) => !isDate(p)).map(([, v]) => v));
      for (const [path, value] of leaves(d.person.resume)) {
        const unclaimed = isDate(path)
          ? monthOf(value) && !monthOf(truthDates.get(path) ?? '') && shown.month(value) // a month the truth drops
          : norm(value).length >= 4 && rest.has(path, value);
        if (unclaimed) lines.push(`  unclaimed  ${d.person.id} ${path} ${JSON.stringify(value)}`);
      }
    }
    const missing = lines.filter((l) => l.startsWith('  missing')).length;
    missingAll += missing;
    console.log(`${id.padEnd(32)} ${list.length} docs  missing ${missing}  unclaimed ${lines.length - missing}`);
    if (lines.length) console.log(lines.join('\n'));
  }
  process.exitCode = missingAll ? 1 : 0;
}

async function importLayouts(paths) {
  const modules = await Promise.all(paths.map((p) => import(pathToFileURL(resolve(p)).href)));
  return modules.flatMap((m) => m.default);
}

/** Every string or number in a JSON value, with its path ("work[0].highlights[1]"). */
function leaves(value, path = '') {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return typeof value === 'string' || typeof value === 'number' ? [[path, String(value)]] : [];
}

function isDate(path) {
  return /\.(startDate|endDate|date|releaseDate)$/.test(path);
}

function monthOf(iso) {
  return /^\d{4}-(\d{2})/.exec(iso)?.[1];
}

/** Case, width, ligatures, typographic dashes and quotes folded away, whitespace runs made one space. */
function fold(s) {
  return s.normalize('NFKC').toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ');
}

/** fold() without any whitespace: a value matches wherever the layout breaks its lines. */
function norm(s) {
  return fold(s).replaceAll(' ', '');
}

const MONTHS = Array.from({ length: 12 }, (_, i) => ['short', 'long'].map((month) =>
  new Date(Date.UTC(2000, i, 1)).toLocaleString('en-US', { month, timeZone: 'UTC' }).toLowerCase()));
const COUNTRIES = new Intl.DisplayNames(['en'], { type: 'region' });
const bare = (url) => norm(url).replace(/^(https?:|mailto:|tel:)(\/\/)?/, '').replace(/^www\./, '').replace(/\/$/, '');

class Shown {
  constructor(text, links) {
    this.text = norm(text);
    this.spaced = fold(text); // for dates, whose digits must not run into the next line's
    this.links = links.map(bare);
  }

  /** What is left once the given values are taken out of the text and the links. */
  without(values) {
    const rest = new Shown(this.spaced, []);
    const printed = values.flatMap((v) => [norm(v), bare(v)]).sort((a, b) => b.length - a.length);
    rest.text = printed.reduce((t, v) => t.replaceAll(v, '\0'), this.text);
    rest.links = this.links.filter((l) => !values.some((v) => bare(v) === l));
    return rest;
  }

  has(path, value) {
    if (isDate(path)) return monthOf(value) ? this.month(value) : this.year(value.slice(0, 4));
    // A link counts printed without its scheme or "www.", or as a link annotation.
    const link = /(^|\.)(url|email)$/.test(path) && [this.links, this.text].some((t) => t.includes(bare(value)));
    const country = /countryCode$/.test(path) && /^[A-Z]{2}$/.test(value)
      && this.text.includes(norm(COUNTRIES.of(value)));
    return link || country || this.text.includes(norm(value));
  }

  /** Whether the month and year of an ISO date print in any usual form: "Sep 2021", "09/2021", "2021-Sep", ... */
  month(iso) {
    const [y, m] = iso.split('-');
    const names = MONTHS[Number(m) - 1].join('|');
    const n = `(?<!\\d)0?${Number(m)}`;
    const year = `('${y.slice(2)}|(?<!\\d)${y})(?!\\d)`;
    const forms = [
      `(${names})\\.? ?(\\d{1,2}, ?)?${year}`, // Sep 2021, September 2021, Feb 01, 2020
      `${n} ?[/.-] ?${year}`, // 09/2021, 9.2021, 15/09/2021
      `${year} ?[/.-] ?(${n}(?!\\d)|${names})`, // 2021-09, 2021-Sep
    ];
    return new RegExp(forms.join('|')).test(this.spaced);
  }

  year(y) {
    return new RegExp(`(?<!\\d)${y}(?!\\d)`).test(this.spaced);
  }
}

await main();
