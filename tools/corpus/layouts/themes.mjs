// JSON Resume themes from npm, rendered as their authors wrote them. Each theme's truth is read from its template:
// which sections, which fields of an entry, which basics it prints, and how it prints dates.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import esbuild from 'esbuild';
import { SECTIONS, clone, keepBasics, keepFields } from '../lib/truth.mjs';

const require = createRequire(import.meta.url);

// ------------------------------------------------------------------ the themes

// How a theme prints an ISO date, as the truth keeps it (see shownAs):
//   iso        as written ("2021-09", "2021")
//   month      month and year; a date without a month prints its year alone
//   monthPad   month and year through a date library, which reads a year alone as January
//   dayPad     day, month and year through a date library, which fills a missing day or month with 1
//   year       the year alone

/**
 * caffeine and mocha-responsive print a page-high box whose right column clips its overflow beside the floated left
 * column: past the first page Chromium drops what floats in it (the dates) or all of it. A block formatting context
 * that does not clip keeps the same two columns.
 */
const RIGHT_COLUMN_FLOWS = '.right-column { overflow: visible; display: flow-root; }';

/**
 * A theme entry: `basics` lists the basics fields printed and `location` the parts of basics.location;
 * `profiles` the fields of each basics.profiles entry (a link counts: Chromium keeps <a href> in the PDF), with
 * `only(profile)` when some networks are left out and `href(profile)` when the link is not the profile's url;
 * `sections` the fields printed of each entry, per section (a section not listed is not printed); `dates` how dates
 * print, one form for all sections or per section with `default`; `quirks` per section (or 'basics') edit a truth
 * entry for what a template prints only under a condition (an entry left empty is dropped); `finish(truth)` edits
 * the whole truth.
 * `input(resume)` fixes the theme's input where its code would crash on a valid resume; `css` is added to the page
 * where the theme's own stylesheet would lose text in print.
 */
