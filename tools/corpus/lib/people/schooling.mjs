// Education: degrees placed in time, the institutions that teach them, and how each country writes them.

import { COUNTRIES, GENERIC_DEGREES } from './data/countries.mjs';
import { RESEARCH_FIELDS } from './data/professions/index.mjs';
import { NOW, iso, lastGraduation, nearestStart } from './calendar.mjs';
import { SPECIALTY, TAG, compact, fill, local, suits, untag } from './text.mjs';
import { levelIndex } from './context.mjs';

/** Months from first term to graduation, by level ([min, max] where it varies); bachelor's and MD depend on the country. */
const DEGREE_MONTHS = { hs: 45, cert: [6, 11], trade: [20, 44], assoc: 21, master: [10, 21], mba: [10, 21], phd: [45, 69], jd: 33,
  llm: 10, md: 45, pharmd: 45, dds: 45, dpt: 33, teach: 10 };

/** Levels taught at universities rather than colleges or schools. */
export const UNIVERSITY = new Set(['bachelor', 'master', 'mba', 'phd', 'jd', 'llm', 'md', 'pharmd', 'dds', 'dpt', 'teach']);

/** Degrees that lead straight into their profession, so nobody holding one starts out as a barista. */
export const PROFESSIONAL = new Set(['md', 'pharmd', 'dds', 'jd', 'phd', 'dpt']);

/** Parses one education path ("hs + trade:Welding|Fabrication + >mba:Business") into steps with a chosen area. */
export function educationSteps(P, path) {
  const { rng, level } = P;
  const steps = [];
  for (const raw of path.split(' + ')) {
    const later = raw.startsWith('>');
    const [lvl, areas] = raw.replace(/^>/, '').split(':');
    // Degrees taken mid-career belong to people with enough career to fit them.
    if (later && !(levelIndex(level) >= levelIndex('senior') ? rng.chance(0.6) : level === 'mid' && rng.chance(0.25))) continue;
    const area = areas ? fill(rng, rng.pick(areas.split('|')), P.vars) : undefined;
    steps.push({ lvl, area, later });
  }
  // People with a degree seldom list their high school.
  if (steps.length > 1 && steps[0].lvl === 'hs' && level !== 'student' && rng.chance(0.7)) steps.shift();
  return steps;
}

function degreeMonths(rng, step, cc) {
  if (step.lvl === 'bachelor') return (COUNTRIES[cc].bachelorYears ?? 4) * 12 - 3;
  if (step.lvl === 'md' && cc !== 'US' && cc !== 'CA') return 69;
  const d = DEGREE_MONTHS[step.lvl];
  return Array.isArray(d) ? rng.int(d[0], d[1]) : d;
}

/**
 * Places education steps in time. Steps before the career run back to back from `lastEnd`; an ongoing last step
 * (students) starts at `ongoingStart`; mid-career steps sit inside the career, usually part-time alongside work.
 */
export function placeEducation(P, steps, { lastEnd, ongoingStart } = {}) {
  const { rng } = P;
  const before = steps.filter((s) => !s.later);
  // Immigrants studied at home, sometimes with a last degree abroad in the country they now live in.
  const abroad = P.home !== P.cc && before.length > 1 && UNIVERSITY.has(before.at(-1).lvl) && rng.chance(0.5);
  P.studiedAbroad = abroad;
  before.forEach((s, i) => { s.cc = abroad && i === before.length - 1 ? P.cc : P.home; });

  let next = null; // the start of the following step
  for (let i = before.length - 1; i >= 0; i--) {
    const s = before[i];
    const [startMonth, endMonth] = COUNTRIES[s.cc].academic;
    if (i === before.length - 1 && ongoingStart !== undefined) {
      s.start = ongoingStart;
      s.end = ongoingStart + degreeMonths(rng, s, s.cc);
    } else {
      const anchor = next === null ? lastEnd : next - 1 - (rng.chance(0.15) ? rng.int(6, 24) : 0);
      s.end = ['cert', 'trade'].includes(s.lvl) ? anchor : lastGraduation(anchor, endMonth);
      s.start = s.end - degreeMonths(rng, s, s.cc);
      if (!['cert', 'trade'].includes(s.lvl)) s.start = nearestStart(s.start, startMonth);
    }
    next = s.start;
  }
  for (const s of steps.filter((x) => x.later)) {
    s.cc = P.cc;
    const latest = Math.max(36, NOW - P.careerStart - 12);
    s.end = Math.min(NOW - 2, lastGraduation(P.careerStart + rng.int(36, latest), COUNTRIES[P.cc].academic[1]));
    s.start = s.end - degreeMonths(rng, s, s.cc);
  }
  let previous = null;
  for (const s of steps) {
    s.institution = institution(P, s, previous);
    previous = s;
  }
  return steps;
}

