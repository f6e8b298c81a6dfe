// Converts documents with LibreOffice, a batch at a time in headless processes: DOCX → PDF, and HTML → DOCX through
// Writer (not Writer/Web, whose DOCX export drops most of the page).

import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const TARGETS = {
  pdf: { filter: 'pdf' },
  // The Word 2007–365 export filter, named: from a Writer/Web document the bare "docx" finds no filter.
  docx: { filter: 'docx:MS Word 2007 XML' },
};

/**
 * Converts `inputs` (paths) to `to` ('pdf' | 'docx') into `outDir`, each as <basename>.<to>; returns the output
 * paths in input order. Each soffice process gets its own temporary profile, so conversions run beside a desktop
 * LibreOffice or another batch. Throws when a process fails or exceeds its time limit, or a file did not convert.
 */
export async function convert(inputs, { to, outDir, chunkSize = 100, timeoutMs, soffice = 'soffice' } = {}) {
  const target = TARGETS[to];
  if (!target) throw new Error(`convert: unknown target '${to}' (pdf or docx)`);
  if (!outDir) throw new Error('convert: outDir is required');
  if (!inputs.length) return [];
  const sources = inputs.map((p) => resolve(p));
  const outputs = sources.map((p) => join(resolve(outDir), `${basename(p, extname(p))}.${to}`));
  const seen = new Map();
  for (const [i, out] of outputs.entries()) {
    if (seen.has(out)) throw new Error(`convert: ${sources[seen.get(out)]} and ${sources[i]} would both write ${out}`);
    seen.set(out, i);
  }
  const html = sources.every((p) => /\.x?html?$/i.test(p));
  if (sources.some((p) => /\.x?html?$/i.test(p)) && !html) {
    throw new Error('convert: HTML and other inputs need separate batches (HTML is read with the Writer HTML filter)');
  }
  await mkdir(resolve(outDir), { recursive: true });
  // LibreOffice overwrites silently and leaves nothing when it fails: an old file must not pass for a new one.
  await Promise.all(outputs.map((out) => rm(out, { force: true })));

  // One soffice process stops converting after about 240 documents and still exits 0 (LibreOffice 7.4), so
  // batches are cut into chunks, and what a process left undone gets one more try in a fresh process.
  const missingOf = async (indices) => {
    const missing = [];
    for (const i of indices) {
      const info = await stat(outputs[i]).catch(() => null);
      if (!info || info.size === 0) missing.push(i);
    }
    return missing;
  };
  let log = '';
  for (let start = 0; start < sources.length; start += chunkSize) {
    const chunk = [...sources.keys()].slice(start, start + chunkSize);
    log = await runBatch(soffice, chunk.map((i) => sources[i]), { target, html, outDir: resolve(outDir), timeoutMs });
    const missing = await missingOf(chunk);
    if (missing.length) log = await runBatch(soffice, missing.map((i) => sources[i]), { target, html, outDir: resolve(outDir), timeoutMs });
  }
  const missing = await missingOf([...sources.keys()]);
  if (missing.length) {
    throw new Error(`LibreOffice did not convert ${missing.length} of ${sources.length} file(s) to ${to}:\n  ${missing.map((i) => sources[i]).join('\n  ')}\n${log}`);
  }
  return outputs;
}

/** One soffice process over some files, with a throwaway profile; resolves with its output for error messages. */
async function runBatch(soffice, files, { target, html, outDir, timeoutMs = 60_000 + 15_000 * files.length }) {
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  try {
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless', '--norestore', '--nolockcheck', '--nodefault', '--nologo',
      // Without this filter an .html file opens in Writer/Web, whose DOCX export loses most of the page.
      ...(html ? ['--infilter=HTML (StarWriter)'] : []),
      '--convert-to', target.filter,
      '--outdir', outDir,
      ...files,
    ];
    const { stdout, stderr } = await run(soffice, args, timeoutMs);
    return `${stderr}${stdout}`.trim();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** Runs soffice in its own process group, so a time-out stops soffice.bin too. */
function run(command, args, timeoutMs) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`could not start ${command}: ${e.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) reject(new Error(`LibreOffice did not finish within ${timeoutMs} ms\n${stderr}`));
      else if (code !== 0) reject(new Error(`LibreOffice exited with ${code}\n${stderr || stdout}`));
      else resolvePromise({ stdout, stderr });
    });
  });
}