const THEMES = [
  {
    name: 'onepage',
    patterns: ['one column, section names in a left gutter', 'ISO dates', 'summary printed as the first bullet'],
    basics: 'name label email phone summary',
    location: 'city region countryCode',
    profiles: 'url',
    dates: 'iso',
    sections: {
      work: 'name position url startDate endDate summary highlights',
      volunteer: 'organization position url startDate endDate summary highlights',
      education: 'institution studyType area score courses startDate endDate',
      awards: 'title awarder date summary',
      publications: 'name publisher releaseDate url summary',
      skills: 'name level keywords',
      languages: 'language fluency',
      interests: 'name keywords',
    },
    quirks: {
      work: [rangeNeedsStart, summaryAsFirstHighlight],
      volunteer: [rangeNeedsStart, summaryAsFirstHighlight],
      education: [rangeNeedsStart],
    },
  },
  {
    name: 'paper',
    patterns: ['labels in a left column', 'dates in the left column', 'no summary, no interest names'],
    // Its print stylesheet hides the profiles.
    basics: 'name label url email phone',
    location: 'address postalCode city region',
    dates: 'iso',
    sections: {
      work: 'name position url startDate endDate summary highlights',
      volunteer: 'organization startDate endDate summary highlights',
      education: 'institution studyType area score startDate endDate',
      awards: 'title awarder date summary',
      skills: 'name level keywords',
      languages: 'language fluency',
      interests: 'keywords',
    },
    quirks: {
      basics: [paperLocation],
      work: [rangeNeedsStart, (e) => (e.name ? e : without(e, 'url'))],
      volunteer: [rangeNeedsBoth],
      // The degree and the score print inside the area's line.
      education: [rangeNeedsBoth, (e) => (e.area ? e : without(e, 'studyType', 'score'))],
    },
  },
  {
    name: 'spartan',
    patterns: ['"September 2021" dates', 'education years only', 'award dates with an invented day'],
    basics: 'name label url email phone summary',
    location: 'address postalCode city countryCode region',
    profiles: 'username url',
    dates: { default: 'monthPad', education: 'year', awards: 'dayPad', publications: 'dayPad' },
    sections: {
      work: 'name position url startDate endDate summary highlights',
      volunteer: 'organization position url startDate endDate summary highlights',
      education: 'institution studyType area score courses startDate endDate',
      awards: 'title awarder date summary',
      publications: 'name publisher releaseDate url summary',
      skills: 'name level keywords',
      languages: 'language fluency',
      interests: 'name keywords',
      references: 'name reference',
    },
    quirks: {
      basics: [profileNeedsUsername],
      volunteer: [(e) => (e.organization ? e : without(e, 'startDate', 'endDate'))],
    },
  },
  {
    name: 'short',
    patterns: ['skills first', '"Sep 2021" dates', 'no label or location'],
    basics: 'name email phone url summary',
    profiles: 'network username url',
    dates: { default: 'monthPad', publications: 'iso' },
    sections: {
      work: 'name position startDate endDate summary highlights',
      volunteer: 'organization position startDate endDate summary highlights',
      education: 'institution studyType area score startDate endDate',
      // The award's date prints through a helper also named "date", called without the date: "undefined NaN".
      awards: 'title awarder summary',
      publications: 'name publisher releaseDate url summary',
      skills: 'name keywords',
      languages: 'language fluency',
      interests: 'name keywords',
      references: 'name reference',
    },
    quirks: { basics: [profileNeedsUsername] },
  },
  {
    name: 'class',
    patterns: ['ISO dates', 'education without degree or field'],
    basics: 'name label url email phone summary',
    profiles: 'network username url',
    dates: 'iso',
    sections: {
      work: 'name position url startDate endDate summary highlights',
      volunteer: 'organization position url startDate endDate summary highlights',
      // Prints a "qualification" field of its own instead of studyType and area.
      education: 'institution courses startDate endDate',
      skills: 'name level keywords',
      languages: 'language fluency',
      interests: 'name keywords',
      references: 'name reference',
    },
    quirks: {
      volunteer: [(e) => (e.url ? e : without(e, 'startDate', 'endDate'))],
    },
    // Its profiles and skills blocks clip their overflow and sit beside floats: without a summary above them the
    // profiles get no width at all, and a page break through the skills cuts off the rest.
    css: '#profiles, #skills { clear: both; }',
  },
  {
    name: 'modern',
    patterns: ['years only', 'labels in a left column', 'GitHub/Twitter by exact lower-case network only'],
    basics: 'name summary phone email',
    location: 'city',
    profiles: {
      show: 'network username url',
      only: (p) => p.username && (p.network === 'github' || p.network === 'twitter'),
      href: (p) => `http://${p.network}.com/${p.username}`,
    },
    dates: 'year',
    sections: {
      work: 'name position startDate endDate summary highlights',
      education: 'institution area studyType startDate endDate',
      skills: 'name keywords',
      references: 'name reference',
    },
    input: (r) => defaults(r, { work: { startDate: '' }, education: { startDate: '' } }),
  },
  {
    name: 'classy',
    patterns: ['centred upper-case name and label', '"September 2021" dates', 'future end years marked (expected)'],
    basics: 'name label email phone url summary',
    location: 'city region countryCode address',
    profiles: 'network url',
    dates: { default: 'month', awards: 'iso', publications: 'iso' },
    sections: {
      work: 'name position startDate endDate summary highlights',
      volunteer: 'organization position url startDate endDate summary highlights',
      education: 'institution studyType area score courses startDate endDate',
      awards: 'title awarder date summary',
      publications: 'name releaseDate url summary',
      skills: 'name keywords',
      languages: 'language fluency',
      interests: 'name keywords',
      references: 'name reference',
    },
    input: (r) => defaults(r, { basics: { label: '' } }),
  },
  {
    name: 'crisp',
    patterns: ['years only', 'education shows its end year only', 'publications under a "Projects" heading'],
    basics: 'name summary phone email url',
    location: 'city',
    profiles: 'network url',
    dates: 'year',
    sections: {
      work: 'name position startDate endDate summary highlights',
      education: 'studyType area institution endDate',
      publications: 'name url summary',
      skills: 'name keywords',
      interests: 'name keywords',
      references: 'name reference',
    },
    quirks: {
      // An interest's first keyword prints as a link to its second; other keywords do not print.
      interests: [(e) => (e.keywords?.length >= 2 ? { ...e, keywords: [e.keywords[0]] } : without(e, 'keywords'))],
    },
    // Its "Projects" section lists the publications.
    finish: (t) => {
      if (!t.publications) return;
      t.projects = t.publications.map(({ summary, ...p }) => (summary ? { ...p, description: summary } : p));
      delete t.publications;
    },
    input: (r) => defaults(r, { work: { startDate: '' }, education: { endDate: '' }, interests: { keywords: [] } }),
  },
  {
    name: 'actual',
    patterns: ['main column and sidebar', '"Sep 2021" dates', 'education, awards and certificates undated'],
    basics: 'name label phone email url summary',
    location: 'city region countryCode',
    profiles: 'url',
    dates: 'monthPad',
    sections: {
      work: 'name position url location startDate endDate summary highlights',
      projects: 'name roles url startDate endDate description highlights',
      publications: 'name publisher url releaseDate summary',
      volunteer: 'organization position url startDate endDate summary highlights',
      skills: 'name keywords',
      education: 'institution url studyType area',
      certificates: 'name url issuer',
      awards: 'title awarder summary',
      references: 'name reference',
      languages: 'language fluency',
      interests: 'name',
    },
    input: (r) => defaults(r, { basics: { profiles: [] }, projects: { roles: [] } }),
  },
  {
    name: 'caffeine',
    patterns: ['sidebar with contact and skills', '"09/2021" dates', 'LinkedIn as "in/username"'],
    basics: 'name label email phone url summary',
    location: 'address city region postalCode',
    profiles: 'username url',
    dates: 'monthPad',
    sections: {
      work: 'name url position startDate endDate summary highlights',
      volunteer: 'organization url position startDate endDate summary highlights',
      education: 'institution studyType area score courses startDate endDate',
      awards: 'title awarder summary',
      publications: 'name url publisher releaseDate summary',
      skills: 'name level keywords',
      languages: 'language fluency',
      interests: 'name keywords',
      references: 'name reference',
    },
    quirks: {
      basics: [profileNeedsUsername],
      work: [rangeNeedsStart],
      volunteer: [rangeNeedsStart],
      education: [rangeNeedsStart],
    },
    css: RIGHT_COLUMN_FLOWS,
  },
  {
    name: 'cora',
    patterns: ['"2021-Sep" dates', 'centred header with icon links'],
    basics: 'name label email phone url summary',
    location: 'address city region countryCode',
    profiles: 'username url',
    dates: { default: 'monthPad', publications: 'iso' },
    sections: {
      work: 'name position startDate endDate summary highlights',
      volunteer: 'organization position url startDate endDate summary highlights',
      education: 'institution studyType area score courses startDate endDate',
      awards: 'title awarder date summary',
      publications: 'name releaseDate url summary',
      skills: 'name keywords',
      // Its print stylesheet hides the languages and interests.
      references: 'name reference',
    },
  },
  {
    name: 'mocha-responsive',
    patterns: ['dark sidebar', 'dates as precise as written: "2021", "09/2021", "15/09/2021"'],
    basics: 'name label email phone url summary',
    location: 'address city region postalCode',
    profiles: 'username url',
    dates: 'iso',
    sections: {
      work: 'name url position startDate endDate summary highlights',
      volunteer: 'organization url position startDate endDate summary highlights',
      education: 'institution studyType area score courses startDate endDate',
      awards: 'title awarder summary',
      publications: 'name url publisher releaseDate summary',
      skills: 'name level keywords',
      languages: 'language fluency',
      interests: 'name keywords',
      references: 'name reference',
    },
    quirks: {
      basics: [profileNeedsUsername],
      education: [(e) => (e.studyType ? e : without(e, 'area'))],
    },
    css: RIGHT_COLUMN_FLOWS,
  },
  {
    name: 'professional',
    patterns: ['LaTeX-like single column', '"September 2021" dates', 'position above company'],
    basics: 'name email phone url summary',
    location: 'city countryCode',
    profiles: {
      show: 'username url',
      only: (p) => p.username && ['linkedin', 'github', 'twitter'].includes(p.network),
      href: (p) => `https://${p.network}.com/${p.username}`,
    },
    dates: 'monthPad',
    sections: {
      education: 'institution studyType area score courses startDate endDate',
      work: 'name position startDate endDate summary highlights',
      projects: 'name startDate endDate description highlights',
      certificates: 'name issuer date',
      publications: 'name publisher releaseDate summary',
      awards: 'title awarder date summary',
      languages: 'language fluency',
      skills: 'name keywords',
      interests: 'name keywords',
      references: 'name reference',
    },
    input: (r) => defaults(r, { basics: { profiles: [] }, skills: { keywords: [] }, interests: { keywords: [] } }),
  },
  {
    name: 'kwan',
    patterns: ['cards', '"Sep 2021" dates with durations', 'skills sorted by level'],
    basics: 'name label email phone summary',
    location: 'city region countryCode',
    profiles: 'url',
    dates: { default: 'monthPad', publications: 'dayPad' },
    sections: {
      work: 'name position url startDate endDate summary highlights',
      skills: 'name level keywords',
      education: 'institution area studyType score courses startDate endDate',
      awards: 'title awarder date summary',
      volunteer: 'organization position startDate endDate summary highlights',
      publications: 'name url publisher releaseDate summary',
      interests: 'name keywords',
      references: 'name reference',
      languages: 'language fluency',
    },
    // Skills print master first, then advanced, intermediate, beginner, then any other level in their order.
    finish: (t) => {
      const levels = ['master', 'advanced', 'intermediate', 'beginner'];
      const rank = (skill) => {
        const i = levels.indexOf(skill.level?.toLowerCase());
        return i < 0 ? levels.length : i;
      };
      t.skills?.sort((a, b) => rank(a) - rank(b));
    },
  },
  {
    name: 'tan-responsive',
    patterns: ['contact block on the right', '"September 2021" dates', 'education years only'],
    basics: 'name label phone email url summary',
    location: 'address city region postalCode countryCode',
    profiles: 'username url',
    dates: { default: 'month', education: 'year' },
    sections: {
      work: 'name position location startDate endDate highlights',
      certificates: 'name date',
      projects: 'name startDate endDate highlights',
      skills: 'name level keywords',
      education: 'institution studyType area score courses startDate endDate',
    },
    // "{studyType} in {area}" prints only with a studyType.
    quirks: { education: [(e) => (e.studyType ? e : without(e, 'area'))] },
    // Its fade-in animations are still at opacity 0 when Chromium prints the page on load.
    css: '* { animation: none !important; }',
  },
  {
    name: 'slick',
    patterns: ['section names with icons in a left column', 'ISO dates', 'profiles as icon links'],
    basics: 'name label url email phone summary',
    location: 'address postalCode city region countryCode',
    profiles: 'url',
    dates: 'iso',
    sections: {
      work: 'name position url startDate endDate summary highlights',
      volunteer: 'organization position url startDate endDate summary highlights',
      education: 'institution area studyType score courses startDate endDate',
      awards: 'title awarder date summary',
      publications: 'name publisher releaseDate url summary',
      skills: 'name level keywords',
      languages: 'language fluency',
      interests: 'name',
      references: 'name reference',
    },
    // The location prints only with a street address.
    quirks: { basics: [(b) => (b.location?.address ? b : without(b, 'location'))] },
    input: (r) => defaults(r, { basics: { profiles: [] } }),
  },
  {
    name: 'autumn',
    patterns: ['skills sidebar on the left', '"Sep 2021" dates', 'country printed as its name'],
    basics: 'name label email phone url summary',
    location: 'city region countryCode',
    profiles: 'network url',
    dates: 'monthPad',
    sections: {
      work: 'name url position startDate endDate summary highlights',
      volunteer: 'organization url position startDate endDate summary highlights',
      education: 'institution studyType area startDate endDate',
      awards: 'title awarder date summary',
      publications: 'name url publisher releaseDate summary',
      references: 'name reference',
      skills: 'name keywords',
      languages: 'language fluency',
      interests: 'name keywords',
    },
    quirks: { work: [rangeNeedsStart], volunteer: [rangeNeedsStart], education: [rangeNeedsStart] },
  },
];

