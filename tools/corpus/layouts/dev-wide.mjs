// More development layouts of kinds the first dev set lacked, written from how people's resumes commonly look: a
// skills-based (functional) resume, a vertical timeline, an academic CV, a job board's plain-text export, a trades
// resume with tickets and equipment, and a plain-text resume laid out in columns of spaces. All in the dev split.
//
// What these documents print beyond JSON Resume (theme headings with their achievements, thesis titles and advisors,
// teaching, licence numbers and expiry dates, equipment, years of experience per skill, job sites) is invented per
// document and is not part of the truth: a parser should leave it out of the JSON Resume fields.

import { formatDate, formatRange, shownDate } from '../lib/dates.mjs';
import { datesAsShown } from '../lib/truth.mjs';
import {
  baseCss, contactItems, contactKeys, degreeAbbreviator, describe, esc, highlightsHtml, htmlPage, interestText,
  languageText, link, nameInCapitals, paragraphs, pickLook, pickTitles, pickWording, planSections, printable,
  schemeless, shownTruth, skillShowsName,
} from './html/common.mjs';

// ---------------------------------------------------------------- shared helpers

const SURNAMES = ['Nakamura', 'Okafor', 'Lindqvist', 'Moreau', 'Kowalski', 'Haddad', 'Brennan', 'Castillo', 'Fischer',
  'Ivanova', 'Mensah', 'Rossi', 'Sato', 'Whitfield', 'Young', 'Zhang', 'Patel', 'Oliveira', 'Novak', 'Schmidt'];
const INITIALS = 'ABCDEFGHJKLMNPRSTW';

/** Entries of a section in the resume printed as simple blocks: title, subtitle, date, text, bullets. */
function simpleEntryHtml(section, e, look, { dateRight = true } = {}) {
  const d = describe(section, e, look);
  const sub = [d.subtitle, d.place].filter(Boolean).map(esc).join(', ');
  const date = d.date ? `<span class="date">${esc(d.date)}</span>` : '';
  const head = dateRight
    ? `<div class="line"><span><strong>${link(d.titleHref, d.title)}</strong>${sub ? `, ${sub}` : ''}</span>${date}</div>`
    : `<p><strong>${link(d.titleHref, d.title)}</strong>${sub ? `, ${sub}` : ''}${d.date ? ` (${esc(d.date)})` : ''}</p>`;
  const text = paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('');
  const keywords = d.keywords?.length ? `<p class="kw">${esc(`${look.keywordsLabel}: ${d.keywords.join(', ')}`)}</p>` : '';
  return `<div class="entry keep">${head}${text}${highlightsHtml(d.bullets, look)}${keywords}</div>`;
}

/** The content of the sections every layout prints the same simple way (summary, skills, languages, interests, lists). */
function simpleSectionHtml(key, resume, look, options = {}) {
  if (key === 'summary') return `<p>${esc(resume.basics.summary)}</p>`;
  if (key === 'skills') {
    return `<ul class="plain">${resume.skills.map((s) => {
      const name = skillShowsName(s) ? `<strong>${esc(s.name)}${s.level ? ` (${esc(s.level)})` : ''}</strong>` : '';
      const words = (s.keywords ?? []).join(', ');
      return `<li>${name}${name && words ? ': ' : ''}${esc(words)}</li>`;
    }).join('')}</ul>`;
  }
  if (key === 'languages') return `<p>${esc(resume.languages.map(languageText).join(options.languageSeparator ?? ', '))}</p>`;
  if (key === 'interests') return `<p>${esc(resume.interests.map(interestText).join(', '))}</p>`;
  return resume[key].map((e) => simpleEntryHtml(key, e, look, options)).join('');
}

const SIMPLE_CSS = `
.entry { margin-bottom: 0.55em; }
.line { display: flex; justify-content: space-between; align-items: baseline; gap: 1em; }
.date { white-space: nowrap; }
.kw { color: #555; }
ul.plain { list-style: none; padding: 0; }
ul.plain li { margin-bottom: 0.15em; }`;

/** Sets the dates of some entries to the years alone: the entries (by index) that print only years. */
function yearsOnlyEntries(truth, section, indices) {
  for (const i of indices) {
    const e = truth[section]?.[i];
    if (!e) continue;
    for (const key of ['startDate', 'endDate']) if (e[key]) e[key] = shownDate(e[key], 'YYYY');
  }
}

/** A full stop at the end of a bullet removed, as many trades and text resumes write them. */
const noStop = (s) => String(s).replace(/\.$/, '');

