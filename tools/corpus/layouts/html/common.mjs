// Shared by the HTML layouts (the plain-text ones use the wording parts): escaping, the per-document look (fonts,
// paper, date style, bullets), section planning, one description of every entry that each layout arranges its own
// way, and the truth of what was printed.

import { DATE_STYLES, formatDate, formatRange } from '../../lib/dates.mjs';
import { SECTIONS, datesAsShown, keepBasics, keepFields, onlySections } from '../../lib/truth.mjs';

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A CSS string literal, for `content:` in page margin boxes and list markers. */
export function cssString(value) {
  return `"${String(value).replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\A ')}"`;
}

/** "https://www.linkedin.com/in/x/" → "linkedin.com/in/x", as people print their links. */
export function schemeless(url) {
  return String(url).replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^www\./, '').replace(/\/$/, '');
}

/** A link when there is a target, plain text otherwise. */
export function link(href, text) {
  return href ? `<a href="${esc(href)}">${esc(text)}</a>` : esc(text);
}

// ---------------------------------------------------------------- the look of one document

// charWidth: the average advance of a character in em, to size columns so that e-mail addresses fit.
const FONTS = [
  { family: "'Liberation Sans', Arial, sans-serif", sizes: [9.5, 10, 10.5, 11], charWidth: 0.55 },
  { family: "'DejaVu Sans', Verdana, sans-serif", sizes: [9.5, 10], charWidth: 0.62 }, // wide: larger sizes run long
  { family: "'Liberation Serif', 'Times New Roman', serif", sizes: [10.5, 11, 11.5], charWidth: 0.5 },
];

const ACCENTS = ['#1f4e79', '#2f5d50', '#7a2e2e', '#333333', '#3b4a6b', '#005f73', '#5b3b6b'];

// The word for an ongoing end date; '' leaves the range open ("2019 –").
const ONGOING = [['Present', 8], ['present', 1], ['Current', 2], ['Now', 1], ['today', 1], ['', 1]];
const RANGE_SEPARATORS = [[' – ', 6], [' - ', 3], ['–', 2], [' — ', 1], [' to ', 1]];
const BULLETS = [['•', 5], ['–', 2], ['▪', 2], ['✓', 1], ['disc', 2], ['none', 2]];

/**
 * Picks what varies between documents of one layout. `options` narrows a choice for layouts that need it:
 * dateStyles, bullets, fonts (indices into FONTS).
 */
export function pickLook(resume, rng, options = {}) {
  const font = FONTS[rng.pick(options.fonts ?? [0, 1, 2])];
  const country = resume.basics?.location?.countryCode;
  // People in the US and Canada print on Letter, most others on A4.
  const letterish = country === 'US' || country === 'CA';
  return {
    font: font.family,
    charWidth: font.charWidth,
    fontSize: rng.pick(font.sizes),
    paper: rng.chance(letterish ? 0.85 : 0.1) ? 'letter' : 'A4',
    margin: rng.pick([12, 14, 15, 16, 18, 20]),
    accent: rng.pick(ACCENTS),
    bullet: rng.weighted(options.bullets ?? BULLETS),
    ...pickWording(rng, options),
  };
}

/** The part of a look that is words, not typography: what plain-text layouts vary too. */
export function pickWording(rng, options = {}) {
  return {
    dateStyle: rng.pick(options.dateStyles ?? DATE_STYLES),
    present: rng.weighted(ONGOING),
    rangeSeparator: rng.weighted(RANGE_SEPARATORS),
    degree: degreeJoiner(rng),
    keywordsLabel: rng.pick(['Technologies', 'Tech stack', 'Tools', 'Stack']), // before a project's keywords
  };
}

const MM_PER_PT = 0.3528;
const textWidthMm = (look) => (look.paper === 'letter' ? 215.9 : 210) - 2 * look.margin;

