// Work histories: career slots up a profession's ladder, employers and their places, bullets; students and PhD candidates.

import { COUNTRIES } from './data/countries.mjs';
import * as C from './data/common.mjs';
import { NOW, iso, monthOf, toMonth, yearOf } from './calendar.mjs';
import { TAG, capitalise, compact, fill, forCountry, local, slug, suits, untag } from './text.mjs';
import { byName, generalCollege, generalUni, ladderOf, levelIndex, professionVars, suffix, surname } from './context.mjs';
import { PROFESSIONAL, UNIVERSITY, educationEntries, educationSteps, placeEducation } from './schooling.mjs';

const sum = (xs) => xs.reduce((a, b) => a + b, 0);

/** A working person: education, then jobs from their first to now, stepping up the profession's ladder. */
export function careerLife(P) {
  const { rng, prof, level } = P;
  const [y0, y1] = C.LEVEL_YEARS[level];
  P.years = rng.int(Math.max(y0, 1), Math.max(y1, 1));
  P.careerStart = NOW - P.years * 12 - rng.int(0, 10);
  if (level === 'entry') {
    P.careerStart = NOW - rng.int(3, 26);
    P.years = Math.max(1, Math.round((NOW - P.careerStart) / 12));
  }
  const path = rng.pick(forCountry(prof.edu, P.home));
  const steps = placeEducation(P, educationSteps(P, path), { lastEnd: P.careerStart - rng.int(0, 3) });

  const slots = careerSlots(P);
  const ladder = ladderOf(prof);
  const top = Math.max(0, ladder.indexOf(level));
  const drop = top === 0 ? 0 : rng.int(Math.ceil(top / 2), top);
  slots.forEach((s, i) => { s.rank = top - Math.round((drop * i) / Math.max(1, slots.length - 1)); });

  // Earlier jobs: some people started in another line of work, and immigrants started in their home country.
  const last = slots.length - 1;
  const professional = steps.some((s) => PROFESSIONAL.has(s.lvl));
  if (slots.length > 1 && !professional && rng.chance(level === 'entry' ? 0.25 : 0.15)) {
    slots[last].prof = byName.get(rng.pick(C.STARTER_JOBS));
  }
  const homeRoles = P.home !== P.cc && !P.studiedAbroad ? rng.int(0, Math.min(2, last)) : 0;
  for (let i = 0; i < homeRoles; i++) slots[last - i].cc = P.home;

  // A person with schoolRoles (researchers) often worked in their last degree's lab.
  const lastDegree = steps.filter((s) => !s.later).at(-1);
  P.School = lastDegree?.institution;
  const extra = [];
  if (prof.schoolRoles && lastDegree && rng.chance(0.5)) {
    extra.push({ start: lastDegree.start + 12, end: lastDegree.end, school: lastDegree, title: rng.pick(prof.schoolRoles) });
  }
  if (level === 'entry' && prof.intern && lastDegree && UNIVERSITY.has(lastDegree.lvl) && rng.chance(0.6)) {
    const endMonth = COUNTRIES[lastDegree.cc].academic[1];
    for (let k = 1; k <= rng.int(1, 2); k++) {
      const start = toMonth(yearOf(lastDegree.end) - k, endMonth) + 1;
      if (start > lastDegree.start) extra.push({ start, end: start + 2, intern: true, cc: lastDegree.cc });
    }
  }
  P.work = buildRoles(P, [...slots, ...extra]);
  P.label = rng.pick(prof.labels ? prof.labels.map((l) => fill(rng, l, { ...P.vars, title: P.work[0].position })) : [P.work[0].position]);
  P.education = educationEntries(P, steps);
}

/** Time slots for jobs from the career start to now, newest first, with occasional gaps between them. */
function careerSlots(P) {
  const { rng, level } = P;
  const employed = level === 'exec' || rng.chance(0.85);
  // Between jobs for a few months, but never before the first one started.
  const end = employed ? NOW : Math.min(NOW - 1, Math.max(P.careerStart + 4, NOW - rng.int(1, 8)));
  const span = end - P.careerStart + 1;
  const [lo, hi] = P.prof.roles ?? C.LEVEL_ROLES[level];
  const n = Math.max(1, Math.min(rng.int(lo, hi), Math.floor(span / 8)));
  let gaps = Array.from({ length: n - 1 }, () => (rng.chance(0.2) ? rng.int(2, 10) : 0));
  if (span - sum(gaps) < n * 6) gaps = gaps.map(() => 0);
  const working = span - sum(gaps);
  const weights = Array.from({ length: n }, () => 0.5 + rng.next());
  const lengths = weights.map((w) => Math.max(4, Math.round((working * w) / sum(weights))));
  lengths[lengths.indexOf(Math.max(...lengths))] += working - sum(lengths);

  const slots = [];
  let finish = end;
  for (let i = 0; i < n; i++) {
    const start = finish - lengths[i] + 1;
    slots.push({ start, end: i === 0 && employed ? null : finish, gapBefore: gaps[i] ?? 0 });
    finish = start - 1 - (gaps[i] ?? 0);
  }
  return slots;
}