/** Words wrapped to `width` columns; continuation lines start with `indent`. */
function wrap(text, width, first = '', indent = first.replace(/./g, ' ')) {
  const words = String(text).split(/\s+/).filter(Boolean);
  const lines = [];
  let line = first;
  let empty = true;
  for (const w of words) {
    if (!empty && line.length + 1 + w.length > width) {
      lines.push(line);
      line = indent + w;
    } else {
      line += (empty ? '' : ' ') + w;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** The person's year of study or work from which invented details (teaching terms) are dated. */
function someYear(resume) {
  const iso = resume.education?.[0]?.startDate ?? resume.work?.at(-1)?.startDate ?? '2018';
  return Number(String(iso).slice(0, 4)) || 2018;
}

// ---------------------------------------------------------------- 1. functional (skills-based) resume

const THEMES = ['Project Management', 'Customer Care', 'Leadership & Team Building', 'Communication',
  'Process Improvement', 'Training & Mentoring', 'Operations', 'Technical Expertise', 'Problem Solving',
  'Planning & Organisation', 'Client Relations', 'Quality & Compliance', 'Research & Analysis', 'Budget Management'];
const THEME_BLOCK = ['Relevant Skills & Accomplishments', 'Key Accomplishments', 'Areas of Effectiveness',
  'Professional Skills', 'Selected Achievements', 'Summary of Skills'];
const HISTORY = ['Employment History', 'Work History', 'Employment', 'Professional History', 'Career History',
  'Employment Record'];

const functional = {
  id: 'html-w-functional',
  family: 'html',
  format: 'pdf',
  patterns: ['skills-based (functional) resume: summary, then 2–4 skill-area headings with achievement bullets',
    'short employment history: title, company, dates on one line each, no bullets',
    'theme headings as sections of their own or under one "Relevant Skills" heading'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng);
    if (rng.chance(0.3)) look.studyType = degreeAbbreviator(rng);
    const titles = pickTitles(rng);
    titles.work = rng.pick(HISTORY);
    const planned = planSections(resume, rng);
    const nested = rng.chance(0.5); // themes under one heading, or each theme a heading of its own
    const blockTitle = rng.pick(THEME_BLOCK);
    const historyForm = rng.pick(['title-company', 'company-title', 'dates-first', 'title-at']);
    const showPlace = rng.chance(0.4);
    const upperName = rng.chance(0.4);
    const headingCaps = rng.chance(0.5);

    // The achievements of every job, grouped under skill areas; the jobs keep no bullets.
    const achievements = rng.shuffle((resume.work ?? []).flatMap((w) => w.highlights ?? [])).slice(0, 12);
    const themeCount = Math.min(rng.int(2, 4), Math.floor(achievements.length / 2));
    const themes = rng.sample(THEMES, Math.max(0, themeCount)).map((name) => ({ name, items: [] }));
    achievements.forEach((a, i) => themes.length && themes[i % themes.length].items.push(a));

    const rest = planned.filter((k) => !['summary', 'work', 'education', 'skills'].includes(k));
    const skillsEarly = rng.chance(0.25);
    const order = [
      ...(planned.includes('summary') ? ['summary'] : []),
      ...(skillsEarly && planned.includes('skills') ? ['skills'] : []),
      ...(themes.length ? ['themes'] : []),
      ...(resume.work ? ['work'] : []),
      ...(resume.education ? ['education'] : []),
      ...(!skillsEarly && planned.includes('skills') ? ['skills'] : []),
      ...rest,
    ];

    const historyLine = (e) => {
      const d = describe('work', e, look);
      const place = showPlace && d.place ? `, ${esc(d.place)}` : '';
      const title = `<strong>${esc(d.title)}</strong>`;
      const company = d.subtitle ? esc(d.subtitle) : '';
      const date = d.date ? esc(d.date) : '';
      const both = (a, sep, b) => (a && b ? `${a}${sep}${b}` : a || b);
      switch (historyForm) {
        case 'company-title':
          if (!company) return `<div class="line"><span>${title}${place}</span><span class="date">${date}</span></div>`;
          return `<div class="line"><span>${both(`<strong>${company}</strong>${place}`, ' — ', esc(d.title))}</span><span class="date">${date}</span></div>`;
        case 'dates-first':
          return `<div class="hist"><span class="when">${date}</span><span>${both(title, ', ', company)}${place}</span></div>`;
        case 'title-at':
          return `<p>${both(title, ' at ', company)}${place}${date ? ` (${date})` : ''}</p>`;
        default:
          return `<div class="line"><span>${both(title, ', ', company)}${place}</span><span class="date">${date}</span></div>`;
      }
    };

    const h2 = (text) => `<h2>${esc(text)}</h2>`;
    const blocks = order.map((key) => {
      if (key === 'themes') {
        const inner = themes.map((t) => (nested
          ? `<h3>${esc(t.name)}</h3>${highlightsHtml(t.items, look)}`
          : `<section>${h2(t.name)}${highlightsHtml(t.items, look)}</section>`)).join('');
        return nested ? `<section>${h2(blockTitle)}${inner}</section>` : inner;
      }
      if (key === 'work') return `<section>${h2(titles.work)}${resume.work.map(historyLine).join('')}</section>`;
      return `<section>${h2(titles[key])}${simpleSectionHtml(key, resume, look)}</section>`;
    });

    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: rng.chance(0.4) });
    const name = upperName ? (basics.name ?? '').toUpperCase() : basics.name;
    const header = `<header><h1>${esc(name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}
<p class="contacts">${contacts.map((c) => `<span class="nowrap">${link(c.href, c.text)}</span>`).join(' &nbsp;|&nbsp; ')}</p></header>`;
    const css = `${baseCss(look)}${SIMPLE_CSS}
header { text-align: center; margin-bottom: 4mm; border-bottom: 1.5pt solid ${look.accent}; padding-bottom: 2mm; }
h1 { font-size: 2em; color: ${look.accent}; }
.label { font-size: 1.15em; }
.contacts { font-size: 0.92em; margin-top: 0.3em; }
section { margin-bottom: 0.8em; }
h2 { font-size: 1.1em; color: ${look.accent}; margin-bottom: 0.3em; break-after: avoid;
  ${headingCaps ? 'text-transform: uppercase; letter-spacing: 0.06em;' : ''} }
h3 { font-size: 1em; margin: 0.4em 0 0.1em; font-style: italic; break-after: avoid; }
.hist { display: flex; gap: 1em; } .hist .when { min-width: 28%; white-space: nowrap; }`;

    const sections = order.filter((k) => k !== 'themes');
    const truth = shownTruth(resume, look, {
      sections,
      basics: ['name', 'label', ...contactKeys(contacts)],
      fields: { work: ['name', 'position', 'startDate', 'endDate', ...(showPlace ? ['location'] : [])] },
    });
    if (upperName) nameInCapitals(truth);
    return { html: htmlPage({ title: basics.name, css, body: `${header}\n<main>${blocks.join('\n')}</main>` }), truth };
  },
};

// ---------------------------------------------------------------- 2. vertical timeline