/**
 * The share of the text width (in %) a column needs so that none of `texts` wraps at `scale` times the body size,
 * plus `padding` mm: narrow columns widen for a long e-mail address rather than break it.
 */
export function columnPercent(texts, look, { scale = 1, padding = 6 } = {}) {
  const longest = Math.max(0, ...texts.map((t) => String(t).length));
  const needed = longest * look.charWidth * look.fontSize * scale * MM_PER_PT + padding;
  return Math.ceil((100 * needed) / textWidthMm(look));
}

/** About how many characters of `fontSize` pt fit on a line `share` of the text width wide. */
export function lineCapacity(look, fontSize, share = 1) {
  return Math.floor((share * textWidthMm(look)) / (look.charWidth * fontSize * MM_PER_PT));
}

/** A date range as the look prints it; an open-ended look prints "Mar 2019 –". */
function dateRange(start, end, look) {
  if (start && !end && look.present === '') return `${formatDate(start, look.dateStyle)} –`;
  return formatRange(start, end, look.dateStyle, { separator: look.rangeSeparator, present: look.present || 'Present' });
}

/** The CSS every layout starts from: paper, margins, font, and the highlight list for the chosen bullet. */
export function baseCss(look) {
  const marker = look.bullet === 'disc' ? 'disc' : cssString(`${look.bullet}  `);
  return `
@page { size: ${look.paper}; margin: ${look.margin}mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${look.font}; font-size: ${look.fontSize}pt; line-height: 1.3; color: #222; }
h1, h2, h3, h4, p, ul { margin: 0; }
a { color: inherit; text-decoration: none; }
ul.hl { padding-left: 1.3em; list-style-type: ${marker}; }
ul.hl li { margin: 0.1em 0; }
div.hl p { margin: 0.1em 0 0.1em 1.3em; }
.keep { break-inside: avoid; }
.nowrap { white-space: nowrap; }`;
}