// ------------------------------------------------------------------ quirks shared by several themes

function without(object, ...keys) {
  const out = { ...object };
  for (const k of keys) delete out[k];
  return out;
}

/** The date range prints only after a start date. */
function rangeNeedsStart(e) {
  return e.startDate ? e : without(e, 'endDate');
}

/** The date range prints only when both ends are known. */
function rangeNeedsBoth(e) {
  return e.startDate && e.endDate ? e : without(e, 'startDate', 'endDate');
}

/** The entry's summary prints as its first bullet. */
function summaryAsFirstHighlight(e) {
  if (!e.summary) return e;
  const { summary, ...rest } = e;
  return { ...rest, highlights: [summary, ...(e.highlights || [])] };
}

/** A profile prints as its username, linked to its url: without a username neither prints. */
function profileNeedsUsername(b) {
  const profiles = (b.profiles || []).map((p) => (p.username ? p : without(p, 'url')))
    .filter((p) => Object.keys(p).length);
  return profiles.length ? { ...b, profiles } : without(b, 'profiles');
}

/** paper prints the location only with a street address or a city, and the city only with its postal code. */
function paperLocation(b) {
  if (!b.location?.address && !b.location?.city) return without(b, 'location');
  const loc = b.location.city && b.location.postalCode ? b.location : without(b.location, 'city', 'postalCode');
  return Object.keys(loc).length ? { ...b, location: loc } : without(b, 'location');
}