const timeline = {
  id: 'html-w-timeline',
  family: 'html',
  format: 'pdf',
  patterns: ['vertical timeline: a line with a dot per entry', 'year range in a left gutter (stacked or on one line) or as a pill above the title',
    'some entries give only years', 'other sections as plain blocks'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng);
    if (rng.chance(0.3)) look.studyType = degreeAbbreviator(rng);
    const titles = pickTitles(rng);
    const sections = planSections(resume, rng);
    const mode = rng.pick(['gutter', 'stacked', 'pill']);
    const yearsShare = rng.pick([0, 0.3, 0.5, 1]);
    const dot = rng.pick(['circle', 'ring', 'square']);
    const orgFirst = rng.chance(0.3); // the company above the job title
    const upperName = rng.chance(0.3);

    const yearsOnly = { work: [], education: [], volunteer: [] };
    const entryDate = (section, e, i) => {
      const years = rng.chance(yearsShare);
      if (years) yearsOnly[section].push(i);
      const style = years ? 'YYYY' : look.dateStyle;
      if (e.startDate && !e.endDate && look.present === '') return { start: formatDate(e.startDate, style), end: '' };
      const start = formatDate(e.startDate, style);
      const end = e.endDate ? formatDate(e.endDate, style) : look.present || 'Present';
      return start ? { start, end } : { start: e.endDate ? end : '', end: '' };
    };

    const dateHtml = ({ start, end }) => {
      if (!start) return '';
      if (mode === 'stacked') return `<span>${esc(start)}${end ? '' : ' –'}</span>${end ? `<span>${esc(end)}</span>` : ''}`;
      const sep = look.rangeSeparator;
      return esc(end ? `${start}${sep}${end}` : start + (sep.trim() ? ` ${sep.trim()}` : ''));
    };

    const tlEntry = (section, e, i) => {
      const d = describe(section, e, look);
      const date = dateHtml(entryDate(section, e, i));
      const title = `<h3>${esc(d.title)}</h3>`;
      const sub = [d.subtitle, d.place].filter(Boolean).map(esc).join(' · ');
      const head = orgFirst && sub ? `<p class="org">${sub}</p>${title}` : `${title}${sub ? `<p class="org">${sub}</p>` : ''}`;
      const body = `${mode === 'pill' && date ? `<span class="pill">${date}</span>` : ''}${head}${paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('')}${highlightsHtml(d.bullets, look)}`;
      const gutter = mode === 'pill' ? '' : `<div class="gutter${mode === 'stacked' ? ' stack' : ''}">${date}</div>`;
      return `<div class="tl keep">${gutter}<div class="body">${body}</div></div>`;
    };

    const content = (key) => {
      if (['work', 'education', 'volunteer'].includes(key)) return `<div class="timeline">${resume[key].map((e, i) => tlEntry(key, e, i)).join('')}</div>`;
      return simpleSectionHtml(key, resume, look);
    };

    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: rng.chance(0.5) });
    const name = upperName ? (basics.name ?? '').toUpperCase() : basics.name;
    const header = `<header><h1>${esc(name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}
<p class="contacts">${contacts.map((c) => `<span class="nowrap">${link(c.href, c.text)}</span>`).join(' &nbsp;•&nbsp; ')}</p></header>`;
    const body = `${header}\n<main>${sections.map((k) => `<section><h2>${esc(titles[k])}</h2>${content(k)}</section>`).join('\n')}</main>`;
    const dotCss = {
      circle: `background: ${look.accent}; border-radius: 50%;`,
      ring: `background: #fff; border: 2pt solid ${look.accent}; border-radius: 50%;`,
      square: `background: ${look.accent};`,
    }[dot];
    const gutterWidth = mode === 'stacked' ? '17%' : '24%';
    const css = `${baseCss(look)}${SIMPLE_CSS}
header { margin-bottom: 4mm; }
h1 { font-size: 2.1em; color: ${look.accent}; }
.label { font-size: 1.15em; color: #555; }
.contacts { font-size: 0.92em; margin-top: 0.3em; }
section { margin-bottom: 0.8em; }
h2 { font-size: 1.12em; text-transform: uppercase; letter-spacing: 0.07em; color: ${look.accent}; margin-bottom: 0.4em; break-after: avoid; }
h3 { font-size: 1.03em; }
.org { color: #555; font-style: italic; }
.tl { display: flex; }
.gutter { width: ${gutterWidth}; flex: none; text-align: right; padding: 0.05em 5mm 0 0; color: #555; font-size: 0.93em; }
.gutter.stack span { display: block; }
.body { position: relative; flex: 1; border-left: 1.5pt solid ${look.accent}66; padding: 0 0 0.7em 5mm; }
.body::before { content: ""; position: absolute; left: -4.5pt; top: 0.25em; width: 7.5pt; height: 7.5pt; ${dotCss} }
.pill { display: inline-block; background: ${look.accent}; color: #fff; border-radius: 1em; padding: 0 0.7em; font-size: 0.88em; margin-bottom: 0.2em; }`;

    const truth = shownTruth(resume, look, { sections, basics: ['name', 'label', ...contactKeys(contacts)] });
    for (const [section, indices] of Object.entries(yearsOnly)) yearsOnlyEntries(truth, section, indices);
    if (upperName) nameInCapitals(truth);
    return { html: htmlPage({ title: basics.name, css, body }), truth };
  },
};

// ---------------------------------------------------------------- 3. academic CV

const THESIS_FORMS = [
  (area) => `Essays on ${area}`,
  (area) => `Three Studies in ${area}`,
  (area) => `New Methods for Longitudinal Data in ${area}`,
  (area) => `Measurement and Inference in ${area}: Evidence from Field Studies`,
  (area) => `Modelling Variation in ${area} Outcomes`,
];
const COURSE_FORMS = [(a) => `Introduction to ${a}`, (a) => `Research Methods in ${a}`, (a) => `Statistics for ${a}`,
  (a) => `Advanced Topics in ${a}`, (a) => `${a} Laboratory`];
const ADVANCED = /^(doct|ph\.?\s?d|d\.?phil|master|magist|m\.?sc?\b|m\.?a\.?\b|m\.?phil|mres)/i;
const TEACHING_ROLES = ['Teaching Assistant', 'Instructor', 'Guest Lecturer', 'Tutor'];
const TERMS = ['Fall', 'Spring', 'Winter', 'Summer'];

