// A person's name, contact details, links and summary: JSON Resume basics.

import { CULTURES, familyForms } from './data/names.mjs';
import * as C from './data/common.mjs';
import { ascii, compact, fill, pattern, plainLetters, randomChars } from './text.mjs';
import { levelIndex, linkChance } from './context.mjs';

/** Cultures in which people sometimes join two family names with a hyphen. */
const HYPHENATING = new Set(['anglo', 'german', 'french', 'polish', 'dutch', 'spanish']);

/** A full name from a culture, not yet taken by anyone else in the corpus, with the pieces handles are built from. */
export function makeName(rng, key, gender, cc, taken) {
  const c = CULTURES[key];
  for (;;) {
    let given = rng.pick(c[gender]);
    const forms = familyForms(rng.pick(c.family));
    let family = forms[gender];
    let familyMain = family;
    if (c.doubleFamily && rng.chance(c.doubleFamily)) family += ` ${familyForms(rng.pick(c.family))[gender]}`;
    else if (HYPHENATING.has(key) && rng.chance(0.06)) family += `-${familyForms(rng.pick(c.family))[gender]}`;
    // People in the US often drop accents from Spanish and Vietnamese names.
    if ((key === 'latam' && cc === 'US' && rng.chance(0.4)) || (key === 'vietnamese' && rng.chance(0.3))) {
      given = plainLetters(given);
      family = plainLetters(family);
      familyMain = plainLetters(familyMain);
    }
    const northAmerica = cc === 'US' || cc === 'CA';
    const middle = !c.doubleFamily && rng.chance(northAmerica ? 0.12 : 0.03) ? `${rng.pick('ABCDEFGHJKLMNPRSTW')}.` : undefined;
    const sfx = gender === 'm' && cc === 'US' && ['anglo', 'latam', 'filipino'].includes(key) && rng.chance(0.06)
      ? rng.pick(['Jr.', 'Jr.', 'III', 'II', 'Sr.']) : undefined;
    const familyFirst = key === 'chinese' && cc === 'SG' && rng.chance(0.5);
    const full = familyFirst ? `${family} ${given}`
      : [given, middle, family].filter(Boolean).join(' ') + (sfx ? `${rng.chance(0.7) ? ' ' : ', '}${sfx}` : '');
    if (taken.has(full)) continue;
    taken.add(full);
    return { full, given, middle, family: familyMain, umlautAsE: !!c.umlautAsE, language: forms.language ?? c.languages[0] };
  }
}

/** The lowercase ASCII pieces e-mail addresses and handles are built from. */
function handleParts(P) {
  const clean = (s) => ascii(s, P.name.umlautAsE).toLowerCase().replace(/[^a-z]/g, '');
  const first = clean(P.name.given.split(' ')[0]);
  const last = clean(P.name.family);
  return { first, last, f: first[0], l: last[0], m: P.name.middle ? P.name.middle[0].toLowerCase() : '' };
}

function email(P, site) {
  const { rng } = P;
  const { first, last, f, m } = handleParts(P);
  const nn = String(rng.int(1, 99)).padStart(2, '0');
  const box = rng.weighted([
    [`${first}.${last}`, 30], [`${first}${last}`, 15], [`${f}${last}`, 12], [`${first}.${last}${nn}`, 8], [`${first}_${last}`, 5],
    [`${last}.${first}`, 5], [`${first}${last[0]}`, 4], [`${f}.${last}`, 6], [`${first}-${last}`, 3], [`${last}${f}`, 4],
    [`${first}${nn}`, 3], [m ? `${first}.${m}.${last}` : `${first}.${last}`, 3],
  ]);
  if (P.level === 'student' || P.prof.mode === 'phd') {
    if (rng.chance(0.5)) return `${box}@${rng.pick(['student.example.edu', 'example.edu', 'u.example.edu', 'alumni.example.edu'])}`;
  }
  if (site && rng.chance(0.4)) return `${rng.pick(['hello', 'contact', first, 'mail'])}@${site}`;
  const providers = [...P.country.mail, 'gmail.com', 'outlook.com'];
  return `${box}@${rng.chance(0.55) ? rng.pick(C.FICTIONAL_MAIL) : rng.pick(providers)}`;
}