/** Most recent first: the current job on top, then by end date, then by start date. */
const newestFirst = (a, b) => (b.end ?? Infinity) - (a.end ?? Infinity) || b.start - a.start;

/** Turns time slots into work entries: employer, title, place, bullets. Returns them newest first. */
function buildRoles(P, slots) {
  const { rng } = P;
  slots.sort(newestFirst);
  const used = new Set();
  let newer = null;
  return slots.map((slot, i) => {
    const starter = !!slot.prof;
    const prof = slot.prof ?? P.prof;
    const cc = slot.school?.cc ?? slot.cc ?? P.cc;
    const ladder = ladderOf(prof);
    const rank = starter ? 0 : Math.min(slot.rank ?? 0, ladder.length - 1);
    const level = ladder[rank] ?? 'entry';
    let city = cityFor(P, cc, newer, i);
    const vars = { ...P.vars, ...(starter ? professionVars(P, prof) : {}), City: city.city };
    const titles = slot.title ? [slot.title] : slot.intern ? prof.intern : local(prof.titles[level], cc);
    const position = fill(rng, rng.pick(titles), vars);
    let name;
    let placeless = false;
    let invented = false;
    // A promotion: the same employer as the next job up, with no gap in between.
    const promoted = newer && !starter && !newer.starter && !newer.school && newer.cc === cc && newer.rank > rank && !slot.gapBefore;
    if (promoted && !slot.intern && rng.chance(0.3)) {
      ({ name, city, placeless } = newer);
    } else if (slot.school) name = slot.school.institution;
    else {
      // Owners run a business that usually carries their own name.
      const found = employer(P, prof, cc, city, used, /\bOwner\b|Founder|Founding Partner/.test(position));
      name = found.name;
      city = found.place ?? city;
      placeless = !!found.placeless;
      invented = found.invented;
    }
    used.add(name);
    vars.City = city.city;
    Object.assign(slot, { name, city, cc, rank, starter, placeless, invented });
    newer = slot;
    // A job in the lab of one's own degree reads like a PhD candidate's.
    const bulletPool = slot.school ? byName.get('phd-student').bullets : undefined;
    return roleEntry(P, { ...slot, prof, position, level, vars, index: i, bullets: bulletPool });
  });
}

/** Where a job was: the current one where the person lives, earlier ones often where the next one was. */
function cityFor(P, cc, newer, index) {
  const { rng } = P;
  const cities = COUNTRIES[cc].cities;
  if (index === 0 && cc === P.cc && rng.chance(0.95)) return P.city;
  if (newer && newer.cc === cc && rng.chance(0.65)) return newer.city;
  return rng.pick(cities);
}

/** An employer for a job in a city: its name, and where it is when the name ties it to a place. */
function employer(P, prof, cc, city, used, own = false) {
  const { rng } = P;
  const country = COUNTRIES[cc];
  // Names come from the job's country, which for an immigrant's first jobs is not where they live now.
  const vars = {
    ...P.vars,
    City: city.city,
    cur: country.currency,
    S: () => (own ? P.name.family : surname(rng, cc)),
    S2: () => surname(rng, cc),
    Co: () => (rng.chance(0.5) ? suffix(rng.pick(country.suffixes)) : ''),
    uni: () => generalUni(rng, country),
    college: () => generalCollege(rng, country),
    highschool: () => rng.pick(country.schools),
  };
  // '{institute}' stands for the research field's own institutions that are in this country, or else a university.
  const institutes = (P.research?.employers ?? []).filter((s) => suits(s, [cc]));
  const fixed = forCountry(prof.employers, cc).flatMap((e) => (e !== '{institute}' ? [e] : institutes.length ? institutes : ['{uni}']))
    .filter((s) => suits(s, [cc]));
  const localPatterns = forCountry(prof.patterns, cc).filter((s) => suits(s, [cc]));
  const ownPatterns = localPatterns.filter((s) => s.includes('{S}') && !s.includes('Sons'));
  const patterns = own && ownPatterns.length ? ownPatterns : localPatterns;
  // English-speaking countries see more of the fixed (mostly English) names; elsewhere local patterns read better.
  const preferPatterns = country.language === 'English' ? 0.45 : 0.7;
  for (let tries = 0; tries < 20; tries++) {
    const raw = rng.pick(patterns.length && (own || !fixed.length || rng.chance(preferPatterns)) ? patterns : fixed);
    const name = fill(rng, untag(raw), vars);
    // Nobody worked for "Hall & Sons" by chance when their own name is Hall, unless they own it.
    if (used.has(name) || (!own && name.includes(P.name.family))) continue;
    const tagCity = TAG.exec(raw)?.[3];
    const place = employerPlace(rng, name, cc, tagCity);
    // An employer in a town we do not list (Broad Institute, Cambridge MA), or a school whose town we cannot tell, is
    // better left without a location than given a wrong one.
    return { name, place, placeless: !place && (!!tagCity || INSTITUTIONS.has(`${cc}|${name}`)), invented: patterns.includes(raw) };
  }
  return { name: `${surname(rng, cc)} ${capitalise(untag([prof.noun ?? 'Services'].flat()[0]))}` };
}