const academic = {
  id: 'html-w-academic',
  family: 'html',
  format: 'pdf',
  patterns: ['academic CV: education first with thesis titles and advisors', '"Appointments" for jobs',
    'numbered citations with journal volume(issue) pages (APA, Vancouver "2020;180(4):12-9", Chicago)',
    '"Teaching" with courses and terms (not a JSON Resume section)', '"Grants and Awards" with a year column',
    'languages and skills at the end'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, { fonts: [2, 2, 0], dateStyles: ['YYYY', 'YYYY', 'MMM YYYY', 'MMMM YYYY', 'MM/YYYY'] });
    if (rng.chance(0.6)) look.studyType = degreeAbbreviator(rng);
    const titles = pickTitles(rng);
    titles.work = rng.pick(['Appointments', 'Academic Appointments', 'Positions', 'Research Experience', 'Employment']);
    titles.education = rng.pick(['Education', 'Education', 'Degrees']);
    titles.publications = rng.pick(['Publications', 'Peer-Reviewed Publications', 'Selected Publications', 'Journal Articles']);
    titles.awards = rng.pick(['Grants and Awards', 'Honors, Grants and Awards', 'Fellowships & Awards', 'Awards and Funding']);
    titles.summary = rng.pick(['Research Interests', 'Research Profile', 'Profile', 'Summary']);
    const teachingTitle = rng.pick(['Teaching', 'Teaching Experience', 'Teaching']);
    const citeStyle = rng.pick(['apa', 'vancouver', 'chicago']);
    const numbering = rng.pick(['[n]', 'n.', 'list']);
    const eduDates = rng.pick(['range', 'end']);
    const showHighlights = rng.chance(0.5);
    const dateLeft = rng.chance(0.5);
    // Teaching and research titles belong to people with an advanced degree or publications.
    const scholar = Boolean(resume.publications) || resume.education?.some((e) => ADVANCED.test(e.studyType ?? ''));
    if (!scholar) titles.work = rng.pick(['Appointments', 'Positions', 'Employment', 'Professional Appointments']);
    const teaching = scholar && rng.chance(0.75) && resume.education?.some((e) => e.area);

    const planned = planSections(resume, rng);
    const first = ['summary', 'education', 'work', 'publications'].filter((k) => planned.includes(k) || (k === 'publications' && resume.publications));
    const later = ['awards', 'projects', 'certificates', 'volunteer', 'languages', 'skills', 'interests', 'references']
      .filter((k) => planned.includes(k) || (k === 'awards' && resume.awards));
    const order = [...first, ...(teaching ? ['teaching'] : []), ...later];

    const basics = resume.basics;
    const [given, ...restNames] = String(basics.name ?? '').split(/\s+/);
    const surname = restNames.at(-1) ?? given;
    const initials = [given, ...restNames.slice(0, -1)].filter(Boolean).map((n) => `${n[0]}.`).join(' ');
    const self = citeStyle === 'vancouver' ? `${surname} ${initials.replace(/[.\s]/g, '')}` : `${surname}, ${initials}`;
    const coauthor = () => {
      const s = rng.pick(SURNAMES);
      const i = rng.pick([...INITIALS]);
      return citeStyle === 'vancouver' ? `${s} ${i}` : `${s}, ${i}.`;
    };

    const row = (when, what) => (dateLeft
      ? `<div class="row keep"><div class="when">${when}</div><div class="what">${what}</div></div>`
      : `<div class="row keep"><div class="what">${what}</div><div class="when right">${when}</div></div>`);

    const eduEnd = []; // entries printing their end year alone
    const education = (e, i) => {
      const d = describe('education', e, look);
      let date = d.date ?? '';
      if (eduDates === 'end' && e.endDate) {
        date = formatDate(e.endDate, look.dateStyle);
        eduEnd.push(i);
      }
      const lines = [`<p><strong>${esc(d.title)}</strong>${d.subtitle ? `, ${esc(d.subtitle)}` : ''}</p>`];
      if (ADVANCED.test(e.studyType ?? '') && e.area) {
        const thesis = rng.pick(THESIS_FORMS)(e.area);
        lines.push(`<p class="small">${rng.pick(['Thesis', 'Dissertation'])}: <em>${esc(thesis)}</em></p>`);
        lines.push(`<p class="small">${rng.pick(['Advisor', 'Supervisor', 'Advisors'])}: ${rng.pick(['Prof.', 'Dr.'])} ${rng.pick([...INITIALS])}. ${rng.pick(SURNAMES)}</p>`);
      }
      lines.push(...paragraphs(d).map((t) => `<p class="small">${esc(t)}</p>`));
      return row(esc(date), lines.join(''));
    };

    const appointment = (e) => {
      const d = describe('work', e, look);
      const head = `<p><strong>${esc(d.title)}</strong>${d.subtitle ? `, ${esc(d.subtitle)}` : ''}${d.place ? `, ${esc(d.place)}` : ''}</p>`;
      const more = showHighlights ? `${paragraphs(d).map((t) => `<p class="small">${esc(t)}</p>`).join('')}${highlightsHtml(d.bullets, look)}` : '';
      return row(esc(d.date ?? ''), head + more);
    };

    const citation = (e, n) => {
      const year = e.releaseDate ? String(e.releaseDate).slice(0, 4) : '';
      const authors = [self];
      for (let k = rng.int(0, 3); k > 0; k--) authors.splice(rng.int(0, authors.length), 0, coauthor());
      const shownAuthors = authors.map((a) => (a === self ? `<strong>${esc(a)}</strong>` : esc(a)));
      const title = esc(e.name);
      const stop = /[.?!]$/.test(e.name) ? '' : '.';
      const volume = rng.int(3, 240);
      const issue = rng.int(1, 12);
      const page = rng.int(1, 900);
      const pages = `${page}–${page + rng.int(6, 30)}`;
      const venue = e.publisher ? esc(e.publisher) : '';
      let text;
      if (citeStyle === 'vancouver') {
        // Vancouver drops the end page's leading digits that repeat the start page's: 123-9, 195-204.
        const end = String(page + rng.int(6, 30));
        const start = String(page);
        let same = 0;
        while (end.length === start.length && same < end.length - 1 && end[same] === start[same]) same++;
        const vpages = `${start}-${end.slice(same)}`;
        text = `${shownAuthors.join(', ')}. ${title}${stop}${venue ? ` ${venue}.` : ''}${year ? ` ${year}` : ''};${volume}(${issue}):${vpages}.`;
      } else if (citeStyle === 'chicago') {
        const list = shownAuthors.length > 1 ? `${shownAuthors.slice(0, -1).join(', ')}, and ${shownAuthors.at(-1)}` : shownAuthors[0];
        text = `${list}. ${year ? `${year}. ` : ''}“${title}${stop}” ${venue ? `<em>${venue}</em> ` : ''}${volume} (${issue}): ${pages}.`;
      } else {
        const list = shownAuthors.length > 1 ? `${shownAuthors.slice(0, -1).join(', ')}, &amp; ${shownAuthors.at(-1)}` : shownAuthors[0];
        text = `${list}${year ? ` (${year})` : ''}. ${title}${stop}${venue ? ` <em>${venue}</em>, ${volume}(${issue}), ${pages}.` : ''}`;
      }
      if (e.url) text += ` ${link(e.url, schemeless(e.url))}`;
      if (numbering === 'list') return `<li>${text}</li>`;
      return `<p class="cite">${numbering === '[n]' ? `[${n}]` : `${n}.`} ${text}</p>`;
    };

    const teachingHtml = () => {
      const area = resume.education.find((e) => e.area).area;
      const start = someYear(resume);
      const courses = rng.sample(COURSE_FORMS, rng.int(2, 4)).map((f, k) => {
        const term = `${rng.pick(TERMS)} ${start + k + 1}`;
        return row(esc(term), `<p>${esc(rng.pick(TEACHING_ROLES))}, <em>${esc(f(area))}</em>${rng.chance(0.4) ? ` (${rng.int(18, 140)} students)` : ''}</p>`);
      });
      return courses.join('');
    };

    const award = (e) => {
      const year = e.date ? String(e.date).slice(0, 4) : '';
      const amount = rng.chance(0.3) ? ` (${rng.pick(['$', '€', '£'])}${rng.int(1, 60)},000)` : '';
      return row(esc(year), `<p>${esc(e.title)}${e.awarder ? `, ${esc(e.awarder)}` : ''}${amount}</p>`);
    };

    const content = (key) => {
      if (key === 'education') return resume.education.map(education).join('');
      if (key === 'work') return resume.work.map(appointment).join('');
      if (key === 'publications') {
        const items = resume.publications.map((e, k) => citation(e, resume.publications.length - k));
        return numbering === 'list' ? `<ol class="pubs" reversed>${items.join('')}</ol>` : items.join('');
      }
      if (key === 'teaching') return teachingHtml();
      if (key === 'awards') return resume.awards.map(award).join('');
      if (key === 'skills') {
        return resume.skills.map((s) => (skillShowsName(s)
          ? `<p><em>${esc(s.name)}${s.level ? ` (${esc(s.level)})` : ''}:</em> ${esc((s.keywords ?? []).join(', '))}</p>`
          : `<p>${esc((s.keywords ?? []).join(', '))}</p>`)).join('');
      }
      return simpleSectionHtml(key, resume, look, { languageSeparator: '; ' });
    };

    const contacts = contactItems(basics, { profileLabels: true, address: rng.chance(0.3) });
    const header = `<header><h1>${esc(basics.name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}
<div class="contacts">${contacts.map((c) => `<p>${link(c.href, c.text)}</p>`).join('')}</div></header>`;
    const title = (key) => (key === 'teaching' ? teachingTitle : titles[key]);
    const body = `${header}\n<main>${order.map((k) => `<section><h2>${esc(title(k))}</h2>${content(k)}</section>`).join('\n')}</main>`;
    const css = `${baseCss(look)}${SIMPLE_CSS}
header { text-align: center; margin-bottom: 5mm; }
h1 { font-size: 1.9em; font-weight: normal; }
.label { font-style: italic; }
.contacts { font-size: 0.93em; margin-top: 0.3em; }
section { margin-bottom: 0.9em; }
h2 { font-size: 1.1em; border-bottom: 0.6pt solid #444; margin-bottom: 0.4em; break-after: avoid; }
.row { display: flex; gap: 4mm; margin-bottom: 0.35em; }
.when { width: 16%; flex: none; white-space: nowrap; }
.when.right { width: auto; text-align: right; }
.what { flex: 1; }
.small { font-size: 0.95em; }
.cite { margin: 0 0 0.35em 2em; text-indent: -2em; }
ol.pubs { padding-left: 2em; } ol.pubs li { margin-bottom: 0.35em; }`;

    const sections = order.filter((k) => k !== 'teaching');
    let truth = shownTruth(resume, look, {
      sections,
      basics: ['name', 'label', ...contactKeys(contacts)],
      fields: {
        work: ['name', 'position', 'location', 'startDate', 'endDate', ...(showHighlights ? ['summary', 'highlights'] : [])],
        publications: ['name', 'publisher', 'releaseDate', 'url'],
        awards: ['title', 'awarder', 'date'],
      },
    });
    truth = datesAsShown(truth, 'YYYY', ['publications', 'awards']);
    for (const i of eduEnd) if (truth.education?.[i]) delete truth.education[i].startDate;
    return { html: htmlPage({ title: basics.name, css, body }), truth };
  },
};