function phone(P) {
  const { rng, country, city } = P;
  const ph = country.phone;
  if (ph.nanp) return nanpPhone(P);
  const mobiles = city.mobile ? [city.mobile] : ph.mobile;
  const land = city.land === null ? null : city.land ?? ph.land;
  const useLand = !!land && (!mobiles.length || rng.chance(0.2));
  const nsn = pattern(rng, (useLand ? land : rng.pick(mobiles)).replace(/A/g, city.area));
  const style = rng.weighted(useLand && ph.landStyles ? ph.landStyles : ph.styles);
  const [head, ...rest] = nsn.split(' ');
  const digits = nsn.replace(/\D/g, '');
  switch (style) {
    case 'intl': return `+${ph.cc} ${nsn}`;
    case 'national': return `${ph.trunk}${nsn}`;
    case 'intl0': return `+${ph.cc} (${ph.trunk})${nsn}`;
    case 'slash': return `${ph.trunk}${head}/${rest.join('')}`;
    case 'paren': return `(${ph.trunk}${head}) ${rest.join(' ')}`;
    case 'trunkParen': return `${ph.trunk} (${head}) ${rest.join(' ')}`;
    case 'dash': return `${ph.trunk}${head}-${rest.join(' ')}`;
    case 'dashCompact': return `${ph.trunk}${head}-${rest.join('')}`;
    case 'dots': return `${ph.trunk}${nsn.replace(/ /g, '.')}`;
    case 'compactIntl': return `+${ph.cc}${digits}`;
    case 'intlDash': return `+${ph.cc} ${nsn.replace(/ /g, '-')}`;
    case 'bare': return digits;
    default: throw new Error(`unknown phone style ${style}`);
  }
}

/** North American numbers: the city's area code, a valid exchange, and now and then a fictional 555-01xx line. */
function nanpPhone(P) {
  const { rng } = P;
  const area = rng.pick(P.city.area.split(' '));
  let exchange;
  let line;
  if (P.cc === 'US' && rng.chance(0.12)) {
    exchange = '555';
    line = `01${rng.int(0, 9)}${rng.int(0, 9)}`;
  } else {
    do exchange = `${rng.int(2, 9)}${rng.int(0, 9)}${rng.int(0, 9)}`;
    while (exchange.endsWith('11') || exchange === '555');
    line = String(rng.int(0, 9999)).padStart(4, '0');
  }
  const style = rng.weighted([
    ['(A) E-L', 35], ['A-E-L', 25], ['+1 A E L', 10], ['A.E.L', 8], ['+1 (A) E-L', 12], ['+1-A-E-L', 5], ['+1 A-E-L', 5],
  ]);
  return style.replace('A', area).replace('E', exchange).replace('L', line);
}

function personalSite(P) {
  const { rng } = P;
  const { first, last } = handleParts(P);
  const design = P.prof.sector === 'design';
  const tech = P.prof.sector === 'tech';
  return rng.weighted([
    [`${first}${last}.com`, 3], [`${first}-${last}.dev`, tech ? 3 : 0.3], [`${last}.dev`, tech ? 1 : 0],
    [`${first}${last}.me`, 2], [`${first}${last}.design`, design ? 3 : 0], [`${first}${last}.studio`, design ? 1 : 0],
    [`${first}${last}.github.io`, tech || P.prof.sector === 'academia' ? 2 : 0], [`${first}${last}.net`, 1],
  ]);
}

function profiles(P) {
  const { rng } = P;
  const { first, last, f } = handleParts(P);
  const list = [];
  const add = (network, username, url) => list.push(compact({ network, username, url }));
  const gh = rng.pick([`${first}${last}`, `${f}${last}`, `${last}-${first}`, `${first}-dev`, `${first}${last}${rng.int(1, 99)}`]);
  P.github = rng.chance(linkChance(P, 'github')) ? gh : undefined;

  if (rng.chance(linkChance(P, 'linkedin'))) {
    // LinkedIn's own suggestion adds a random suffix, which also keeps handles off real people's.
    const handle = rng.chance(0.55) ? `${first}-${last}-${randomChars(rng, '0123456789abcdef', 6)}`
      : rng.pick([`${first}${last}`, `${first}-${last}`, `${f}${last}${rng.int(1, 99)}`]);
    const prefix = rng.weighted([['https://www.linkedin.com/in/', 2], ['https://linkedin.com/in/', 1]]);
    add('LinkedIn', handle, `${prefix}${handle}${rng.chance(0.1) ? '/' : ''}`);
  }
  if (P.github) add('GitHub', P.github, `https://github.com/${P.github}`);
  if (rng.chance(linkChance(P, 'twitter') || 0.03)) { // a few people of every trade post on X
    const handle = `${first}${rng.pick(['', '_', last[0]])}${rng.int(1, 999)}`;
    if (rng.chance(0.5)) add('Twitter', handle, `https://twitter.com/${handle}`);
    else add('X', handle, `https://x.com/${handle}`);
  }
  if (rng.chance(linkChance(P, 'behance'))) add('Behance', `${first}${last}`, `https://www.behance.net/${first}${last}`);
  if (rng.chance(linkChance(P, 'dribbble'))) add('Dribbble', `${first}_${last}`, `https://dribbble.com/${first}_${last}`);
  if (rng.chance(linkChance(P, 'instagram'))) {
    const handle = `${first}.${rng.pick(['cooks', 'makes', 'studio', last])}`;
    add('Instagram', handle, `https://www.instagram.com/${handle}`);
  }
  if (rng.chance(linkChance(P, 'kaggle'))) add('Kaggle', `${first}${last}`, `https://www.kaggle.com/${first}${last}`);
  if (rng.chance(linkChance(P, 'orcid'))) {
    const id = orcid(rng);
    add('ORCID', id, `https://orcid.org/${id}`);
  }
  if (rng.chance(linkChance(P, 'scholar'))) {
    const user = `${randomChars(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 7)}AAAAJ`;
    add('Google Scholar', undefined, `https://scholar.google.com/citations?user=${user}`);
  }
  return list;
}

