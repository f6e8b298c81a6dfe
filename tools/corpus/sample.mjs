// Copies a few built documents and their truth into the parser's tests, one per layout pattern the parser once
// misread (backend/tests/ResumeRefiner.Core.Tests/Parsing/Generated/GeneratedLayoutTests.cs asserts on them).
//
//   node sample.mjs [--out out] [--to ../../backend/tests/ResumeRefiner.Core.Tests/Parsing/Generated/Documents]
//
// Only dev layouts are sampled: the held-out ones stay unseen. Each sample is the first document of its layout in the
// manifest, so a rebuild with the same seed samples the same documents.

import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { splitOf } from './layouts/split.mjs';

export const SAMPLED_LAYOUTS = [
  'html-left-titles', 'theme-paper', 'theme-onepage', // section titles in a left column
  'html-date-column', 'html-entry-table', 'docx-classic-tabs', 'docx-layout-table', // dates beside entries, entry tables
  'html-footer-contacts', 'html-sidebar-rule', 'docx-header-block', // contacts in a footer, beside a rule, in a page header
  'html-europass', 'docx-europass-table', // Europass labels, CEFR grid, mother tongue
  'lo-html-web-page', 'html-web-page', // DOCX from a web page; navigation menu, headings for everything
  'docx-text-box-sidebar', 'text-plain',
];

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: 'out' },
    to: { type: 'string', default: '../../backend/tests/ResumeRefiner.Core.Tests/Parsing/Generated/Documents' },
  },
});
const out = resolve(args.out);
const to = resolve(args.to);

const rows = readFileSync(join(out, 'manifest.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
for (const layout of SAMPLED_LAYOUTS) {
  if (splitOf(layout) !== 'dev') throw new Error(`${layout} is held out and must not be sampled`);
  const row = rows.find((r) => r[3] === layout);
  if (!row) throw new Error(`${layout}: no document in ${out}`);
  const [file, truthId] = row;
  copyFileSync(join(out, 'docs', file), join(to, file));
  copyFileSync(join(out, 'truth', `${truthId}.json`), join(to, `${truthId}.json`));
}
console.log(`sampled ${readdirSync(to).length / 2} documents into ${to}`);