// ---------------------------------------------------------------- 4. job board plain-text export

const jobboard = {
  id: 'text-w-jobboard',
  family: 'text',
  format: 'txt',
  patterns: ['job board export (Indeed/Monster-like) as plain text', 'labelled fields: "Name:", "Email:", "Desired job title:"',
    'work entries as "Title" / "Company - City, ST" / "Month YYYY to Present" then description',
    'education as "Degree in Field" / "School - City"', 'skills as "Skill (N years)"', '"Certifications and Licenses" with validity ranges'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickWording(rng, { dateStyles: ['MMMM YYYY', 'MMMM YYYY', 'MM/YYYY', 'MMM YYYY'] });
    look.rangeSeparator = rng.pick([' to ', ' to ', ' - ']);
    look.present = 'Present';
    const labelled = rng.chance(0.6); // "Name: …" fields, or the name alone on the first line
    const bullet = rng.pick(['', '- ', '• ', '* ']);
    const schoolCity = rng.chance(0.5);
    const skillYears = rng.pick(['parens', 'parens', 'dash', 'none']);
    const skillBullet = rng.pick(['', '• ', '- ']);
    const certRange = rng.chance(0.6);
    const rule = rng.pick(['', '', '-'.repeat(40)]);
    const workTitle = rng.pick(['Work Experience', 'Work Experience', 'Experience']);
    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: false });
    const showProfiles = rng.chance(0.6);
    const shownContacts = contacts.filter((c) => c.kind !== 'profile' || showProfiles);

    const sections = [];
    const lines = [];
    const heading = (text) => { lines.push('', text, ...(rule ? [rule] : []), ''); };
    if (labelled) {
      lines.push(`Name: ${basics.name}`);
      for (const c of shownContacts) {
        const label = { location: 'Location', phone: rng.pick(['Phone', 'Phone number']), email: 'Email', url: 'Website', profile: c.label }[c.kind];
        lines.push(`${label}: ${c.text}`);
      }
    } else {
      lines.push(basics.name, ...shownContacts.map((c) => c.text));
    }
    if (basics.label) lines.push(`${rng.pick(['Desired job title', 'Desired Job Title', 'Job title'])}: ${basics.label}`);
    if (rng.chance(0.4)) lines.push(`Willing to relocate: ${rng.pick(['Yes', 'No', 'Anywhere'])}`);

    if (basics.summary && rng.chance(0.8)) {
      heading(rng.pick(['Summary', 'Professional Summary']));
      lines.push(basics.summary);
      sections.push('summary');
    }
    if (resume.work) {
      heading(workTitle);
      sections.push('work');
      resume.work.forEach((e, k) => {
        if (k) lines.push('');
        const d = describe('work', e, look);
        lines.push(e.position ?? e.name);
        if (e.position && e.name) lines.push(e.location ? `${e.name} - ${e.location}` : e.name);
        if (d.date) lines.push(d.date);
        lines.push(...paragraphs(d));
        lines.push(...(e.highlights ?? []).map((h) => bullet + h));
      });
    }
    if (resume.education) {
      heading('Education');
      sections.push('education');
      resume.education.forEach((e, k) => {
        if (k) lines.push('');
        const d = describe('education', e, look);
        const city = schoolCity && basics.location?.city ? ` - ${basics.location.city}` : '';
        lines.push(d.title);
        if (d.subtitle) lines.push(`${d.subtitle}${city}`);
        if (d.date) lines.push(d.date);
        lines.push(...paragraphs(d));
      });
    }
    if (resume.skills) {
      heading('Skills');
      sections.push('skills');
      const items = resume.skills.flatMap((s) => (s.keywords?.length ? s.keywords : [s.name]));
      for (const item of items) {
        const years = rng.chance(0.15) ? 'Less than 1 year' : `${rng.int(1, 10)} years`;
        const text = skillYears === 'parens' ? `${item} (${years})` : skillYears === 'dash' ? `${item} - ${years}` : item;
        lines.push(skillBullet + text);
      }
    }
    if (resume.certificates) {
      heading(rng.pick(['Certifications and Licenses', 'Certifications/Licenses', 'Licenses & Certifications']));
      sections.push('certificates');
      resume.certificates.forEach((c, k) => {
        if (k) lines.push('');
        lines.push(c.name);
        if (c.date) {
          const from = formatDate(c.date, look.dateStyle);
          const until = Number(c.date.slice(0, 4)) + rng.int(2, 4);
          lines.push(certRange ? `${from} to ${c.date.length > 4 ? formatDate(`${until}${c.date.slice(4)}`, look.dateStyle) : until}` : from);
        }
      });
    }
    if (resume.languages && rng.chance(0.8)) {
      heading('Languages');
      sections.push('languages');
      for (const l of resume.languages) lines.push(`${rng.chance(0.6) ? '• ' : ''}${l.language}${l.fluency ? ` - ${l.fluency}` : ''}`);
    }
    if (resume.awards && rng.chance(0.5)) {
      heading(rng.pick(['Awards', 'Honors & awards']));
      sections.push('awards');
      resume.awards.forEach((a, k) => {
        if (k) lines.push('');
        lines.push(a.title);
        if (a.date) lines.push(formatDate(a.date, look.dateStyle));
        if (a.summary) lines.push(a.summary);
      });
    }

    let truth = shownTruth(resume, look, {
      sections,
      basics: ['name', 'label', ...contactKeys(shownContacts)],
      fields: { certificates: ['name', 'date'], awards: ['title', 'date', 'summary'] },
    });
    // The skills print as single skills: the group names do not show.
    if (truth.skills) truth.skills = truth.skills.map((s) => (s.keywords?.length ? { keywords: s.keywords } : { name: s.name }));
    return { text: `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`, truth };
  },
};