/** An ORCID iD with a valid check digit, in the unassigned 0000-0009 block so it names nobody. */
function orcid(rng) {
  const base = `00000009${Array.from({ length: 7 }, () => rng.int(0, 9)).join('')}`;
  let total = 0;
  for (const d of base) total = (total + Number(d)) * 2;
  const check = (12 - (total % 11)) % 11;
  const all = base + (check === 10 ? 'X' : String(check));
  return all.match(/.{4}/g).join('-');
}

export function basics(P) {
  const { rng } = P;
  const site = rng.chance(linkChance(P, 'url')) ? personalSite(P) : undefined;
  const location = compact({
    ...address(P),
    city: P.city.city,
    countryCode: P.cc,
    region: rng.chance(0.85) ? P.city.region : undefined,
  });
  return compact({
    name: P.name.full,
    label: rng.chance(0.95) ? P.label : undefined,
    email: email(P, site),
    phone: rng.chance(0.9) ? phone(P) : undefined,
    url: site ? `https://${site.endsWith('.github.io') || rng.chance(0.6) ? '' : 'www.'}${site}` : undefined,
    summary: rng.chance(P.level === 'student' ? 0.7 : 0.8) ? personSummary(P) : undefined,
    location,
    profiles: profiles(P),
  });
}

function address(P) {
  const { rng, country, city } = P;
  const withStreet = rng.chance(0.2);
  const postal = city.postal && (withStreet || rng.chance(0.1)) ? pattern(rng, city.postal) : undefined;
  if (!withStreet) return { postalCode: postal };
  const n = P.cc === 'US' || P.cc === 'CA' ? rng.int(12, 9800) : rng.int(1, 180);
  let line = fill(rng, country.address, { n: String(n), street: country.streets });
  if (country.unit && rng.chance(0.3)) line += fill(rng, rng.pick(country.unit), {});
  return { address: line, postalCode: postal };
}

function personSummary(P) {
  const { rng, prof, level } = P;
  // "Case management" reads "case management" mid-sentence; names like "QuickBooks" or "Google Analytics" keep their capitals.
  const skillWords = (P.skillKeywords ?? []).filter((k) => k.length < 40)
    .map((k) => (/^[A-Z][a-z-]+( [a-z][\w-]*)+$/.test(k) ? k[0].toLowerCase() + k.slice(1) : k));
  const vars = { ...P.vars, skill: skillWords.length >= 3 ? skillWords : ['communication', 'teamwork', 'problem solving'] };
  const parts = [];
  if (prof.mode === 'student') {
    parts.push(fill(rng, rng.pick(C.STUDENT_SUMMARIES[P.graduated ? 'graduated' : 'studying']), vars));
  }
  else if (prof.summaries) parts.push(fill(rng, rng.pick(prof.summaries), vars));
  else {
    const stage = level === 'entry' ? 'early' : levelIndex(level) >= levelIndex('lead') ? 'lead' : 'mid';
    // Newcomers describe themselves by the job they hold ("server", "apprentice electrician"), not the profession's goal.
    const title = P.work[0]?.position ?? '';
    if (stage === 'early' && /^[A-Z][a-z]+( [A-Z][a-z]+)*$/.test(title)) {
      vars.noun = title.replace(/^(Junior|Graduate|Associate|Trainee) /, '').toLowerCase();
    }
    parts.push(fill(rng, rng.pick(C.SUMMARY_OPENERS[stage]), vars));
  }
  if (rng.chance(0.6)) parts.push(fill(rng, rng.pick(C.SUMMARY_SKILLS), vars));
  if (rng.chance(0.25)) parts.push(fill(rng, rng.pick(C.SUMMARY_TRAITS), vars));
  else if (levelIndex(level) <= levelIndex('mid') && rng.chance(0.2)) parts.push(fill(rng, rng.pick(C.SUMMARY_GOALS), vars));
  return parts.join(' ');
}