/** Where a step was studied: a school, college or university of its country that teaches it. */
function institution(P, step, previous) {
  const { rng } = P;
  const country = COUNTRIES[step.cc];
  const region = step.cc === P.cc ? P.city.region : undefined;
  // People tend to study near home: a school tagged with their state, or named after their city.
  const near = (list) => {
    const close = list.filter((s) => (region && TAG.test(s) && suits(s, [region])) || (step.cc === P.cc && s.includes(P.city.city)));
    return untag(close.length && rng.chance(0.5) ? rng.pick(close) : rng.pick(list));
  };
  if (step.lvl === 'hs') return rng.pick(country.schools);
  const kind = kindOf(P, step.area, step.lvl);
  const teaches = (entry) => !SPECIALTY.test(entry) || (UNI_FITS[SPECIALTY.exec(entry)[1]]?.(kind, step.area ?? '', step.lvl) ?? false);
  const special = country.special?.[step.lvl];
  // Many people take a second degree where they took the first.
  if (UNIVERSITY.has(step.lvl) && !special && previous?.cc === step.cc && UNIVERSITY.has(previous.lvl) && rng.chance(0.3)
    && country.unis.some((u) => untag(u) === previous.institution && teaches(u))) return previous.institution;
  const own = local(P.prof.schools?.[step.lvl], step.cc);
  if (own.length && rng.chance(0.6)) return rng.pick(own);
  // Some colleges teach one trade (a hotel school, a nursing school); they only suit people of that sector.
  if (['cert', 'trade', 'assoc'].includes(step.lvl)) {
    const fits = country.colleges.filter((c) => !SPECIALTY.test(c) || SPECIALTY.exec(c)[1] === P.prof.sector);
    return near(fits);
  }
  // Medicine, law, pharmacy and dentistry are taught at their own schools where the country has a list of them.
  if (special) return rng.pick(special);
  return near(country.unis.filter(teaches));
}

/** Which fields a specialist university (marked #tech, #bus, …) teaches. */
const UNI_FITS = {
  applied: (kind, area, lvl) => lvl === 'bachelor' || lvl === 'master',
  tech: (kind) => kind === 'sci' || kind === 'eng',
  bus: (kind, area) => kind === 'bus' || /Economics|Finance/.test(area),
  social: (kind) => !['sci', 'eng', 'nursing'].includes(kind),
  health: (kind, area, lvl) => kind === 'nursing' || ['md', 'pharmd', 'dds', 'dpt'].includes(lvl)
    || /Medicine|Pharmac|Dent|Physio|Bio|Neuro|Health/.test(area),
};

/** Kinds of field whose degrees have names of their own (BSN, MSW, LL.B.), and the kind to fall back to without one. */
const SPECIAL_KINDS = { nursing: 'sci', law: 'arts', edu: 'arts', social: 'arts', arch: 'sci' };