// ---------------------------------------------------------------- 5. trades resume

// Equipment by trade, found from the person's job titles; the general plant goes with any site trade.
const EQUIPMENT = [
  [/electric/i, ['Multimeter & megger', 'Hydraulic conduit bender', 'Cable puller', 'Thermal imaging camera', 'Fish tape & rodders']],
  [/plumb|pipe|gas ?fitter/i, ['Pipe threader', 'Drain jetter', 'Sewer camera', 'ProPress tool', 'Pipe freezing kit']],
  [/weld|fabricat|boilermaker/i, ['MIG/TIG welders', 'Plasma cutter', 'Oxy-acetylene torch', 'Angle grinders', 'Stick welder']],
  [/hvac|refrigerat|heating/i, ['Refrigerant recovery unit', 'Vacuum pump', 'Digital manifold gauges', 'Combustion analyser', 'Brazing kit']],
  [/mechanic|automotive|diesel|auto tech|lube/i, ['Diagnostic scan tools', 'Two-post vehicle lift', 'Torque wrench set', 'Tyre changer', 'Wheel balancer']],
  [/carpent|joiner|builder|construction|\blabou?rer|foreman|roof|mason|concrete|scaffold|apprentice|superintendent/i,
    ['Scissor lift', 'Telehandler', 'Boom lift (EWP)', 'Skid steer', 'Mini excavator', 'Laser level', 'Concrete saw', 'Core drill']],
  [/warehouse|forklift|operator|driver|material handler/i, ['Forklift (counterbalance)', 'Reach truck', 'Pallet jack', 'Order picker', 'RF scanner']],
];
const GENERAL_PLANT = ['Forklift (counterbalance)', 'Scissor lift', 'Pallet jack', 'Pressure washer'];
// Job sites are written by those who work on them.
const SITE_TRADE = /electric|plumb|pipe ?fitter|weld|carpent|joiner|builder|construction|\blabou?rer|foreman|roof|mason|concrete|scaffold|hvac|installer|superintendent/i;
const SITES = ['Hospital expansion, Level 4 fit-out', 'Distribution centre (40,000 m²)', 'High-rise residential tower',
  'Water treatment plant upgrade', 'School refurbishment', 'Retail fit-out', 'Highway interchange', 'Data centre',
  'Mining camp maintenance', 'Commercial office refit', 'Wind farm substation', 'Food processing plant'];

