// Builds the labelled resume proofreading set from the annotated sources in source/:
//
//   node tools/proofset/build.mjs
//
// A source line marks each error inline as {wrong=>right} (spelling) or {wrong=>right|category},
// with category one of grammar, punctuation, typography; {=>text|grammar} is a missing word and
// {text=>|grammar} an extra one. The output is what ../shared/bench/score_proof.py reads: for each
// half (see README.md), <half>/texts/<name>.txt and <half>/labels.tsv.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const halves = {
  tune: ['software', 'finance', 'marketing', 'education', 'aviation', 'social-care', 'pharmacy-newsroom',
    'veterinary', 'banking-realestate', 'agriculture-mining', 'retail-childcare', 'security-dental',
    'pastry-chef', 'optician', 'landscaping', 'procurement', 'video-production', 'it-helpdesk',
    'claims-adjuster', 'museum-curator', 'commercial-fisher', 'speech-pathologist', 'asl-interpreter', 'wind-technician'],
  heldout: ['nursing', 'datascience', 'trades', 'legal-hr-design'],
  fresh: ['hospitality', 'logistics', 'physio', 'civil', 'lab'],
};
const marker = /\{([^{}]*?)=>([^{}|]*?)(?:\|(\w+))?\}/g;
const escape = (s) => s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');

const named = new Set(readdirSync(join(here, 'source')).map((f) => f.replace(/\.txt$/, '')));
for (const [half, names] of Object.entries(halves)) {
  for (const name of names) if (!named.delete(name)) throw new Error(`source/${name}.txt is missing`);
  const out = join(here, half);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'texts'), { recursive: true });
  const rows = ['file\tline\toffset\tlength\tcategory\treplacement\tkind\tsubtype\twrong'];
  for (const name of names) {
    const lines = readFileSync(join(here, 'source', `${name}.txt`), 'utf8').replace(/\n$/, '').split('\n');
    let text = '';
    lines.forEach((line, i) => {
      let plain = '';
      let last = 0;
      for (const m of line.matchAll(marker)) {
        plain += line.slice(last, m.index);
        const [, wrong, right, category = 'spelling'] = m;
        if (wrong === right) throw new Error(`${name}:${i + 1}: a mark that changes nothing`);
        const subtype = category === 'spelling' ? 'misspelling' : wrong === '' ? 'insertion' : right === '' ? 'deletion' : 'replacement';
        const file = `${name}.txt`;
        rows.push([file, i + 1, text.length + plain.length, wrong.length, category, escape(right), 'gold', subtype, escape(wrong)].join('\t'));
        plain += wrong;
        last = m.index + m[0].length;
      }
      plain += line.slice(last);
      if (/[{}]|=>/.test(plain)) throw new Error(`${name}:${i + 1}: a malformed mark`);
      text += plain + '\n';
    });
    writeFileSync(join(out, 'texts', `${name}.txt`), text);
  }
  writeFileSync(join(out, 'labels.tsv'), rows.join('\n') + '\n');
}
if (named.size > 0) throw new Error(`sources in no half: ${[...named].join(', ')}`);
