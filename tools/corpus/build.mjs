// Builds the generated parsing corpus: people → documents in many layouts → truth and a manifest for
// ../../../shared/bench/score_parse.py (or any scorer reading the same manifest).
//
//   node build.mjs [--count 150] [--held-out-count 70] [--seed 1] [--per-person 4] [--out out] [--layouts id,id,...]
//                  [--variant serif|mono-headings|larger|smaller|a4|letter|narrow|condensed]
//
// Every document is a pure function of (seed, layout, person): rebuilding gives the same corpus. The held-out layouts
// (layouts/split.mjs) are rendered from people of their own: the first --count people go to the dev layouts, the
// next --held-out-count to the held-out ones.

import { mkdirSync, rmSync, writeFileSync, renameSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generatePeople } from './lib/people.mjs';
import { Random, hashSeed } from './lib/random.mjs';
import { loadLayouts } from './layouts/index.mjs';
import { splitOf } from './layouts/split.mjs';
import { printAll, withVariant, VARIANTS } from './lib/chromium.mjs';
import { writeDocx } from './lib/docx-writer.mjs';
import { convert } from './lib/libreoffice.mjs';

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '150' },
    'held-out-count': { type: 'string', default: '70' },
    seed: { type: 'string', default: '1' },
    'per-person': { type: 'string', default: '4' },
    out: { type: 'string', default: 'out' },
    layouts: { type: 'string' },
    variant: { type: 'string' },
  },
});

const seed = Number(args.seed);
const out = resolve(args.out);
const dirs = { docs: join(out, 'docs'), truth: join(out, 'truth'), people: join(out, 'people'), work: join(out, 'work') };
rmSync(out, { recursive: true, force: true });
Object.values(dirs).forEach((d) => mkdirSync(d, { recursive: true }));

const all = await loadLayouts();
const byId = new Map(all.map((l) => [l.id, l]));
const chosen = args.layouts ? args.layouts.split(',').map((id) => byId.get(id) ?? fail(`unknown layout ${id}`)) : all;
if (args.variant) {
  if (!VARIANTS[args.variant]) fail(`unknown variant ${args.variant} (${Object.keys(VARIANTS).join(', ')})`);
  // Variants are for studying the parser on dev layouts; held-out documents are never rendered differently.
  const heldOut = chosen.filter((l) => splitOf(l.id) === 'held-out');
  if (!args.layouts || heldOut.length) fail(`--variant needs --layouts with dev layouts only (held out: ${heldOut.map((l) => l.id).join(', ')})`);
}
const devCount = Number(args.count);
const people = generatePeople({ count: devCount + Number(args['held-out-count']), seed });
for (const p of people) writeFileSync(join(dirs.people, `${p.id}.json`), JSON.stringify(p.resume, null, 2));

const documents = [
  ...assign(people.slice(0, devCount), all.filter((l) => splitOf(l.id) === 'dev'), 'dev'),
  ...assign(people.slice(devCount), all.filter((l) => splitOf(l.id) === 'held-out'), 'held-out'),
].filter((d) => chosen.includes(d.layout));

const printJobs = [];
const docxJobs = [];
const conversions = { 'html-to-docx': [], 'docx-to-pdf': [] };
const manifest = [['document', 'truth_id', 'format', 'theme', 'family'].join('\t')];

for (const doc of documents) {
  const source = doc.layout.from ? byId.get(doc.layout.from) ?? fail(`${doc.layout.id}: unknown source ${doc.layout.from}`) : doc.layout;
  // The rng is keyed by the source layout, so a converted document shows the same variations as its source would.
  const rng = new Random(hashSeed(seed, source.id, doc.person.id));
  const rendered = source.render(structuredClone(doc.person.resume), rng);
  // A conversion may show more or less than its source (a word processor ignores print stylesheets).
  if (doc.layout.truth) rendered.truth = doc.layout.truth(rendered.truth, doc.person.resume);
  const file = `${doc.base}.${doc.layout.format}`;
  const target = join(dirs.docs, file);
  writeFileSync(join(dirs.truth, `${doc.base}.json`), JSON.stringify(rendered.truth, null, 2));
  manifest.push([file, doc.base, doc.layout.format, doc.layout.id, doc.layout.family].join('\t'));

  if (rendered.text !== undefined) {
    writeFileSync(target, rendered.text);
  } else if (rendered.html !== undefined) {
    const html = join(dirs.work, `${doc.base}.html`);
    if (doc.layout.convert === 'html-to-docx') {
      writeFileSync(html, rendered.html);
      conversions['html-to-docx'].push({ input: html, target });
    } else {
      writeFileSync(html, args.variant ? withVariant(rendered.html, args.variant) : rendered.html);
      printJobs.push({ html, pdf: target });
    }
  } else if (rendered.docx !== undefined) {
    const docx = doc.layout.convert === 'docx-to-pdf' ? join(dirs.work, `${doc.base}.docx`) : target;
    docxJobs.push({ resume: doc.person.resume, ...rendered.docx, out: docx });
    if (doc.layout.convert === 'docx-to-pdf') conversions['docx-to-pdf'].push({ input: docx, target });
  } else {
    fail(`${source.id}: render returned no html, text or docx`);
  }
}

console.log(`${people.length} people, ${chosen.length} layouts, ${documents.length} documents`);
if (printJobs.length) await step(`printing ${printJobs.length} PDFs with Chromium`, () => printAll(printJobs));
if (docxJobs.length) await step(`writing ${docxJobs.length} DOCX files`, () => writeDocx(docxJobs));
for (const [kind, jobs] of Object.entries(conversions)) {
  if (!jobs.length) continue;
  const to = kind === 'html-to-docx' ? 'docx' : 'pdf';
  await step(`converting ${jobs.length} files ${kind} with LibreOffice`, async () => {
    const produced = await convert(jobs.map((j) => j.input), { to, outDir: join(dirs.work, `converted-${to}`) });
    jobs.forEach((j, k) => renameSync(produced[k], j.target));
  });
}

const missing = documents.filter((d) => !existsSync(join(dirs.docs, `${d.base}.${d.layout.format}`)));
if (missing.length) fail(`${missing.length} documents were not produced, e.g. ${missing[0].base}`);
writeFileSync(join(out, 'manifest.tsv'), manifest.join('\n') + '\n');
rmSync(dirs.work, { recursive: true, force: true });
console.log(`wrote ${documents.length} documents to ${dirs.docs}, manifest ${join(out, 'manifest.tsv')}`);

/**
 * Round-robin over a shuffled layout order: every layout gets about the same number of people, and each person a
 * spread of layouts. The order is over all layouts of the split, so a --layouts subset builds the same documents as
 * the full corpus does (a variant build pairs up with the base build document by document).
 */
function assign(group, layouts, label) {
  if (!layouts.length) return [];
  const order = new Random(hashSeed(seed, 'layout-order', label)).shuffle([...layouts]);
  const perPerson = Math.min(Number(args['per-person']), order.length);
  const result = [];
  group.forEach((person, i) => {
    for (let j = 0; j < perPerson; j++) {
      const layout = order[(i * perPerson + j) % order.length];
      result.push({ layout, person, base: `${layout.id}--${person.id}` });
    }
  });
  return result;
}

async function step(label, fn) {
  const started = Date.now();
  process.stdout.write(`${label} … `);
  await fn();
  console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}