const trades = {
  id: 'html-w-trades',
  family: 'html',
  format: 'pdf',
  patterns: ['trades resume: "Tickets & Licences" with licence numbers, issue and expiry dates (list or table)',
    '"Equipment Operated" list (not a JSON Resume field)', '"Work History" with a site/project line under the job',
    'short bullets without full stops'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, { fonts: [0, 1], bullets: [['•', 3], ['–', 1], ['▪', 2], ['disc', 2]] });
    const titles = pickTitles(rng);
    titles.certificates = rng.pick(['Tickets & Licences', 'Tickets and Certifications', 'Licences & Certifications',
      'Certifications', 'Licenses & Certifications', 'Tickets']);
    titles.work = rng.pick(['Work History', 'Work History', 'Employment History', 'Experience']);
    titles.education = rng.pick(['Training & Education', 'Education', 'Trade Training', 'Education & Training']);
    const equipmentTitle = rng.pick(['Equipment Operated', 'Equipment & Machinery', 'Plant & Equipment', 'Tools & Equipment']);
    const certForm = rng.pick(['table', 'line', 'line']);
    const showIssuer = rng.chance(0.6);
    const sitePrefix = rng.pick(['Site: ', 'Project: ', 'Projects: ', '']);
    const upperName = rng.chance(0.5);
    const certsFirst = rng.chance(0.6);

    const planned = planSections(resume, rng);
    // Trades people list their equipment and the sites they worked on; others' resumes in this look do not.
    const jobWords = [resume.basics.label, ...(resume.work ?? []).map((w) => w.position)].filter(Boolean).join(' | ');
    const kit = EQUIPMENT.filter(([re]) => re.test(jobWords)).flatMap(([, items]) => items);
    const equipment = kit.length ? rng.sample([...new Set([...kit, ...GENERAL_PLANT])], rng.int(4, 8)) : [];
    const sites = SITE_TRADE.test(jobWords);
    // Tickets before the work history (as many trades resumes lead with them) or at the end; equipment after the jobs.
    const order = [];
    for (const k of planned.filter((s) => s !== 'certificates')) {
      if (k === 'work' && certsFirst && resume.certificates) order.push('certificates');
      order.push(k);
      if (k === 'work' && equipment.length) order.push('equipment');
    }
    if (!order.includes('equipment') && equipment.length) order.push('equipment');
    if (!order.includes('certificates') && resume.certificates) order.push('certificates');

    const licenceNo = () => rng.pick([
      () => `${rng.int(100, 999)}${rng.pick(['A', 'C', 'E', ''])}-${rng.int(100000, 999999)}`,
      () => `${rng.pick(['LF', 'WP', 'EL', 'GT'])}${rng.int(10000, 99999)}`,
      () => `${rng.int(1000000, 9999999)}`,
    ])();
    const expiry = (c) => {
      if (!c.date) return `${rng.int(2026, 2030)}`;
      const [y, m] = c.date.split('-');
      return formatDate(`${Number(y) + rng.int(3, 5)}${m ? `-${m}` : ''}`, look.dateStyle);
    };
    const certsHtml = () => {
      const rows = resume.certificates.map((c) => ({
        name: c.name, issuer: showIssuer ? c.issuer : '', no: rng.chance(0.75) ? licenceNo() : '',
        issued: c.date ? formatDate(c.date, look.dateStyle) : '', expires: rng.chance(0.7) ? expiry(c) : '',
      }));
      if (certForm === 'table') {
        const head = `<tr><th>${rng.pick(['Ticket', 'Licence', 'Certification'])}</th>${showIssuer ? '<th>Issued by</th>' : ''}<th>No.</th><th>Issued</th><th>Expires</th></tr>`;
        return `<table class="certs">${head}${rows.map((r) => `<tr><td>${esc(r.name)}</td>${showIssuer ? `<td>${esc(r.issuer ?? '')}</td>` : ''}<td>${esc(r.no)}</td><td>${esc(r.issued)}</td><td>${esc(r.expires)}</td></tr>`).join('')}</table>`;
      }
      return `<ul class="plain">${rows.map((r) => {
        const parts = [r.issuer, r.no && `${rng.pick(['Lic. #', 'No. ', 'Licence #'])}${r.no}`,
          r.issued && `${rng.pick(['Issued ', 'Obtained ', ''])}${r.issued}`, r.expires && `${rng.pick(['Exp. ', 'Expires ', 'Valid to '])}${r.expires}`]
          .filter(Boolean).map(esc);
        return `<li><strong>${esc(r.name)}</strong>${parts.length ? ` — ${parts.join(' · ')}` : ''}</li>`;
      }).join('')}</ul>`;
    };

    const job = (e) => {
      const d = describe('work', e, look);
      const place = d.place ? ` | ${esc(d.place)}` : '';
      const head = `<div class="line"><span><strong>${esc(d.title)}</strong>${d.subtitle && d.title !== d.subtitle ? ` | ${esc(d.subtitle)}` : ''}${place}</span>${d.date ? `<span class="date">${esc(d.date)}</span>` : ''}</div>`;
      const site = sites && rng.chance(0.8) ? `<p class="site">${esc(sitePrefix)}${esc(rng.sample(SITES, rng.int(1, 2)).join('; '))}</p>` : '';
      return `<div class="entry keep">${head}${site}${highlightsHtml((e.highlights ?? []).map(noStop), look)}</div>`;
    };

    const content = (key) => {
      if (key === 'certificates') return certsHtml();
      if (key === 'equipment') return `<p class="equip">${equipment.map(esc).join(' &nbsp;·&nbsp; ')}</p>`;
      if (key === 'work') return resume.work.map(job).join('');
      return simpleSectionHtml(key, resume, look);
    };

    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: true });
    const name = upperName ? (basics.name ?? '').toUpperCase() : basics.name;
    const header = `<header><div><h1>${esc(name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}</div>
<div class="contacts">${contacts.map((c) => `<p>${link(c.href, c.text)}</p>`).join('')}</div></header>`;
    const title = (k) => (k === 'equipment' ? equipmentTitle : titles[k]);
    const body = `${header}\n<main>${order.map((k) => `<section><h2>${esc(title(k))}</h2>${content(k)}</section>`).join('\n')}</main>`;
    const css = `${baseCss(look)}${SIMPLE_CSS}
header { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3pt solid ${look.accent};
  padding-bottom: 2mm; margin-bottom: 4mm; }
h1 { font-size: 2em; }
.label { font-weight: bold; color: ${look.accent}; }
.contacts { text-align: right; font-size: 0.92em; }
section { margin-bottom: 0.8em; }
h2 { font-size: 1.05em; background: ${look.accent}; color: #fff; padding: 0.1em 0.4em; text-transform: uppercase; margin-bottom: 0.35em; break-after: avoid; }
.site { font-style: italic; color: #555; }
table.certs { border-collapse: collapse; width: 100%; font-size: 0.95em; }
table.certs th, table.certs td { border: 0.5pt solid #bbb; padding: 0.15em 0.35em; text-align: left; vertical-align: top; }
table.certs th { background: #eee; }
.equip { line-height: 1.6; }`;

    const sections = order.filter((k) => k !== 'equipment');
    const truth = shownTruth(resume, look, {
      sections,
      basics: ['name', 'label', ...contactKeys(contacts)],
      fields: {
        work: ['name', 'position', 'location', 'startDate', 'endDate', 'highlights'],
        certificates: ['name', 'date', ...(showIssuer ? ['issuer'] : [])],
      },
    });
    for (const w of truth.work ?? []) if (w.highlights) w.highlights = w.highlights.map(noStop);
    if (upperName) nameInCapitals(truth);
    return { html: htmlPage({ title: basics.name, css, body }), truth };
  },
};

