// Every layout of the corpus: JSON Resume themes, our own HTML templates, plain text, Word documents, and
// LibreOffice conversions between them.

import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

export async function loadLayouts() {
  const modules = ['themes.mjs', 'text.mjs', 'docx.mjs', 'conversions.mjs', 'fresh.mjs', 'dev-more.mjs', 'dev-wide.mjs', 'dev-kinds.mjs', 'dev-kinds2.mjs'].map((f) => join(here, f));
  const htmlDir = join(here, 'html');
  for (const f of readdirSync(htmlDir).sort()) {
    if (f.endsWith('.mjs') && f !== 'common.mjs') modules.push(join(htmlDir, f));
  }

  const layouts = [];
  for (const path of modules) {
    const exported = (await import(pathToFileURL(path).href)).default;
    layouts.push(...(Array.isArray(exported) ? exported : [exported]));
  }

  const ids = new Set();
  for (const l of layouts) {
    if (ids.has(l.id)) throw new Error(`layout id ${l.id} is used twice`);
    ids.add(l.id);
  }
  return layouts;
}
