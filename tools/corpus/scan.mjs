// Scans of the generated corpus's PDFs, for measuring OCR (issue 23): each sampled PDF is printed to 200-dpi grey
// PNGs with poppler's pdftoppm and wrapped, page by page, into a PDF with no text layer, as a scanner would write it.
// The same documents' text-layer PDFs are copied beside them, so the two can be scored alike.
//
//   node build.mjs && node scan.mjs [--from out] [--out out-scans] [--per-layout 1] [--dpi 200]
//   node score.mjs --out out-scans/text && node score.mjs --out out-scans/scan
//
// Each document keeps its truth; the manifest lists only the sample. Requires pdftoppm (poppler-utils).

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    from: { type: 'string', default: 'out' },
    out: { type: 'string', default: 'out-scans' },
    'per-layout': { type: 'string', default: '1' },
    dpi: { type: 'string', default: '200' },
  },
});

const from = resolve(args.from);
const out = resolve(args.out);
const dpi = Number(args.dpi);
const [header, ...rows] = readFileSync(join(from, 'manifest.tsv'), 'utf8').trim().split('\n');
const perLayout = new Map();
const sample = rows.filter((row) => {
  const [document, , format, theme] = row.split('\t');
  if (format !== 'pdf' || !document.endsWith('.pdf')) return false;
  perLayout.set(theme, (perLayout.get(theme) ?? 0) + 1);
  return perLayout.get(theme) <= Number(args['per-layout']);
});

rmSync(out, { recursive: true, force: true });
for (const variant of ['text', 'scan']) {
  mkdirSync(join(out, variant, 'docs'), { recursive: true });
  mkdirSync(join(out, variant, 'truth'), { recursive: true });
  writeFileSync(join(out, variant, 'manifest.tsv'), [header, ...sample].join('\n') + '\n');
}

const work = mkdtempSync(join(tmpdir(), 'corpus-scan-'));
try {
  for (const row of sample) {
    const [document, truthId] = row.split('\t');
    for (const variant of ['text', 'scan']) {
      copyFileSync(join(from, 'truth', `${truthId}.json`), join(out, variant, 'truth', `${truthId}.json`));
    }
    copyFileSync(join(from, 'docs', document), join(out, 'text', 'docs', document));
    const prefix = join(work, document.replace(/\.pdf$/, ''));
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', join(from, 'docs', document), prefix]);
    const pages = readdirSync(work).filter((f) => f.endsWith('.png')).sort().map((f) => join(work, f));
    writeFileSync(join(out, 'scan', 'docs', document), imagePdf(pages.map((p) => readFileSync(p)), dpi));
    pages.forEach((p) => rmSync(p));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`scanned ${sample.length} PDFs at ${dpi} dpi into ${join(out, 'scan')}, their text layers in ${join(out, 'text')}`);

/**
 * A PDF of whole-page images and nothing else. An 8-bit, non-interlaced PNG's IDAT data is already a Flate
 * stream with PNG predictors, which PDF reads as it is (img2pdf does the same), so no pixel is decoded here.
 */
function imagePdf(pngs, dpi) {
  const objects = [];
  const add = (body) => objects.push(body) && objects.length;
  const pageIds = [];
  const pagesId = 2;
  objects.push(null, null); // 1: catalog, 2: pages, filled in below
  for (const png of pngs) {
    const { width, height, colors, data } = readPng(png);
    const w = (width * 72) / dpi;
    const h = (height * 72) / dpi;
    const image = add(Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /Device${colors === 1 ? 'Gray' : 'RGB'} /BitsPerComponent 8 ` +
        `/Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors ${colors} /BitsPerComponent 8 /Columns ${width} >> /Length ${data.length} >>\nstream\n`),
      data, Buffer.from('\nendstream'),
    ]));
    const draw = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`;
    const content = add(Buffer.from(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`));
    pageIds.push(add(Buffer.from(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] ` +
      `/Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`)));
  }
  objects[0] = Buffer.from(`<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  objects[1] = Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`);

  const parts = [Buffer.from('%PDF-1.4\n')];
  let offset = parts[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(parts);
}

function readPng(png) {
  let at = 8;
  let width = 0;
  let height = 0;
  let colors = 0;
  const idat = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      // pdftoppm -gray writes grey, or RGB with equal channels in some poppler versions.
      colors = { 0: 1, 2: 3 }[body[9]];
      if (body[8] !== 8 || !colors || body[12] !== 0) throw new Error('expected an 8-bit grey or RGB, non-interlaced PNG');
    } else if (type === 'IDAT') {
      idat.push(body);
    }
    at += 12 + length;
  }
  return { width, height, colors, data: Buffer.concat(idat) };
}
