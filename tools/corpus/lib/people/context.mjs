// What every part of a person's generation shares: profession lookups, section chances, template variables.

import { CULTURES, familyForms } from './data/names.mjs';
import { COUNTRIES } from './data/countries.mjs';
import { PROFESSIONS } from './data/professions/index.mjs';
import * as C from './data/common.mjs';
import { SPECIALTY, local, untag } from './text.mjs';

export const byName = new Map(PROFESSIONS.map((p) => [p.id, p]));

export const levelIndex = (level) => C.LEVELS.indexOf(level);

export const professionLevels = (prof) => prof.levels ?? C.LEVELS.filter((l) => prof.titles?.[l]);

export const ladderOf = (prof) => C.LEVELS.filter((l) => prof.titles?.[l]);

/** Chance of a section: profession, then sector, then the default. */
export function chance(P, section) {
  const p = P.prof.sections?.[section] ?? P.sector.sections?.[section] ?? C.SECTION_DEFAULTS[section] ?? 0;
  return P.rng.chance(p);
}

export const linkChance = (P, link) => P.prof.links?.[link] ?? P.field?.[link] ?? P.sector.links?.[link] ?? 0;

export function pickField(rng, prof) {
  if (!prof.fields) return null;
  const f = rng.pick(prof.fields);
  return typeof f === 'string' ? { field: f } : { ...f };
}

/** Template variables for a person; list-valued field variables are narrowed so bullets and skills agree. */
export function personVars(P, prof) {
  const { rng } = P;
  const research = P.research ?? {};
  const fieldVars = {};
  // A developer works in two or three of their field's languages, not all of them; a student's major keeps its lists.
  for (const [k, v] of Object.entries(P.field ?? {})) {
    fieldVars[k] = Array.isArray(v) && typeof v[0] === 'string' && !prof.mode ? rng.sample(v, rng.int(2, 3)) : v;
  }
  const researchVars = Object.fromEntries(Object.entries(research).filter(([k]) => !['titles', 'skills', 'employers', 'kind'].includes(k)));
  const tools = Object.values(research.skills ?? {}).at(-1);
  return {
    ...professionVars(P, prof),
    ...researchVars,
    ...fieldVars,
    topic: research.topics ?? [],
    venue: research.venues ?? [],
    tool: tools ?? [],
    years: () => String(P.years),
    School: () => P.School ?? generalUni(rng, P.country),
  };
}

/** Variables every template may use, for a profession (also for earlier jobs in another trade). */
export function professionVars(P, prof) {
  const { rng, country } = P;
  const noun = local([prof.noun ?? 'professional'].flat(), P.cc);
  return {
    noun: rng.pick(noun.length ? noun : [prof.noun].flat()),
    team: prof.team ?? 'staff',
    domain: local(prof.domain ?? ['their field'], P.cc),
    focus: local(prof.focus ?? ['daily operations'], P.cc),
    adj: P.sector.adj,
    field: P.field?.field ?? '',
    City: P.city.city,
    StateName: country.regions?.[P.city.region] ?? P.city.region ?? country.name,
    Country: country.name,
    cur: country.currency,
    S: () => surname(rng, P.cc),
    S2: () => surname(rng, P.cc),
    P: C.PLACE_WORDS,
    Co: () => (rng.chance(0.5) ? suffix(rng.pick(country.suffixes)) : ''),
    uni: () => generalUni(rng, country),
    college: () => generalCollege(rng, country),
    highschool: () => rng.pick(country.schools),
  };
}

export const suffix = (s) => (s.startsWith(',') ? s : ` ${s}`);

export const generalCollege = (rng, country) => untag(rng.pick(country.colleges.filter((c) => !SPECIALTY.test(c))));

export const generalUni = (rng, country) => untag(rng.pick(country.unis.filter((u) => !SPECIALTY.test(u))));

export function surname(rng, cc) {
  const culture = CULTURES[rng.weighted(COUNTRIES[cc].cultures)];
  return familyForms(rng.pick(culture.family)).m;
}
