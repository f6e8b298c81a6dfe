// Writes the corpus's Word documents through the .NET writer (backend/bench/ResumeRefiner.Corpus.Docx): one build,
// one process for a whole batch of jobs { resume, layout, options: { document, ... }, out }.

import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const WRITER_PROJECT = join(repo, 'backend/bench/ResumeRefiner.Corpus.Docx/ResumeRefiner.Corpus.Docx.csproj');

let built;

/** Runs a command, resolving with its output; rejects with the command's stderr when it fails or runs too long. */
function run(command, args, { timeoutMs }) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DOTNET_NOLOGO: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise({ stdout, stderr });
      else reject(new Error(`${command} ${args.join(' ')} ${signal ? `was stopped (${signal}) after ${timeoutMs} ms` : `exited with ${code}`}\n${stderr || stdout}`));
    });
  });
}

/** Builds the writer in Release once per process. */
function build() {
  built ??= run('dotnet', ['build', WRITER_PROJECT, '-c', 'Release', '--nologo', '-v', 'q', '-clp:ErrorsOnly'], { timeoutMs: 10 * 60_000 });
  return built;
}

/**
 * Writes every job's .docx. A job is { resume, layout, options, out } where options.document is the printed model
 * a layouts/docx.mjs layout returned; `out` should be absolute. Throws with the writer's stderr on any failure.
 */
export async function writeDocx(jobs, { timeoutMs = 60_000 + 2_000 * jobs.length } = {}) {
  if (!jobs.length) return;
  for (const [i, job] of jobs.entries()) {
    if (!job.layout || !job.options?.document || !job.out) throw new Error(`docx job ${i} needs layout, options.document and out`);
  }
  await build();
  const dir = await mkdtemp(join(tmpdir(), 'corpus-docx-'));
  try {
    const path = join(dir, 'jobs.json');
    await writeFile(path, JSON.stringify(jobs.map((j) => ({ ...j, out: resolve(j.out) }))));
    await run('dotnet', ['run', '--no-build', '-c', 'Release', '--project', WRITER_PROJECT, '--', path], { timeoutMs });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
