// The optional JSON Resume sections: skills, certificates, awards, volunteering, publications, projects and the rest.

import { CULTURES, familyForms } from './data/names.mjs';
import { RESEARCH_FIELDS } from './data/professions/index.mjs';
import * as C from './data/common.mjs';
import { NOW, between, iso, yearOf } from './calendar.mjs';
import { compact, fill, local, randomChars, slug, suits, untag } from './text.mjs';
import { levelIndex } from './context.mjs';

/** Skills as named groups, as one "Skills" list, or as groups with a level; remembers the keywords for the summary. */
export function skills(P) {
  const { rng, prof } = P;
  const groups = Object.entries({ ...(prof.skills ?? {}), ...(P.field?.skills ?? {}), ...(P.research?.skills ?? {}) })
    .map(([name, words]) => [name, expandSkills(P, words)])
    .filter(([, words]) => words.length);
  if (!groups.length) return [];
  const style = rng.weighted([['groups', 55], ['single', 35], ['levels', 10]]);
  let out;
  if (style === 'single') {
    const all = [...new Set(groups.flatMap(([, w]) => w))];
    const name = rng.pick(['Skills', 'Core Skills', 'Technical Skills', 'Key Skills', 'Core Competencies']);
    out = [{ name, keywords: rng.sample(all, rng.int(6, 12)) }];
  } else {
    const chosen = groups.length <= 2 ? groups : groups.filter(() => rng.chance(0.75));
    out = (chosen.length ? chosen : groups.slice(0, 1)).slice(0, 4).map(([name, words]) => compact({
      name,
      level: style === 'levels' ? rng.pick(C.SKILL_LEVELS[['student', 'entry'].includes(P.level) ? 'early' : 'experienced']) : undefined,
      keywords: rng.sample(words, rng.int(3, 7)),
    }));
    if (out.length < 5 && rng.chance(0.2)) {
      const name = rng.pick(['Soft Skills', 'Interpersonal', 'Professional Skills']);
      out.push({ name, keywords: rng.sample(C.SOFT_SKILLS, rng.int(3, 5)) });
    }
  }
  P.skillKeywords = out.flatMap((g) => g.keywords);
  return out;
}

/** A group's keywords for this person: local ones only, "{var}" expanded to all of the person's values. */
function expandSkills(P, words) {
  const out = [];
  for (const w of local(words, P.cc)) {
    const m = /^\{(\w+)\}$/.exec(w);
    if (m && Array.isArray(P.vars[m[1]])) out.push(...P.vars[m[1]]);
    else out.push(fill(P.rng, w, P.vars));
  }
  return [...new Set(out)];
}

/** Whether a certificate suits the person: "@US/CA" limits countries, ">senior" the lowest level that holds it. */
function certFits(P, where = '') {
  const countries = /@([A-Z/]+)/.exec(where);
  if (countries && !countries[1].split('/').includes(P.cc)) return false;
  const min = /[>](\w+)/.exec(where);
  return !min || levelIndex(P.level) >= levelIndex(min[1]);
}

/** Certifications from software and cloud vendors, which are recent and expire. */
const VENDOR = new RegExp(['AWS', 'Azure', 'Google', 'Kubernetes', 'Terraform', 'HubSpot', 'Meta', 'Salesforce', 'Zendesk',
  'Gainsight', 'dbt', 'Procore', 'Workday', 'Xero', 'QuickBooks', 'Tableau'].join('|'));

/** Licences and certificates of the profession, newest first; higher licences date from later in the career. */
export function certificates(P) {
  const { rng } = P;
  const pool = (P.prof.certs ?? []).filter(([, , where]) => certFits(P, where));
  if (!pool.length) return [];
  const picked = rng.sample(pool, rng.int(1, Math.min(4, pool.length)));
  return picked.map(([name, issuer, where = '']) => {
    const gated = where.includes('>');
    // People list vendor certifications from the last few years; licences gated by level come from later in the career.
    const vendor = P.prof.sector === 'tech' || VENDOR.test(name);
    const midCareer = P.careerStart + Math.floor((NOW - P.careerStart) / 2);
    const from = vendor ? Math.max(P.careerStart, NOW - 84) : gated ? midCareer : P.careerStart - 6;
    const m = between(rng, Math.max(from, NOW - 30 * 12), NOW - 1);
    return { m, entry: compact({
      name: fill(rng, name, P.vars),
      date: rng.chance(0.85) ? iso(rng, m, P.precision === 'day' ? 'month' : P.precision) : undefined,
      issuer: rng.chance(0.9) ? fill(rng, issuer, P.vars) : undefined,
      url: rng.chance(0.05) ? `https://www.credly.com/badges/${randomChars(rng, '0123456789abcdef', 8)}` : undefined,
    }) };
  }).sort((a, b) => b.m - a.m).map((c) => c.entry);
}

