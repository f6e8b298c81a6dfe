// Invented people for the generated corpus, written as JSON Resume v1.0.0 (https://jsonresume.org/schema).
//
// generatePeople({ count, seed }) deals professions and seniority levels out evenly, then builds each person from their
// own random stream: a name from one of many cultures, a home in one of ~24 countries, a career timeline that holds
// together (education before or overlapping the first jobs, jobs newest first, at most one current), and the sections
// a person of that profession and level would write. The steps live in ./people/*.mjs, the data in ./people/data/
// (template syntax: ./people/data/common.mjs).

import { Random } from './random.mjs';
import { CULTURE_HOMES } from './people/data/names.mjs';
import { COUNTRIES } from './people/data/countries.mjs';
import { PROFESSIONS, RESEARCH_FIELDS } from './people/data/professions/index.mjs';
import * as C from './people/data/common.mjs';
import { chance, personVars, pickField, professionLevels } from './people/context.mjs';
import { basics, makeName } from './people/basics.mjs';
import { careerLife, phdLife, studentLife } from './people/career.mjs';
import {
  awards, certificates, interests, languages, projects, publications, references, skills, volunteering,
} from './people/sections.mjs';

/**
 * People `p001`, `p002`, … as { id, profession, level, resume }, deterministic for a seed; a longer run starts with the
 * same people as a shorter one.
 */
export function generatePeople({ count, seed }) {
  const root = new Random(`people|${seed}`);
  const nextProfession = dealer(root.fork('professions'), PROFESSIONS.flatMap((p) => Array(p.share ?? 1).fill(p)));
  const levelDealers = new Map();
  const taken = new Set();
  const people = [];
  for (let i = 1; i <= count; i++) {
    const id = `p${String(i).padStart(3, '0')}`;
    const prof = nextProfession();
    if (!levelDealers.has(prof.id)) levelDealers.set(prof.id, dealer(root.fork(`levels|${prof.id}`), levelDeck(prof)));
    const level = levelDealers.get(prof.id)();
    people.push({ id, profession: prof.id, level, resume: makePerson(root.fork(id), prof, level, taken) });
  }
  return people;
}

/** Deals items from a shuffled deck, reshuffling when it runs out, so every item comes up as often as the others. */
function dealer(rng, items) {
  let deck = [];
  return () => {
    if (!deck.length) deck = rng.shuffle([...items]);
    return deck.pop();
  };
}

/** A deck of a profession's levels, with each level as often as its weight says. */
function levelDeck(prof) {
  return professionLevels(prof).flatMap((l) => Array(Math.round(C.LEVEL_WEIGHTS[l] * 4)).fill(l));
}

/**
 * One person's JSON Resume. P carries the person while they are built: place, name, field, writing habits (how precise
 * their dates are, whether bullets end with a full stop, how wordy they are) and what they have already written.
 */
function makePerson(rng, prof, level, taken) {
  const P = { rng, prof, level, sector: C.SECTORS[prof.sector] };
  P.cc = rng.weighted(Object.entries(COUNTRIES).map(([cc, c]) => [cc, c.weight]));
  P.country = COUNTRIES[P.cc];
  P.city = rng.pick(P.country.cities);
  P.culture = rng.weighted(P.city.cultures ?? P.country.cultures);
  P.gender = rng.chance(0.5) ? 'f' : 'm';
  P.name = makeName(rng, P.culture, P.gender, P.cc, taken);
  // Some grew up elsewhere: they studied, and perhaps started work, in their home country.
  const homes = (CULTURE_HOMES[P.culture] ?? []).filter((h) => h !== P.cc);
  const native = (CULTURE_HOMES[P.culture] ?? []).includes(P.cc);
  P.home = homes.length && !native && rng.chance(level === 'student' ? 0.15 : 0.35) ? rng.pick(homes) : P.cc;
  P.field = pickField(rng, prof);
  P.research = RESEARCH_FIELDS[prof.pubs === 'field' ? P.field?.field : prof.pubs];
  P.precision = rng.weighted([['month', 80], ['day', 7], ['year', 13]]);
  P.eduPrecision = rng.chance(0.55) ? P.precision : 'year';
  P.period = rng.chance(0.45);
  P.wordy = rng.pick([0.05, 0.15, 0.3]);
  P.usedTails = new Set();
  P.usedBullets = new Set();
  P.spans = [];
  P.vars = personVars(P, prof);

  if (prof.mode === 'student') studentLife(P);
  else if (prof.mode === 'phd') phdLife(P);
  else careerLife(P);

  const skillGroups = skills(P);
  const resume = { basics: basics(P), work: P.work };
  const sections = {
    volunteer: chance(P, 'volunteer') ? volunteering(P) : [],
    education: P.education,
    awards: chance(P, 'awards') ? awards(P) : [],
    certificates: chance(P, 'certificates') ? certificates(P) : [],
    publications: chance(P, 'publications') ? publications(P) : [],
    skills: skillGroups,
    languages: languages(P),
    interests: chance(P, 'interests') ? interests(P) : [],
    references: chance(P, 'references') ? references(P) : [],
    projects: chance(P, 'projects') ? projects(P) : [],
  };
  for (const [k, v] of Object.entries(sections)) if (v.length) resume[k] = v;
  return resume;
}
