// Prints HTML files to PDF with the machine's Chromium, offline: every request that is not a local file or inline data
// is aborted, so themes that link web fonts or CDN stylesheets print with fallback fonts instead of waiting.

import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/**
 * Rendering variants (build.mjs --variant): a stylesheet appended at the end of <head>, so the same text prints in
 * another font, size or page width, as real users' documents do. The truth does not change.
 */
export const VARIANTS = {
  serif: 'body, body * { font-family: "DejaVu Serif", serif !important; }',
  'mono-headings': 'h1, h2, h3, h4 { font-family: "DejaVu Sans Mono", monospace !important; }',
  larger: 'html { zoom: 1.12; }',
  smaller: 'html { zoom: 0.9; }',
  a4: '@page { size: A4 !important; }',
  letter: '@page { size: letter !important; }',
  narrow: '@page { margin-left: 28mm !important; margin-right: 28mm !important; }',
  condensed: 'body, body * { font-family: "DejaVu Sans Condensed", sans-serif !important; letter-spacing: -0.01em; }',
};

/** The HTML with the variant's stylesheet last in <head> (or first in the document when there is no head). */
export function withVariant(html, name) {
  const style = `<style data-variant="${name}">${VARIANTS[name]}</style>`;
  return /<\/head>/i.test(html) ? html.replace(/<\/head>/i, `${style}</head>`) : style + html;
}

/** Prints each { html: path, pdf: path } job; `concurrency` pages at a time. */
export async function printAll(jobs, { concurrency = 4, executablePath = process.env.CHROMIUM || '/usr/bin/chromium' } = {}) {
  const browser = await chromium.launch({ executablePath, headless: true, args: ARGS });
  try {
    const context = await browser.newContext();
    await context.route('**/*', (route) => {
      const url = route.request().url();
      return url.startsWith('file:') || url.startsWith('data:') ? route.continue() : route.abort();
    });
    let next = 0;
    const worker = async () => {
      const page = await context.newPage();
      while (next < jobs.length) {
        const job = jobs[next++];
        await page.goto(pathToFileURL(job.html).href, { waitUntil: 'load', timeout: 30_000 });
        // Themes without an @page size print on Letter, as a browser in the US would.
        await page.pdf({ path: job.pdf, preferCSSPageSize: true, printBackground: true, format: 'Letter' });
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  } finally {
    await browser.close();
  }
}