/** The kind of field an area belongs to, which decides how its degree is named (B.S. or B.A., B.Eng., BBA, …). */
function kindOf(P, area, lvl) {
  if (!area) return 'sci';
  if (area === P.field?.field && P.field.kind) return P.field.kind;
  if (area === P.vars.field && RESEARCH_FIELDS[area]) return RESEARCH_FIELDS[area].kind;
  if (/Nursing/.test(area)) return 'nursing';
  if (/^Laws?$/.test(area) || lvl === 'llm') return 'law';
  if (/Social Work/.test(area)) return 'social';
  if (/^Architecture/.test(area)) return 'arch';
  if (/Education|Teaching|Curriculum/.test(area)) return 'edu';
  if (/Engineering|Technology$|Construction|Surveying|Building Science/.test(area) && !/Information Technology/.test(area)) return 'eng';
  if (BUSINESS.test(area)) return 'bus';
  if (ARTS.test(area)) return 'arts';
  return 'sci';
}

/** A pattern matching any of the words ("Human_Resource" stands for "Human Resource"). */
const anyWord = (list) => new RegExp(list.trim().split(/\s+/).join('|').replace(/_/g, ' '));
const BUSINESS = anyWord(`Business Finance Accounting Marketing Management Commerce Administration Human_Resource Supply_Chain
  Logistics Hospitality Taxation Analytics Tourism Retail`);
const ARTS = anyWord(`English History Psychology Sociology Art Design Communication Political Philosophy Literature Journalism
  Culinary Legal Criminal Liberal Economics Policy Cognitive Visual Paralegal Cookery`);

/** How people in a country write a degree of this level in this kind of field. */
function degreeForms(cc, lvl, kind) {
  const own = COUNTRIES[cc].degrees ?? {};
  const hasOwn = Object.keys(own).some((k) => k.startsWith(`${lvl}:`));
  const fallbackKind = SPECIAL_KINDS[kind] ?? 'sci';
  const forms = own[`${lvl}:${kind}`] ?? own[lvl]
    ?? (SPECIAL_KINDS[kind] ? GENERIC_DEGREES[`${lvl}:${kind}`] : undefined)
    ?? (hasOwn ? own[`${lvl}:${fallbackKind}`] : undefined)
    ?? GENERIC_DEGREES[`${lvl}:${kind}`] ?? GENERIC_DEGREES[lvl] ?? GENERIC_DEGREES[`${lvl}:${fallbackKind}`];
  // A list shared by all fields ("Kandidatexamen, Bachelor of Science") must not give a historian a science degree.
  const clash = kind === 'sci' || kind === 'eng' ? /\bB\.?A\b|\bM\.?A\b|Arts/
    : ['arts', 'law', 'edu', 'social'].includes(kind) ? /Sc\b|Science/ : null;
  const fitting = clash ? forms.filter((f) => !clash.test(f)) : forms;
  return fitting.length ? fitting : forms;
}

/** JSON Resume education entries, most recent first. */
export function educationEntries(P, steps) {
  const { rng } = P;
  return [...steps].sort((a, b) => b.end - a.end).map((s) => {
    const studyType = rng.pick(degreeForms(s.cc, s.lvl, kindOf(P, s.area, s.lvl)));
    // An area already named in the degree ("BSc Nursing", "Laurea Magistrale in Medicina") is not repeated.
    const repeats = !s.area || studyType.toLowerCase().includes(s.area.toLowerCase()) || /\s(in|en|em|i)\s/.test(studyType);
    const area = s.lvl === 'hs' || repeats || (s.lvl === 'teach' && rng.chance(0.5)) ? undefined : s.area;
    const ongoing = s.end > NOW;
    const scored = ['bachelor', 'master', 'assoc'].includes(s.lvl) && rng.chance(P.level === 'student' ? 0.55 : 0.3);
    return compact({
      institution: s.institution,
      area,
      studyType,
      startDate: rng.chance(s.lvl === 'hs' ? 0.25 : ongoing ? 0.95 : 0.65) ? iso(rng, s.start, P.eduPrecision) : undefined,
      endDate: ongoing && rng.chance(0.3) ? undefined : iso(rng, s.end, P.eduPrecision),
      score: scored ? fill(rng, rng.pick(COUNTRIES[s.cc].scores), {}) : undefined,
      courses: s.courses,
    });
  });
}
