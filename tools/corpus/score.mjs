// Parses the built corpus with the command-line tool and scores it with the shared scorer, then prints the tables
// issue 16 asks for: per layout (all fields and contact fields), per field, and per split.
//
//   node score.mjs [--out out] [--scorer ../../../shared/bench/score_parse.py] [--no-parse] [--layouts id,...]
//
// The split (layouts/split.mjs) says which layouts were looked at while tuning the parser and which were not.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { splitOf } from './layouts/split.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: join(here, 'out') },
    scorer: { type: 'string', default: resolve(repo, '../shared/bench/score_parse.py') },
    'no-parse': { type: 'boolean', default: false },
    layouts: { type: 'string' },
  },
});

const out = resolve(args.out);
const docs = join(out, 'docs');
const parsed = join(out, 'parsed');
let manifestPath = join(out, 'manifest.tsv');

if (args.layouts) {
  // Score a subset: a manifest of just those layouts' rows.
  const keep = new Set(args.layouts.split(','));
  const [header, ...rows] = readFileSync(manifestPath, 'utf8').trim().split('\n');
  manifestPath = join(out, 'manifest.subset.tsv');
  writeFileSync(manifestPath, [header, ...rows.filter((r) => keep.has(r.split('\t')[3]))].join('\n') + '\n');
}

if (!args['no-parse']) {
  rmSync(parsed, { recursive: true, force: true });
  mkdirSync(parsed, { recursive: true });
  const cli = join(repo, 'backend/src/ResumeRefiner.Cli');
  execFileSync('dotnet', ['build', cli, '-c', 'Release', '-v', 'q', '-nologo'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const dll = join(cli, 'bin/Release/net10.0/resume-refiner.dll');
  const files = readdirSync(docs).map((f) => join(docs, f));
  // Parse failures are scored as missed documents; the scorer reports them.
  for (let i = 0; i < files.length; i += 200) {
    try {
      execFileSync('dotnet', [dll, 'parse', ...files.slice(i, i + 200), '--out', parsed], { stdio: ['ignore', 'ignore', 'inherit'] });
    } catch {
      // reported on stderr already
    }
  }
}

const reportPath = join(out, 'score.json');
const summary = execFileSync('python3', [args.scorer, '--manifest', manifestPath, '--truth-dir', join(out, 'truth'),
  '--docs-dir', docs, '--out-dir', parsed, '--json', reportPath, '--quiet'], { encoding: 'utf8', maxBuffer: 64 << 20 });
const report = JSON.parse(readFileSync(reportPath, 'utf8'));

const f1 = ([tp, fp, fn]) => (2 * tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 1);
const add = (a, [tp, fp, fn]) => [a[0] + tp, a[1] + fp, a[2] + fn];
const byLayout = new Map();
const bySplit = new Map();
for (const d of report.documents) {
  const row = byLayout.get(d.theme) ?? { all: [0, 0, 0], contacts: [0, 0, 0], docs: 0 };
  const split = bySplit.get(splitOf(d.theme)) ?? { all: [0, 0, 0], contacts: [0, 0, 0], docs: 0 };
  for (const [field, counts] of Object.entries(d.fields)) {
    for (const r of [row, split]) {
      r.all = add(r.all, counts);
      if (field.startsWith('basics.')) r.contacts = add(r.contacts, counts);
    }
  }
  row.docs++;
  split.docs++;
  byLayout.set(d.theme, row);
  bySplit.set(splitOf(d.theme), split);
}

const lines = [];
const pad = (s, n) => String(s).padEnd(n);
const num = (x) => x.toFixed(3);

// Per field, dev and held-out apart: the held-out columns are the figures that were not tuned on.
const fields = new Map();
for (const d of report.documents) {
  for (const [field, counts] of Object.entries(d.fields)) {
    const row = fields.get(field) ?? { dev: [0, 0, 0], 'held-out': [0, 0, 0] };
    row[splitOf(d.theme)] = add(row[splitOf(d.theme)], counts);
    fields.set(field, row);
  }
}
lines.push(`${pad('field', 28)} dev-F1  held-out-F1`);
for (const [field, row] of [...fields].sort()) {
  lines.push(`${pad(field, 28)} ${num(f1(row.dev)).padStart(6)}  ${num(f1(row['held-out'])).padStart(11)}`);
}
lines.push('');
lines.push(`${pad('layout', 34)} ${pad('split', 9)} docs  field-F1  contacts-F1`);
for (const [layout, r] of [...byLayout].sort((a, b) => f1(a[1].all) - f1(b[1].all))) {
  lines.push(`${pad(layout, 34)} ${pad(splitOf(layout), 9)} ${String(r.docs).padStart(4)}  ${num(f1(r.all)).padStart(8)}  ${num(f1(r.contacts)).padStart(11)}`);
}
lines.push('');
for (const [split, r] of bySplit) {
  lines.push(`${pad(split, 10)} ${String(r.docs).padStart(4)} documents  field-F1 ${num(f1(r.all))}  contacts-F1 ${num(f1(r.contacts))}`);
}
console.log(summary.trimEnd());
console.log('');
console.log(lines.join('\n'));