// ------------------------------------------------------------------ truth

const DATED = {
  work: ['startDate', 'endDate'], volunteer: ['startDate', 'endDate'], education: ['startDate', 'endDate'],
  projects: ['startDate', 'endDate'], awards: ['date'], certificates: ['date'], publications: ['releaseDate'],
};

/** What the truth keeps of an ISO date printed in `form` (see the list above THEMES). */
function shownAs(iso, form) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m || form === 'iso') return iso;
  const [, y, mo, d] = m;
  if (form === 'year') return y;
  if (form === 'month') return mo ? `${y}-${mo}` : y;
  if (form === 'monthPad') return `${y}-${mo ?? '01'}`;
  if (form === 'dayPad') return `${y}-${mo ?? '01'}-${d ?? '01'}`;
  throw new Error(`unknown date form ${form}`);
}

const words = (s) => s.split(/\s+/).filter(Boolean);

function truthOf(resume, theme) {
  const profiles = typeof theme.profiles === 'string' ? { show: theme.profiles } : theme.profiles;
  const location = words(theme.location ?? '').map((part) => `location.${part}`);
  let truth = keepBasics(resume, [...words(theme.basics), ...location, ...(profiles ? ['profiles'] : [])]);
  for (const s of SECTIONS) if (!(s in theme.sections)) delete truth[s];
  for (const [s, fields] of Object.entries(theme.sections)) truth = keepFields(truth, s, words(fields));

  if (truth.basics.profiles) {
    truth.basics.profiles = truth.basics.profiles
      .filter((p) => !profiles.only || profiles.only(p))
      .map((p) => ({ ...p, url: profiles.href ? profiles.href(p) : p.url }))
      .map((p) => Object.fromEntries(words(profiles.show).filter((k) => p[k]).map((k) => [k, p[k]])))
      .filter((p) => Object.keys(p).length);
  }
  for (const fix of theme.quirks?.basics || []) truth.basics = fix(truth.basics);

  const dates = typeof theme.dates === 'string' ? { default: theme.dates } : theme.dates;
  for (const s of SECTIONS) {
    if (!truth[s]) continue;
    const form = dates[s] ?? dates.default;
    truth[s] = truth[s]
      .map((entry) => (theme.quirks?.[s] || []).reduce((e, fix) => fix(e), entry))
      .filter((e) => Object.keys(e).length)
      .map((e) => {
        for (const key of DATED[s] || []) if (e[key]) e[key] = shownAs(e[key], form);
        return e;
      });
  }
  theme.finish?.(truth);
  for (const s of SECTIONS) if (truth[s]?.length === 0) delete truth[s];
  if (truth.basics.profiles?.length === 0) delete truth.basics.profiles;
  return truth;
}