/** Awards: the profession's, the sector's, or a generic list for workplaces, students or researchers. */
export function awards(P) {
  const { rng, prof } = P;
  const leader = levelIndex(P.level) >= levelIndex('lead');
  const generic = prof.sector === 'academia' || prof.id === 'lecturer' ? C.ACADEMIC_AWARDS
    : prof.mode === 'student' ? C.STUDENT_AWARDS : leader ? C.LEADER_AWARDS : C.GENERIC_AWARDS;
  // Leaders list leadership awards rather than Employee of the Month.
  const own = leader && !prof.awards ? undefined : prof.awards ?? P.sector.awards;
  const pool = (own ?? generic).filter(([t, a]) => suits(t, [P.cc]) && suits(a, [P.cc]));
  // A doctorate's awards fall within it: the PhD years before a research career, or so far for a candidate.
  const phdYears = prof.mode === 'phd' ? [P.careerStart, NOW - 1] : [P.careerStart - 48, P.careerStart - 1];
  return rng.sample(pool, rng.int(1, 3)).map(([title, awarder, when]) => {
    // An employer's award is dated while the person worked there.
    const job = rng.pick(P.spans);
    const vars = { ...P.vars, company: job.name };
    const m = when === 'phd' ? between(rng, ...phdYears)
      : awarder.includes('{company}') ? between(rng, job.start, Math.min(job.end, NOW - 1)) : between(rng, P.careerStart, NOW - 1);
    return { m, entry: compact({
      title: fill(rng, untag(title), vars),
      date: iso(rng, m, P.precision === 'day' ? 'month' : P.precision),
      awarder: fill(rng, untag(awarder), vars),
      summary: prof.focus && rng.chance(0.25) ? fill(rng, rng.pick(C.AWARD_SUMMARIES), vars) : undefined,
    }) };
  }).sort((a, b) => b.m - a.m).map((a) => a.entry);
}

/** One or two volunteer roles, each at a kind of organization that suits it. */
export function volunteering(P) {
  const { rng } = P;
  const vars = { ...P.vars, City: P.city.city };
  return rng.sample(C.VOLUNTEERING, rng.int(1, 2)).map((kind) => {
    const orgs = local(kind.orgs, P.cc);
    const [position, lines] = rng.pick(kind.roles.filter(([, , min]) => !min || levelIndex(P.level) >= levelIndex(min)));
    const start = between(rng, P.careerStart - 36, NOW - 6);
    const ongoing = rng.chance(0.3);
    return { start, entry: compact({
      organization: fill(rng, rng.pick(orgs), vars),
      position,
      startDate: iso(rng, start, P.precision),
      endDate: ongoing ? undefined : iso(rng, between(rng, start + 3, NOW - 1), P.precision),
      summary: rng.chance(0.2) ? fill(rng, 'Volunteered {weekly|twice a month|on weekends|a few days a year}.', vars) : undefined,
      highlights: rng.sample(lines, rng.int(0, 2)).map((l) => { const t = fill(rng, l, vars); return P.period ? `${t}.` : t; }),
    }) };
  }).sort((a, b) => b.start - a.start).map((v) => v.entry);
}

/** Papers, books or articles in the person's research field (or their sector's: medicine, law), newest first. */
export function publications(P) {
  const { rng, prof } = P;
  const key = prof.pubs === 'field' ? P.field?.field : prof.pubs ?? { legal: 'law', health: 'medicine' }[prof.sector];
  const field = RESEARCH_FIELDS[key];
  if (!field) return [];
  const vars = { ...P.vars, ...Object.fromEntries(Object.entries(field).filter(([, v]) => Array.isArray(v))), topic: field.topics };
  const n = { 'phd-student': [1, 4], postdoc: [3, 7], professor: [4, 9], 'research-scientist': [2, 6] }[prof.id] ?? [1, 3];
  const earliest = P.careerStart - 24; // people publish from late in their studies
  const seen = new Set();
  const out = [];
  for (let i = 0, want = rng.int(...n); i < want * 3 && out.length < want; i++) {
    const name = fill(rng, rng.pick(field.titles), vars);
    if (seen.has(name)) continue;
    seen.add(name);
    const m = between(rng, Math.max(earliest, NOW - 20 * 12), NOW - 1);
    const precision = rng.weighted([['month', 6], ['year', 3], ['day', 1]]);
    out.push({ m, entry: compact({
      name,
      publisher: rng.pick(field.venues),
      releaseDate: iso(rng, m, precision),
      // 10.5555 is the DOI test prefix, so these links lead to no real paper.
      url: key !== 'law' && rng.chance(0.4) ? `https://doi.org/10.5555/${slug(key).slice(0, 4)}.${yearOf(m)}.${rng.int(1000, 9999)}`
        : undefined,
      summary: rng.chance(0.1) ? rng.pick(['First-author paper.', 'Invited review.', 'Oral presentation.', 'Co-first author.']) : undefined,
    }) });
  }
  return out.sort((a, b) => b.m - a.m).map((p) => p.entry);
}