/** Institution names by country, with the US state or Canadian province their entry is tagged with. */
const INSTITUTIONS = new Map(Object.entries(COUNTRIES).flatMap(([cc, c]) =>
  [...c.unis, ...c.colleges, ...c.schools].map((s) => [`${cc}|${untag(s)}`, TAG.exec(s)?.[2]])));

/** Where an employer is: the city its tag names, a city its name contains, or a city in its state or province. */
function employerPlace(rng, name, cc, tagCity) {
  const cities = COUNTRIES[cc].cities;
  if (tagCity) return cities.find((c) => c.city === tagCity);
  const region = INSTITUTIONS.get(`${cc}|${name}`);
  const pool = region ? cities.filter((c) => c.region === region) : cities;
  // Of several cities in the state we cannot tell which, so only a state with one listed city gives a place.
  return pool.find((c) => name.includes(c.city)) ?? (region && pool.length === 1 ? pool[0] : undefined);
}

/** A JSON Resume work entry for a placed role: location as people write it, an optional summary, bullets. */
function roleEntry(P, role) {
  const { rng } = P;
  const { prof, cc, city } = role;
  P.spans.push({ name: role.name, start: role.start, end: role.end ?? NOW });
  const country = COUNTRIES[cc];
  let location;
  if (!role.school && !role.placeless && rng.chance(0.85)) {
    if (prof.sector === 'tech' && role.index === 0 && rng.chance(0.12)) {
      location = rng.pick(['Remote', `Remote (${country.name})`, `${city.city} (Hybrid)`]);
    }
    else if (country.display === 'region' && city.region) location = `${city.city}, ${city.region}`;
    else if (Array.isArray(country.display)) {
      const countryName = rng.pick(country.display);
      location = rng.chance(0.15) || countryName === city.city ? city.city : `${city.city}, ${countryName}`;
    }
    else location = `${city.city}, ${country.name}`;
  }
  // Students' jobs speak through bullets; others sometimes describe the employer or their duties in a sentence.
  const wantSummary = !role.intern && rng.chance(0.16);
  // Descriptions of the employer only suit invented ones; a real company is what it is.
  const summary = wantSummary
    ? fill(rng, rng.pick(role.invented && prof.orgs && rng.chance(0.5) ? prof.orgs : prof.duties ?? C.ROLE_DUTIES), role.vars) : undefined;
  const range = role.intern || role.starter ? [1, 3]
    : role.level === 'entry' ? [1, 4] : [[2, 6], [1, 5], [0, 4]][role.index] ?? [0, 3];
  const count = wantSummary && rng.chance(0.4) ? 0 : rng.int(range[0], range[1]);
  return compact({
    name: role.name,
    position: role.position,
    location,
    url: rng.chance(0.04) ? `https://www.${slug(role.name)}.example.com` : undefined,
    startDate: iso(rng, role.start, P.precision),
    endDate: role.end === null ? undefined : iso(rng, Math.min(role.end, NOW), P.precision),
    summary,
    highlights: bullets(P, prof, role, count),
  });
}

/** Sectors whose professionals write long, clause-heavy bullets. */
const TAILED = new Set([
  'trades', 'health', 'finance', 'legal', 'tech', 'sales', 'hr', 'logistics', 'construction', 'design', 'admin', 'support', 'social',
]);