// ------------------------------------------------------------------ rendering

/** Fills missing fields of basics and of every entry of the listed sections, e.g. { work: { startDate: '' } }. */
function defaults(resume, fills) {
  const out = { ...resume };
  for (const [key, fill] of Object.entries(fills)) {
    if (key === 'basics') out.basics = { ...fill, ...out.basics };
    else if (out[key]) out[key] = out[key].map((e) => ({ ...fill, ...e }));
  }
  return out;
}

/**
 * The resume as the themes expect it: most were written for the first JSON Resume schema, which named the employer
 * `company`, links `website` and the grade `gpa`; and several index [0] of a list without checking it is not empty.
 */
function themeInput(resume) {
  const r = clone(resume);
  for (const s of SECTIONS) if (Array.isArray(r[s]) && !r[s].length) delete r[s];
  if (r.basics.profiles && !r.basics.profiles.length) delete r.basics.profiles;
  if (r.basics.url) r.basics.website = r.basics.url;
  const alias = (section, from, to) => {
    for (const e of r[section] || []) if (e[from] !== undefined) e[to] = e[from];
  };
  alias('work', 'name', 'company');
  alias('work', 'url', 'website');
  alias('volunteer', 'url', 'website');
  alias('publications', 'url', 'website');
  alias('education', 'score', 'gpa');
  return r;
}