/** Projects from the profession's or the field's templates: code, buildings, case studies. */
export function projects(P) {
  const { rng, prof } = P;
  const pool = [...(prof.projects ?? []), ...(P.field?.projects ?? [])];
  if (!pool.length) return [];
  return rng.sample(pool, rng.int(1, Math.min(3, pool.length))).map((p) => {
    // One project is about one thing: a list variable takes a single value throughout it.
    const vars = Object.fromEntries(Object.entries(P.vars).map(([k, v]) => [k, Array.isArray(v) && v.length ? rng.pick(v) : v]));
    const name = fill(rng, p.name, vars);
    const start = between(rng, Math.max(P.careerStart - 12, NOW - 8 * 12), NOW - 2);
    // Buildings take a year or two; side projects come and go.
    const length = ['construction', 'design'].includes(prof.sector) ? rng.int(10, 30) : rng.int(2, 14);
    const finished = start + length < NOW && rng.chance(0.7);
    const codey = ['tech', 'student', 'academia'].includes(prof.sector);
    return { start, entry: compact({
      name,
      description: fill(rng, p.description, vars),
      highlights: codey && rng.chance(0.4) ? rng.sample(C.PROJECT_HIGHLIGHTS, rng.int(1, 2)).map((h) => fill(rng, h, vars)) : undefined,
      keywords: [...new Set((p.keywords ?? []).map((k) => fill(rng, k, vars)))],
      startDate: iso(rng, start, P.precision === 'day' ? 'month' : P.precision),
      endDate: finished ? iso(rng, start + length, P.precision === 'day' ? 'month' : P.precision) : undefined,
      url: P.github && p.repo && rng.chance(0.7) ? `https://github.com/${P.github}/${slug(name).slice(0, 30)}` : undefined,
    }) };
  }).sort((a, b) => b.start - a.start).map((p) => p.entry);
}

/** A few hobbies, some with keywords. */
export function interests(P) {
  const { rng } = P;
  return rng.sample(C.INTERESTS, rng.int(2, 5)).map((name) => compact({
    name,
    keywords: C.INTEREST_KEYWORDS[name] && rng.chance(0.3) ? C.INTEREST_KEYWORDS[name] : undefined,
  }));
}

/** One or two references from former managers, in the person's country's names. */
export function references(P) {
  const { rng } = P;
  const first = P.name.given.split(' ')[0];
  const texts = rng.sample(C.REFERENCE_TEXTS, 2);
  return Array.from({ length: rng.int(1, 2) }, (_, k) => {
    const culture = CULTURES[rng.weighted(P.country.cultures)];
    const gender = rng.chance(0.5) ? 'f' : 'm';
    const who = `${rng.pick(culture[gender])} ${familyForms(rng.pick(culture.family))[gender]}`;
    const job = P.work[rng.int(0, Math.min(1, P.work.length - 1))];
    const name = rng.chance(0.5) ? who : `${who}, ${rng.pick(['Manager', 'Supervisor', 'Director', 'Team Lead'])}, ${job.name}`;
    return { name, reference: fill(rng, texts[k], { first }) };
  });
}

/** Languages from the person's family and country, plus English and sometimes one learned, in one fluency vocabulary. */
export function languages(P) {
  const { rng, country } = P;
  const countryLanguage = P.city.language ?? country.language;
  const heritage = P.name.language ?? countryLanguage;
  const twoLanguages = heritage !== countryLanguage && heritage !== 'English';
  if (!rng.chance(countryLanguage !== 'English' || twoLanguages ? 0.75 : 0.35)) return [];
  const style = rng.weighted([['words', 55], ['linkedin', 20], ['cefr', countryLanguage === 'English' ? 10 : 35]]);
  const list = new Map();
  const add = (language, level) => { if (!list.has(language)) list.set(language, level); };
  // Where English is an official second language (India, Nigeria, …) the family's language comes first.
  const englishOfficial = ['IN', 'NG', 'GH', 'ZA', 'SG'].includes(P.cc);
  if (!twoLanguages) add(heritage, 'native');
  else if (P.home === P.cc && !englishOfficial && rng.chance(0.4)) {
    // Grew up here in a family that speaks another language at home.
    add(countryLanguage, 'native');
    add(heritage, rng.int(3, 5));
  } else {
    add(heritage, 'native');
    // Expats in non-English countries (an engineer in Dubai, say) often get by with English.
    add(countryLanguage, countryLanguage === 'English' ? 5 : P.home === P.cc ? rng.int(4, 5) : rng.int(1, 4));
  }
  add('English', englishOfficial ? 5 : rng.int(3, 5));
  if (rng.chance(0.4)) add(rng.weighted(C.SECOND_LANGUAGES.filter(([l]) => !list.has(l))), rng.int(1, 3));
  return [...list].map(([language, level]) => ({
    language: rng.pick(C.LANGUAGE_NAMES[language] ?? [language]),
    fluency: rng.pick(C.FLUENCY[style][level]),
  }));
}