/** Highlights for a role, drawn from the profession's templates without repeating any across the resume. */
function bullets(P, prof, role, count) {
  const { rng } = P;
  if (!count) return [];
  const fresh = (list) => local(list ?? [], role.cc).filter((b) => !P.usedBullets.has(b));
  const junior = role.level === 'entry' || role.intern;
  // Juniors describe junior work (the trade's everyday work when it has no junior list); seniors add leading people.
  const chosen = role.bullets ? rng.sample(fresh(role.bullets), count)
    : junior ? rng.sample(fresh(prof.juniorBullets ?? prof.bullets), count)
    : rng.sample(fresh([
      ...(prof.bullets ?? []),
      ...(levelIndex(role.level) >= levelIndex('senior') ? prof.seniorBullets ?? [] : []),
      ...(levelIndex(role.level) >= levelIndex('lead') ? prof.leadBullets ?? [] : []),
      ...(levelIndex(role.level) >= levelIndex('lead') && prof.sector !== 'academia' ? C.LEAD_BULLETS : []),
      ...(levelIndex(role.level) >= levelIndex('lead') && C.SHIFT_SECTORS.has(prof.sector) ? C.SHIFT_LEAD_BULLETS : []),
    ]), count);
  return chosen.map((b) => {
    P.usedBullets.add(b);
    let text = capitalise(fill(rng, b, role.vars));
    // Some people write long bullets that wrap to a second line.
    if (TAILED.has(prof.sector) && levelIndex(role.level) >= levelIndex('mid') && rng.chance(P.wordy) && text.split(' ').length < 20) {
      const tail = rng.pick(C.BULLET_TAILS);
      if (!P.usedTails.has(tail)) text += fill(rng, tail, { ...role.vars, partners: prof.partners ?? P.sector.partners });
      P.usedTails.add(tail);
    }
    return P.period ? `${text}.` : text;
  });
}

const YEAR_WORDS = ['First', 'Second', 'Third', 'Fourth', 'Fifth'];

/** A university student: current degree, part-time and summer jobs, internships once a year of study is done. */
export function studentLife(P) {
  const { rng, country } = P;
  const [startMonth, endMonth] = country.academic;
  const length = country.bachelorYears ?? 4;
  const yearOfStudy = rng.int(1, length);
  const firstYear = yearOf(NOW) - yearOfStudy + (monthOf(NOW) >= startMonth ? 1 : 0);
  const start = toMonth(firstYear, startMonth);
  P.years = 0;
  P.careerStart = start;
  const major = P.field;
  const steps = [{ lvl: 'hs' }, { lvl: 'bachelor', area: major.field }];
  placeEducation(P, steps, { ongoingStart: start });
  steps[1].end = toMonth(firstYear + length - (startMonth > endMonth ? 0 : 1), endMonth);
  P.graduated = steps[1].end <= NOW;
  P.School = steps[1].institution;
  if (rng.chance(0.6)) steps[1].courses = rng.sample(major.courses, rng.int(4, 7));
  if (rng.chance(0.3)) steps.shift();
  P.vars.Year = YEAR_WORDS[Math.min(yearOfStudy, length) - 1];
  P.vars.course = major.courses;
  P.vars.aspire = major.aspire;

  const slots = [];
  // Summer breaks from the one before university to now; internships come once a year of study is done.
  const summers = [];
  for (let y = firstYear - 1; toMonth(y, endMonth) + 1 <= NOW; y++) {
    const from = toMonth(y, endMonth) + 1;
    if (from > start - 6) summers.push(from);
  }
  for (const from of summers) {
    const slot = { start: from, end: from + 2 };
    if (from > start + 8 && rng.chance(0.5)) slots.push({ ...slot, intern: true });
    else if (rng.chance(0.3)) slots.push({ ...slot, job: rng.pick(C.STUDENT_JOBS) });
  }
  // A term-time job, from the start of one academic year to the end of another or until now.
  if (rng.chance(0.65)) {
    const from = rng.int(firstYear, yearOf(NOW) - (monthOf(NOW) >= startMonth ? 0 : 1));
    const jobStart = toMonth(from, startMonth) + rng.int(0, 1);
    const to = rng.int(from + 1, yearOf(NOW) + 1);
    const jobEnd = toMonth(to, endMonth);
    const clash = (s) => s.start < (jobEnd > NOW ? NOW : jobEnd) && s.end > jobStart;
    const job = { start: jobStart, end: jobEnd > NOW ? null : jobEnd, job: rng.pick(C.STUDENT_JOBS) };
    if (!slots.some(clash) && (job.end !== null || !slots.some((s) => s.end >= NOW))) slots.push(job);
  }
  if (!slots.length) slots.push({ start: summers.at(-1), end: summers.at(-1) + 2, job: rng.pick(C.STUDENT_JOBS) });
  slots.sort(newestFirst);
  const kept = slots.slice(0, 3);
  for (const s of kept) if (s.end !== null && s.end >= NOW) s.end = null; // a summer job still going

  P.work = kept.map((s, i) => {
    const vars = { ...P.vars, City: P.city.city };
    const titles = s.intern ? major.intern : s.job.titles;
    const employer = rng.pick(local(s.intern ? major.internEmployers : s.job.employers, P.cc));
    return roleEntry(P, {
      // A campus job is wherever the university is, which may not be the student's home town.
      ...s, prof: P.prof, cc: P.cc, city: P.city, placeless: employer.includes('{School}'), index: i, vars, level: 'entry', intern: true,
      name: fill(rng, employer, vars), position: fill(rng, rng.pick(titles), vars),
      bullets: s.intern ? major.internBullets : s.job.bullets,
    });
  });
  const labels = P.graduated ? ['Recent {field} Graduate', '{field} Graduate', 'Aspiring {aspire}']
    : ['{field} Student', 'Undergraduate {field} Student', '{field} Major', 'Aspiring {aspire}', '{field} Undergraduate'];
  P.label = fill(rng, rng.pick(labels), P.vars);
  P.education = educationEntries(P, steps);
}