// ---------------------------------------------------------------- 6. plain text in columns of spaces

const columns = {
  id: 'text-w-columns',
  family: 'text',
  format: 'txt',
  patterns: ['plain text aligned with spaces', 'dates right-aligned at about column 70 on the title line, or a left column of dates ("2019 - 2022   Welder, Acme")',
    'headings in capitals or underlined with ==== or ----', 'bullets wrapped with a hanging indent'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickWording(rng);
    if (rng.chance(0.3)) look.studyType = degreeAbbreviator(rng);
    const titles = pickTitles(rng);
    const sections = planSections(resume, rng);
    const width = rng.pick([72, 76, 78, 80]);
    const mode = rng.pick(['right', 'left']);
    const headingStyle = rng.pick(['caps', 'caps=', 'caps-', 'title=', 'title-']);
    const bullet = rng.pick(['- ', '* ', 'o ', '• ']);
    const upperName = rng.chance(0.6);
    const centeredHeader = rng.chance(0.4);
    const titleJoin = rng.pick([', ', ' - ', ' | ']);
    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: true });

    const lines = [];
    const center = (t) => (centeredHeader ? ' '.repeat(Math.max(0, Math.floor((width - t.length) / 2))) + t : t);
    const name = upperName ? (basics.name ?? '').toUpperCase() : basics.name;
    lines.push(center(name));
    if (basics.label) lines.push(center(basics.label));
    const contactTexts = contacts.map((c) => c.text);
    const packed = [];
    for (const t of contactTexts) {
      const last = packed.length - 1;
      if (last >= 0 && packed[last].length + 3 + t.length <= width) packed[last] += ` | ${t}`;
      else packed.push(t);
    }
    lines.push(...packed.map(center));

    const heading = (text) => {
      const caps = headingStyle.startsWith('caps') ? text.toUpperCase() : text;
      const under = headingStyle.slice(-1);
      lines.push('', '', caps);
      if (under === '=' || under === '-') lines.push(under.repeat(caps.length));
      lines.push('');
    };

    const dates = sections.filter((k) => ['work', 'volunteer', 'education', 'projects', 'awards', 'certificates'].includes(k))
      .flatMap((k) => resume[k].map((e) => describe(k, e, look).date ?? ''));
    const gutter = Math.min(22, Math.max(...dates.map((d) => d.length), 4) + 3);
    const pad = ' '.repeat(gutter);

    const entry = (section, e) => {
      const d = describe(section, e, look);
      const head = [d.title, d.subtitle].filter(Boolean).join(titleJoin);
      const place = d.place ?? '';
      const body = [];
      if (d.titleHref) body.push(schemeless(d.titleHref));
      for (const p of paragraphs(d)) body.push({ text: p });
      for (const b of d.bullets ?? []) body.push({ bullet: b });
      if (d.keywords?.length) body.push({ text: `${look.keywordsLabel}: ${d.keywords.join(', ')}` });
      if (mode === 'right') {
        const date = d.date ?? '';
        const room = width - date.length;
        const headLine = head.length + 3 <= room ? head.padEnd(room) + date : `${head}   ${date}`;
        lines.push(headLine.trimEnd());
        if (place) lines.push(place);
        for (const item of body) {
          if (typeof item === 'string') lines.push(item);
          else if (item.text) lines.push(...wrap(item.text, width));
          else lines.push(...wrap(item.bullet, width, `  ${bullet}`));
        }
      } else {
        // A date too long for the column stands on a line of its own above the title.
        const date = d.date ?? '';
        if (date.length > gutter - 2) lines.push(date);
        lines.push(...wrap(head, width, date.length > gutter - 2 ? pad : date.padEnd(gutter), pad));
        if (place) lines.push(pad + place);
        for (const item of body) {
          if (typeof item === 'string') lines.push(pad + item);
          else if (item.text) lines.push(...wrap(item.text, width, pad));
          else lines.push(...wrap(item.bullet, width, pad + bullet));
        }
      }
      lines.push('');
    };

    for (const key of sections) {
      heading(titles[key]);
      if (key === 'summary') lines.push(...wrap(basics.summary, width));
      else if (key === 'skills') {
        for (const s of resume.skills) {
          const label = skillShowsName(s) ? `${s.name}${s.level ? ` (${s.level})` : ''}` : '';
          const words = (s.keywords ?? []).join(', ');
          if (label && words) lines.push(...wrap(words, width, `${`${label}:`.padEnd(Math.max(gutter, label.length + 2))}`, pad));
          else lines.push(...wrap(label || words, width));
        }
      } else if (key === 'languages') lines.push(...wrap(resume.languages.map(languageText).join(', '), width));
      else if (key === 'interests') lines.push(...wrap(resume.interests.map(interestText).join(', '), width));
      else for (const e of resume[key]) entry(key, e);
    }

    const truth = shownTruth(resume, look, { sections, basics: ['name', 'label', ...contactKeys(contacts)] });
    if (upperName) nameInCapitals(truth);
    const text = lines.map((l) => l.trimEnd()).join('\n').replace(/\n{4,}/g, '\n\n\n').replace(/^\n+/, '');
    return { text: `${text.trimEnd()}\n`, truth };
  },
};

export default [functional, timeline, academic, jobboard, trades, columns];