/**
 * Loads a theme with its own copy of every module it loads: themes register helpers and partials on a shared
 * Handlebars at load time (caffeine and mocha-responsive both define "formatDate", differently).
 */
function requireAlone(id) {
  const before = new Set(Object.keys(require.cache));
  try {
    return require(id);
  } finally {
    for (const key of Object.keys(require.cache)) if (!before.has(key)) delete require.cache[key];
  }
}

/** professional ships JSX source only: bundle it with esbuild, leaving its packages to be required. */
function requireProfessional() {
  const entry = require.resolve('jsonresume-theme-professional/src/index.js');
  const { outputFiles } = esbuild.buildSync({
    entryPoints: [entry], bundle: true, write: false, format: 'cjs', platform: 'node', packages: 'external',
    loader: { '.js': 'jsx' }, jsx: 'automatic', logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('require', 'module', 'exports', outputFiles[0].text)(createRequire(entry), module, module.exports);
  return module.exports;
}

/**
 * mocha-responsive reads a Font Awesome stylesheet from its own node_modules, where npm never puts it, and then
 * never uses it: that one read gets an empty stylesheet.
 */
function withoutFontAwesomeRead(render) {
  return (resume) => {
    const read = fs.readFileSync;
    fs.readFileSync = (path, ...rest) =>
      String(path).endsWith('@fortawesome/fontawesome-free/css/all.min.css') ? '' : read(path, ...rest);
    try {
      return render(resume);
    } finally {
      fs.readFileSync = read;
    }
  };
}

function loadRender(name) {
  if (name === 'professional') return requireProfessional().render;
  const { render } = requireAlone(`jsonresume-theme-${name}`);
  return name === 'mocha-responsive' ? withoutFontAwesomeRead(render) : render;
}

/**
 * Calls a theme's render quietly (several log the resume or warn about dates) in UTC: themes format dates with the
 * local time zone, and "2021-09" parses as midnight UTC, which is August west of Greenwich.
 */
function renderQuietly(render, input) {
  const saved = { tz: process.env.TZ, log: console.log, warn: console.warn, error: console.error };
  process.env.TZ = 'UTC';
  console.log = console.warn = console.error = () => {};
  try {
    const html = render(input);
    if (typeof html !== 'string') throw new Error('theme render did not return a string');
    return html;
  } finally {
    if (saved.tz === undefined) delete process.env.TZ;
    else process.env.TZ = saved.tz;
    Object.assign(console, { log: saved.log, warn: saved.warn, error: saved.error });
  }
}

export default THEMES.map((theme) => {
  const render = loadRender(theme.name);
  return {
    id: `theme-${theme.name}`,
    family: 'theme',
    format: 'pdf',
    patterns: theme.patterns,
    render(resume) {
      const input = themeInput(resume);
      const html = renderQuietly(render, theme.input ? theme.input(input) : input);
      const fixed = theme.css ? html.replace('</head>', `<style>${theme.css}</style></head>`) : html;
      return { html: fixed, truth: truthOf(resume, theme) };
    },
  };
});