/** Highlights as a list with the look's bullet, or as indented paragraphs when the look has none. */
export function highlightsHtml(items, look) {
  if (!items?.length) return '';
  if (look.bullet === 'none') return `<div class="hl">${items.map((i) => `<p>${esc(i)}</p>`).join('')}</div>`;
  return `<ul class="hl">${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
}

/** A whole document. */
export function htmlPage({ title, css, body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>${css}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

// The fields without which an entry has nothing to print; a resume maker shows no line for such an entry.
const ESSENTIAL = {
  work: ['position', 'name'], volunteer: ['position', 'organization'], education: ['institution', 'studyType', 'area'],
  projects: ['name'], awards: ['title'], certificates: ['name'], publications: ['name'], skills: ['name', 'keywords'],
  languages: ['language'], interests: ['name'], references: ['name', 'reference'],
};

/**
 * The person without entries that would print nothing and without empty sections, so that layouts can rely on
 * each entry having its headline and the truth never holds an entry the document cannot show.
 */
export function printable(resume) {
  const out = structuredClone(resume);
  out.basics ??= {};
  for (const [section, keys] of Object.entries(ESSENTIAL)) {
    if (!Array.isArray(out[section])) continue;
    out[section] = out[section].filter((e) => keys.some((k) => (Array.isArray(e?.[k]) ? e[k].length : e?.[k])));
    if (!out[section].length) delete out[section];
  }
  return out;
}

// ---------------------------------------------------------------- headings and sections

const TITLES = {
  summary: ['Summary', 'Profile', 'Professional Summary', 'About Me', 'Personal Profile', 'Career Summary'],
  work: ['Experience', 'Work Experience', 'Work History', 'Professional Experience', 'Employment', 'Employment History',
    'Career History'],
  education: ['Education', 'Education & Training', 'Academic Background', 'Education and Qualifications'],
  skills: ['Skills', 'Core Competencies', 'Expertise', 'Key Skills', 'Areas of Expertise', 'Skills & Tools'],
  projects: ['Projects', 'Selected Projects', 'Key Projects'],
  certificates: ['Certifications', 'Certificates', 'Licenses & Certifications'],
  awards: ['Awards', 'Honors & Awards', 'Awards & Honours'],
  publications: ['Publications', 'Selected Publications'],
  volunteer: ['Volunteer Experience', 'Volunteering', 'Community Involvement'],
  languages: ['Languages', 'Language Skills'],
  interests: ['Interests', 'Hobbies & Interests', 'Hobbies'],
  references: ['References'],
  contact: ['Contact', 'Contact Details', 'Contact Information'],
};

/** One heading wording per section for the whole document. */
export function pickTitles(rng) {
  return Object.fromEntries(Object.entries(TITLES).map(([key, words]) => [key, rng.pick(words)]));
}

// How often a section a person has is printed; the others always are.
const PRINT_CHANCE = { summary: 0.85, projects: 0.85, certificates: 0.9, awards: 0.8, publications: 0.85,
  volunteer: 0.75, languages: 0.9, interests: 0.55, references: 0.35 };

/**
 * The sections this document prints, in order: 'summary' (basics.summary) and the JSON Resume sections the
 * person has. Work and education swap for students; skills go up front in some resumes; the minor sections vary.
 */
export function planSections(resume, rng) {
  const has = (key) => (key === 'summary' ? Boolean(resume.basics?.summary) : Boolean(resume[key]?.length));
  const student = !resume.work?.length || /student|graduate|intern/i.test(resume.basics?.label ?? '');
  const core = rng.chance(student ? 0.8 : 0.2) ? ['education', 'work'] : ['work', 'education'];
  if (rng.chance(0.3)) core.splice(rng.pick([0, 1]) + 1, 0, 'volunteer'); // volunteering right after a core section
  const minor = ['projects', 'certificates', 'awards', 'publications', 'languages'].filter((k) => !core.includes(k));
  if (!core.includes('volunteer')) minor.push('volunteer');
  if (rng.chance(0.5)) rng.shuffle(minor);
  const order = rng.chance(0.3)
    ? ['summary', 'skills', ...core, ...minor, 'interests', 'references']
    : ['summary', ...core, 'skills', ...minor, 'interests', 'references'];
  return order.filter((key) => has(key) && (!(key in PRINT_CHANCE) || rng.chance(PRINT_CHANCE[key])));
}

// ---------------------------------------------------------------- entries

const DEGREE_ABBREVIATIONS = {
  'bachelor of science': ['B.Sc.', 'B.S.', 'BSc'],
  'bachelor of arts': ['B.A.', 'BA'],
  'bachelor of engineering': ['B.Eng.', 'BEng'],
  'bachelor of business administration': ['BBA', 'B.B.A.'],
  'bachelor of fine arts': ['BFA', 'B.F.A.'],
  'bachelor of science in nursing': ['BSN', 'B.S.N.'],
  'master of science': ['M.Sc.', 'M.S.', 'MSc'],
  'master of arts': ['M.A.', 'MA'],
  'master of engineering': ['M.Eng.', 'MEng'],
  'master of business administration': ['MBA', 'M.B.A.'],
  'master of education': ['M.Ed.', 'MEd'],
  'master of public health': ['MPH', 'M.P.H.'],
  'doctor of philosophy': ['Ph.D.', 'PhD'],
  'doctor of medicine': ['M.D.', 'MD'],
  'associate of applied science': ['A.A.S.', 'AAS'],
  'associate of arts': ['A.A.', 'AA'],
};

/**
 * A function that abbreviates degree names the way one document does ("Master of Science" → "M.S."), leaving
 * names it does not know. The truth keeps the abbreviation: it is what the document shows.
 */
export function degreeAbbreviator(rng) {
  const variant = rng.int(0, 2);
  return (studyType) => {
    const forms = DEGREE_ABBREVIATIONS[String(studyType ?? '').trim().toLowerCase()];
    return forms ? forms[Math.min(variant, forms.length - 1)] : studyType;
  };
}

/** How one document joins a degree and its field: "B.Sc. in Nursing", "B.Sc., Nursing", "B.Sc. Nursing". */
function degreeJoiner(rng) {
  const joint = rng.weighted([[' in ', 3], [', ', 2], [' ', 1]]);
  return (studyType, area) => {
    if (!studyType || !area) return studyType || area || '';
    // "M.Sc. Computer Science" reads well, "Bachelor of Science Nursing" does not.
    return `${studyType}${joint === ' ' && /\s/.test(studyType.trim()) ? ' in ' : joint}${area}`;
  };
}

/** "GPA: 3.8" for a number, the words themselves for "First Class Honours". */
function scoreText(score) {
  return /^[\d.,/ ]+$/.test(score) ? `GPA: ${score}` : score;
}

/**
 * One entry of any section described in the same terms, so each layout only arranges it:
 * title (+ titleHref), subtitle, place, date, text (paragraphs), bullets, keywords (a labelled line).
 * An entry without a title (a job without a position) is headed by its subtitle.
 */
export function describe(section, e, look) {
  const d = describeParts(section, e, look);
  if (!d.title) return { ...d, title: d.subtitle, subtitle: undefined };
  return d;
}

/** `look.degree` turns studyType + area into the printed degree; `look.studyType` abbreviates. */
function describeParts(section, e, look) {
  const range = () => dateRange(e.startDate, e.endDate, look);
  const single = (iso) => formatDate(iso, look.dateStyle);
  switch (section) {
    case 'work':
      return { title: e.position, subtitle: e.name, place: e.location, date: range(), text: [e.summary],
        bullets: e.highlights };
    case 'volunteer':
      return { title: e.position, subtitle: e.organization, date: range(), text: [e.summary], bullets: e.highlights };
    case 'education': {
      const studyType = look.studyType ? look.studyType(e.studyType) : e.studyType;
      return { title: look.degree(studyType, e.area), subtitle: e.institution, date: range(),
        text: [e.score && scoreText(e.score), e.courses?.length && `Coursework: ${e.courses.join(', ')}`] };
    }
    case 'projects':
      return { title: e.name, titleHref: e.url, date: range(), text: [e.description], bullets: e.highlights,
        keywords: e.keywords };
    case 'awards':
      return { title: e.title, subtitle: e.awarder, date: single(e.date), text: [e.summary] };
    case 'certificates':
      return { title: e.name, subtitle: e.issuer, date: single(e.date) };
    case 'publications':
      return { title: e.name, titleHref: e.url, subtitle: e.publisher, date: single(e.releaseDate), text: [e.summary] };
    case 'references':
      return { title: e.name, text: [e.reference] };
    case 'interests':
      return { title: e.name, text: [e.keywords?.join(', ')] };
    case 'languages':
      return { title: e.language, subtitle: e.fluency };
    default:
      throw new Error(`no description for section ${section}`);
  }
}

/** "Spanish (Native speaker)", or the language alone. */
export const languageText = (l) => (l.fluency ? `${l.language} (${l.fluency})` : l.language);

/** "Running (Marathons, Trail running)", or the interest alone. */
export const interestText = (i) => (i.keywords?.length ? `${i.name} (${i.keywords.join(', ')})` : i.name);

/** The paragraphs of a description that have words. */
export const paragraphs = (d) => (d.text ?? []).filter(Boolean);

/**
 * Whether a skill group's name is printed: a catch-all name ("Skills", "Other") over keywords is not, as a person
 * would not repeat the section heading.
 */
export function skillShowsName(skill) {
  if (!skill.name) return false;
  return !(skill.keywords?.length && /^(skills?|general|other|misc(ellaneous)?)$/i.test(skill.name.trim()));
}

// ---------------------------------------------------------------- contact details

// Countries that write the postal code after the city ("Austin, TX 78701"); most others put it first ("31-147 Kraków").
const POSTCODE_AFTER = ['US', 'CA', 'GB', 'AU'];

/**
 * "Austin, TX" in the US, "Kraków, Poland" elsewhere; the street and postal code too when `address`.
 * Returns the text and the truth keys it shows.
 */
function placeText(location, { address = false } = {}) {
  if (!location) return { text: '', keys: [] };
  const { city, region, countryCode } = location;
  const street = address ? location.address : '';
  const postal = address ? location.postalCode : '';
  let cityPart = city ?? '';
  let regionPart = region ?? '';
  if (postal) {
    const after = POSTCODE_AFTER.includes(countryCode);
    if (after && region) regionPart = `${region} ${postal}`;
    else if (city) cityPart = after ? `${city} ${postal}` : `${postal} ${city}`;
    else regionPart = postal;
  }
  // People in the US, Canada and Australia leave the country out when they give the state.
  const withCountry = countryCode && (address || !region || !['US', 'CA', 'AU'].includes(countryCode));
  const country = withCountry ? countryName(countryCode) : '';
  const shown = { address: street, city, region, postalCode: postal, countryCode: country };
  return {
    text: [street, cityPart, regionPart, country].filter(Boolean).join(', '),
    keys: Object.keys(shown).filter((k) => shown[k]).map((k) => `location.${k}`),
  };
}

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

/** "PL" → "Poland"; the code itself when it is not a region code. */
function countryName(code) {
  try {
    return REGION_NAMES.of(code.toUpperCase());
  } catch {
    return code;
  }
}

/**
 * The person's contact details as items { kind, label, text, href, keys }, in the usual order; `keys` are the
 * basics fields (truth keys) each item shows. Links print without their scheme unless `fullUrls`.
 */
export function contactItems(basics, { address = false, profileLabels = true, fullUrls = false } = {}) {
  const shownUrl = (url) => (fullUrls ? url : schemeless(url));
  const items = [];
  const place = placeText(basics.location, { address });
  if (place.text) {
    items.push({ kind: 'location', label: address ? 'Address' : 'Location', text: place.text, keys: place.keys });
  }
  if (basics.phone) items.push({ kind: 'phone', label: 'Phone', text: basics.phone, keys: ['phone'] });
  if (basics.email) {
    items.push({ kind: 'email', label: 'Email', text: basics.email, href: `mailto:${basics.email}`, keys: ['email'] });
  }
  if (basics.url) {
    items.push({ kind: 'url', label: 'Website', text: shownUrl(basics.url), href: basics.url, keys: ['url'] });
  }
  for (const p of basics.profiles ?? []) {
    const shown = p.url ? shownUrl(p.url) : p.username;
    if (!shown) continue;
    const text = profileLabels && p.network ? `${p.network}: ${shown}` : shown;
    // `value` is the link without the network, for layouts that print the network as a label of its own.
    items.push({ kind: 'profile', label: p.network || 'Profile', text, value: shown, href: p.url, keys: ['profiles'] });
  }
  return items;
}

// Contact icons drawn as inline SVG, as icon fonts are in real templates: shapes, not text, in the PDF.
const ICON_SHAPES = {
  location: '<path d="M12 22s7-7.5 7-13a7 7 0 0 0-14 0c0 5.5 7 13 7 13z"/><circle cx="12" cy="9" r="2.5"/>',
  phone: '<rect x="7" y="2" width="10" height="20" rx="2"/><line x1="11" y1="18" x2="13" y2="18"/>',
  email: '<rect x="3" y="5" width="18" height="14" rx="1.5"/><polyline points="3,6 12,13 21,6"/>',
  url: '<circle cx="12" cy="12" r="9"/><ellipse cx="12" cy="12" rx="4" ry="9"/><line x1="3" y1="12" x2="21" y2="12"/>',
  profile: '<circle cx="12" cy="8" r="4"/><path d="M4 21c1-4.5 4.5-7 8-7s7 2.5 8 7"/>',
};

/** The icon of a contact item's kind. */
export function icon(kind, color = 'currentColor') {
  const stroke = `stroke="${esc(color)}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"`;
  return `<svg class="icon" viewBox="0 0 24 24" width="11" height="11" fill="none" ${stroke} aria-hidden="true">${ICON_SHAPES[kind]}</svg>`;
}

/**
 * Contact items on one line with a separator; a wrapped line starts with an item, never with the separator
 * (the items do not break, and a no-break space ties each separator to the item before it).
 */
export function contactLine(items, separator) {
  let glue = esc(separator);
  if (!separator.trim()) glue = '&nbsp; ';
  else if (separator.startsWith(' ')) glue = `&nbsp;${esc(separator.trimStart())}`;
  return items.map((c) => `<span class="nowrap">${link(c.href, c.text)}</span>`).join(glue);
}

/**
 * Items joined by `separator` into lines of at most `width` characters, breaking only between items (an item
 * longer than `width` has a line of its own): for places that must not wrap inside an address.
 */
export function packLines(items, separator, width) {
  const lines = [];
  for (const item of items) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + separator.length + item.length <= width) lines[last] += separator + item;
    else lines.push(item);
  }
  return lines;
}

/** The truth keys of a set of contact items. */
export const contactKeys = (items) => [...new Set(items.flatMap((i) => i.keys))];

// ---------------------------------------------------------------- truth

/**
 * For a document that prints the name in capitals: the truth keeps the capitals, since they do not give back the
 * letters ("YILDIZ" lower-cases to "yildiz", not "yıldız").
 */
export function nameInCapitals(truth) {
  if (truth.basics?.name) truth.basics.name = truth.basics.name.toUpperCase();
  return truth;
}

/** What each section's description prints (see describe); layouts that print less pass their own lists. */
const PRINTED = {
  work: ['name', 'position', 'location', 'startDate', 'endDate', 'summary', 'highlights'],
  volunteer: ['organization', 'position', 'startDate', 'endDate', 'summary', 'highlights'],
  education: ['institution', 'area', 'studyType', 'startDate', 'endDate', 'score', 'courses'],
  awards: ['title', 'date', 'awarder', 'summary'],
  certificates: ['name', 'issuer', 'date'],
  publications: ['name', 'publisher', 'releaseDate', 'url', 'summary'],
  skills: ['name', 'level', 'keywords'],
  languages: ['language', 'fluency'],
  interests: ['name', 'keywords'],
  references: ['name', 'reference'],
  projects: ['name', 'description', 'highlights', 'keywords', 'startDate', 'endDate', 'url'],
};

/**
 * The person reduced to what the document shows: the printed sections (`sections` may hold 'summary'), the
 * printed basics fields, each section's printed fields (PRINTED unless `fields` says otherwise), and dates as
 * printed in `look.dateStyle`. Degrees are kept as printed when `look.studyType` abbreviates them, and skill
 * groups without their catch-all name.
 */
export function shownTruth(resume, look, { sections, basics, fields = {} }) {
  let out = onlySections(resume, sections);
  out = keepBasics(out, sections.includes('summary') ? [...basics, 'summary'] : basics.filter((k) => k !== 'summary'));
  for (const s of SECTIONS) {
    if (!out[s]) continue;
    out = keepFields(out, s, fields[s] ?? PRINTED[s]);
  }
  out = datesAsShown(out, look.dateStyle);
  if (look.studyType && out.education) {
    for (const e of out.education) if (e.studyType) e.studyType = look.studyType(e.studyType);
  }
  for (const skill of out.skills ?? []) {
    if (skillShowsName(skill)) continue;
    // Layouts print a group's level beside its name: neither shows.
    delete skill.name;
    delete skill.level;
  }
  return out;
}