/** A PhD candidate: earlier degrees, the doctorate under way, lab and teaching jobs at their university. */
export function phdLife(P) {
  const { rng, prof } = P;
  const startMonth = COUNTRIES[P.cc].academic[0];
  const start = toMonth(yearOf(NOW) - rng.int(1, 5), startMonth);
  P.years = Math.max(1, Math.round((NOW - start) / 12));
  P.careerStart = start;
  const steps = educationSteps(P, rng.pick(forCountry(prof.edu, P.home)));
  const before = steps.slice(0, -1);
  const hadJob = rng.chance(0.3);
  placeEducation(P, steps, { ongoingStart: start, lastEnd: start - 1 });
  // Some worked for a year or two between degrees: move the earlier degrees back to make room.
  if (hadJob) for (const s of before) { s.start -= 24; s.end -= 24; }
  const phd = steps.at(-1);
  phd.end = Math.max(phd.end, NOW + rng.int(4, 20)); // still a candidate, so the doctorate ends in the future
  P.School = phd.institution;
  P.vars.Year = YEAR_WORDS[Math.min(P.years, 5) - 1];

  const slots = [{ start: start + rng.int(0, 2), end: null, title: rng.pick(prof.titles.entry), school: phd }];
  const taStart = start + 12 * rng.int(0, 1) + rng.int(0, 1);
  if (taStart + 4 < NOW && rng.chance(0.6)) {
    slots.push({ start: taStart, end: Math.min(NOW - 1, taStart + 8 + 12 * rng.int(0, 1)), title: 'Graduate Teaching Assistant',
      school: phd });
  }
  const summer = toMonth(yearOf(start) + 1, COUNTRIES[P.cc].academic[1]) + 1;
  if (summer + 2 < NOW && rng.chance(0.4)) {
    slots.push({ start: summer, end: summer + 2, title: rng.pick(['Research Intern', 'Visiting Researcher']), intern: true,
      outside: true });
  }
  if (hadJob && before.length) {
    const title = rng.pick(['Research Assistant', 'Research Analyst', 'Research Technician']);
    slots.push({ start: before.at(-1).end + 2, end: start - 2, title, outside: true });
  }
  const bachelor = steps.find((s) => s.lvl === 'bachelor');
  if (bachelor && rng.chance(0.4)) {
    slots.push({ start: bachelor.end - 12, end: bachelor.end, title: 'Undergraduate Research Assistant', school: bachelor, intern: true });
  }
  slots.sort(newestFirst);
  const used = new Set();
  P.work = slots.map((s, i) => {
    const found = s.outside ? employer(P, { employers: ['{institute}'] }, P.cc, P.city, used) : {};
    if (found.name) used.add(found.name);
    return roleEntry(P, {
      ...s, prof, cc: s.school?.cc ?? P.cc, city: found.place ?? P.city, placeless: found.placeless,
      index: i, level: 'entry', vars: { ...P.vars }, name: s.school ? s.school.institution : found.name, position: s.title,
    });
  });
  P.label = fill(rng, rng.pick(prof.labels), P.vars);
  P.education = educationEntries(P, steps);
}
