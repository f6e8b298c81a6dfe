// Writes clean resume text for a false-alarm probe: one .txt per JSON Resume file (the generated people under
// tools/corpus/out/people and the public corpus's *.truth.json). Their prose is clean by construction, so every
// finding `check` raises on it is a likely false alarm. Nobody labels or tunes thresholds on these files.
// Plain .txt files in a directory (tools/proofset/clean) are copied in as they are.
//   node tools/proofset/probe.mjs OUT_DIR JSON_DIR...
import fs from 'node:fs';
import path from 'node:path';

const [out, ...dirs] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const year = (d) => (d ? String(d).slice(0, 4) : 'Present');
const range = (e) => `(${year(e.startDate)} – ${e.endDate ? year(e.endDate) : 'Present'})`;

function lines(r) {
  const l = [];
  const b = r.basics ?? {};
  if (b.name) l.push(b.name);
  if (b.label) l.push(b.label);
  if (b.summary) l.push('SUMMARY', b.summary);
  if (r.work?.length) l.push('EXPERIENCE');
  for (const w of r.work ?? []) {
    l.push(`${w.position ?? ''}, ${w.name ?? ''} ${range(w)}`);
    if (w.summary) l.push(w.summary);
    for (const h of w.highlights ?? []) l.push(`• ${h}`);
  }
  if (r.volunteer?.length) l.push('VOLUNTEER');
  for (const v of r.volunteer ?? []) {
    l.push(`${v.position ?? ''}, ${v.organization ?? ''} ${range(v)}`);
    if (v.summary) l.push(v.summary);
    for (const h of v.highlights ?? []) l.push(`• ${h}`);
  }
  if (r.projects?.length) l.push('PROJECTS');
  for (const p of r.projects ?? []) {
    l.push(p.name);
    if (p.description) l.push(p.description);
    for (const h of p.highlights ?? []) l.push(`• ${h}`);
  }
  if (r.education?.length) l.push('EDUCATION');
  for (const e of r.education ?? []) {
    l.push([e.studyType, e.area].filter(Boolean).join(' in ') + `, ${e.institution ?? ''} ${range(e)}`);
    if (e.courses?.length) l.push(`Courses: ${e.courses.join(', ')}`);
  }
  if (r.skills?.length) l.push('SKILLS');
  for (const s of r.skills ?? []) l.push(`${s.name}: ${(s.keywords ?? []).join(', ')}`);
  for (const a of r.awards ?? []) l.push(`${a.title}, ${a.awarder ?? ''}`, ...(a.summary ? [a.summary] : []));
  for (const c of r.certificates ?? []) l.push(`${c.name}, ${c.issuer ?? ''}`);
  for (const p of r.publications ?? []) l.push(`${p.name}, ${p.publisher ?? ''}`, ...(p.summary ? [p.summary] : []));
  for (const i of r.interests ?? []) l.push(`${i.name}${i.keywords?.length ? ': ' + i.keywords.join(', ') : ''}`);
  for (const x of r.references ?? []) if (x.reference) l.push(x.reference);
  return l.filter((x) => x && x.trim());
}

let n = 0;
for (const dir of dirs) {
  // Plain clean text (tools/proofset/clean) goes in as it is.
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    fs.copyFileSync(path.join(dir, f), path.join(out, f));
    n++;
  }
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const r = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    const name = f.replace(/\.truth\.json$|\.json$/, '') + '.txt';
    fs.writeFileSync(path.join(out, name), lines(r).join('\n') + '\n');
    n++;
  }
}
console.log(`${n} files in ${out}`);
