// More development layouts of kinds of resume the others lack: a job board's "download as PDF" resume, a hybrid
// (combination) resume, an IT contractor's project CV, a continental European tabular CV in English, a
// military-to-civilian resume, an attorney's resume, a chef's resume and a plain-text student resume. Written by
// someone who had not read the parser. All in the dev split.
//
// Each layout takes any person and follows the person's trade where a real writer would. What these documents print
// beyond JSON Resume (years per skill, validity ends of certificates, dates of birth, nationalities, clearance lines,
// law review positions, "Technologies:" lines under client projects, "Representative Matters" lifted out of the jobs)
// is invented per document and is not in the truth. The military layout adds the person's service before their first
// civilian job (one or two entries, with medals and training): those are printed and so are in the truth.

import { formatDate, formatRange, shownDate } from '../lib/dates.mjs';
import { datesAsShown } from '../lib/truth.mjs';
import {
  baseCss, contactItems, contactKeys, contactLine, degreeAbbreviator, describe, esc, highlightsHtml, htmlPage,
  interestText, languageText, link, nameInCapitals, paragraphs, pickLook, pickTitles, pickWording, planSections,
  printable, schemeless, shownTruth, skillShowsName,
} from './html/common.mjs';

// ---------------------------------------------------------------- shared helpers

const NOW_ISO = '2025-06'; // the people's "today" (lib/people/calendar.mjs)

const jobWords = (resume) => [resume.basics.label, ...(resume.work ?? []).map((w) => w.position)].filter(Boolean).join(' | ');

const squash = (s) => String(s ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** The contact items; a profile whose link does not name its network ("scholar.google.com/…") is labelled, as people do. */
function contactsOf(basics, options) {
  return contactItems(basics, options).map((c) => (c.kind === 'profile' && c.label && !squash(c.text).includes(squash(c.label))
    ? { ...c, text: `${c.label}: ${c.value}` } : c));
}

/** Sets an entry's truth dates to what was printed: each ISO date in `style`, removed when it was not printed. */
function setDates(entry, { start, end } = {}, style) {
  if (!entry) return;
  for (const [key, iso] of [['startDate', start], ['endDate', end]]) {
    if (iso) entry[key] = shownDate(iso, style);
    else delete entry[key];
  }
}

/** A skill group as "Group: a, b, c" or its words alone. */
function skillLine(s, sep = ', ') {
  const name = skillShowsName(s) ? `${s.name}${s.level ? ` (${s.level})` : ''}` : '';
  const words = (s.keywords ?? []).join(sep);
  return name && words ? `${name}: ${words}` : name || words;
}

/** Every skill word of the person: the keywords, or a group's name when it has none. */
const skillWords = (resume) => (resume.skills ?? []).flatMap((s) => (s.keywords?.length ? s.keywords : [s.name]));

/** The truth of skills printed as words without their groups. */
const wordsOnly = (truth) => {
  if (truth.skills) truth.skills = truth.skills.map((s) => (s.keywords?.length ? { keywords: s.keywords } : { name: s.name }));
};

/** The simple entry these layouts print for sections they give no form of their own. */
function plainEntry(section, e, look) {
  const d = describe(section, e, look);
  const sub = [d.subtitle, d.place].filter(Boolean).map(esc).join(', ');
  const date = d.date ? `<span class="date">${esc(d.date)}</span>` : '';
  const kw = d.keywords?.length ? `<p class="kw">${esc(`${look.keywordsLabel}: ${d.keywords.join(', ')}`)}</p>` : '';
  return `<div class="entry keep"><div class="line"><span><strong>${link(d.titleHref, d.title)}</strong>${sub ? `, ${sub}` : ''}</span>${date}</div>`
    + `${paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('')}${highlightsHtml(d.bullets, look)}${kw}</div>`;
}

function plainSection(key, resume, look) {
  if (key === 'summary') return `<p>${esc(resume.basics.summary)}</p>`;
  if (key === 'skills') return resume.skills.map((s) => `<p>${esc(skillLine(s))}</p>`).join('');
  if (key === 'languages') return `<p>${esc(resume.languages.map(languageText).join(', '))}</p>`;
  if (key === 'interests') return `<p>${esc(resume.interests.map(interestText).join(', '))}</p>`;
  return resume[key].map((e) => plainEntry(key, e, look)).join('');
}

const PLAIN_CSS = `
section { margin-bottom: 0.8em; }
.entry { margin-bottom: 0.6em; }
.line { display: flex; justify-content: space-between; align-items: baseline; gap: 1em; }
.date { white-space: nowrap; }
.kw { color: #555; }`;

const NATIVE = /native|first language|mother tongue|bilingual/i;

/** A job board's five levels, from the person's own words. */
function boardLevel(fluency) {
  if (NATIVE.test(fluency)) return 'Native';
  if (/fluent|full professional|C2|C1|advanced/i.test(fluency)) return 'Fluent';
  if (/professional working|B2|B1|intermediate|conversational|limited/i.test(fluency)) return 'Intermediate';
  return 'Beginner';
}

/** The CEFR level a European CV prints for the person's words ("Mother tongue" for a first language). */
function cefrLevel(fluency, rng) {
  if (NATIVE.test(fluency) || /C2 \(native\)/i.test(fluency)) return rng.pick(['Mother tongue', 'Native speaker', 'native']);
  const code = /C2|fluent|full professional/i.test(fluency) ? 'C2' : /C1|advanced|professional working/i.test(fluency) ? 'C1'
    : /B2|intermediate|conversational/i.test(fluency) ? 'B2' : /B1|limited/i.test(fluency) ? 'B1' : /A2|elementary/i.test(fluency) ? 'A2' : 'A1';
  const words = { C2: 'proficient', C1: 'advanced', B2: 'upper intermediate', B1: 'intermediate', A2: 'elementary', A1: 'beginner' };
  return rng.pick([code, code, `${code} (${words[code]})`, `${code} – ${words[code]}`]);
}

/** A later date than `iso` by whole years: an expiry printed beside an issue date. */
function yearsLater(iso, years) {
  const [y, m] = String(iso).split('-');
  return `${Number(y) + years}${m ? `-${m}` : ''}`;
}

/** Sentences of a summary, for layouts that print it as bullets. */
const sentences = (text) => String(text ?? '').split(/(?<=[.!?])\s+(?=[A-Z])/).filter(Boolean);

// ---------------------------------------------------------------- 1. job board "download as PDF"

const indeed = {
  id: 'html-k2-indeed',
  family: 'html',
  format: 'pdf',
  patterns: ['job board resume saved as PDF (Indeed-like): name, "City, ST", e-mail and phone each on a line',
    '"Work Experience" as bold title / "Company - City, ST" / "March 2020 to Present", description lines without bullets',
    'education as degree / "School - City" / "August 2014 to May 2018"', 'skills one a line as "• Skill (N years)" (years not in the truth)',
    '"Certifications and Licenses" with "Month Year to Present" or an expiry (the end not in the truth)', 'languages as "Spanish - Fluent" (the board\'s level words)', '"Links" section with full URLs'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, { fonts: [0, 0, 1], dateStyles: ['MMMM YYYY'], bullets: [['none', 1]] });
    look.rangeSeparator = ' to ';
    look.present = 'Present';
    const basics = resume.basics;
    const headline = basics.label && rng.chance(0.6);
    const summaryHeading = rng.chance(0.5);
    const schoolCity = rng.chance(0.5) && basics.location?.city;
    const links = rng.chance(0.7);
    const sections = ['summary', 'work', 'education', 'skills', 'languages', 'certificates', 'awards', 'publications']
      .filter((k) => (k === 'summary' ? basics.summary && rng.chance(0.8) : resume[k]?.length && (['work', 'education', 'skills'].includes(k) || rng.chance(0.85))));
    const titles = { summary: 'Summary', work: 'Work Experience', education: 'Education', skills: 'Skills', languages: 'Languages',
      certificates: 'Certifications and Licenses', awards: 'Awards', publications: 'Publications' };

    const job = (e) => {
      const d = describe('work', e, look);
      const where = [d.subtitle, d.place].filter(Boolean).join(' - ');
      return `<div class="entry"><p class="t">${esc(d.title)}</p>${where ? `<p>${esc(where)}</p>` : ''}<p class="d">${esc(d.date ?? '')}</p>`
        + `${paragraphs(d).map((t) => `<p class="desc">${esc(t)}</p>`).join('')}${(d.bullets ?? []).map((b) => `<p class="desc">${esc(b)}</p>`).join('')}</div>`;
    };
    const eduShown = [];
    const education = (e, i) => {
      const degree = look.degree(e.studyType, e.area);
      const date = e.startDate ? formatRange(e.startDate, e.endDate, 'MMMM YYYY', { separator: ' to ', present: 'Present' }) : formatDate(e.endDate, 'MMMM YYYY');
      eduShown[i] = e.startDate ? { start: e.startDate, end: e.endDate } : { end: e.endDate };
      const school = `${e.institution ?? ''}${schoolCity ? ` - ${basics.location.city}` : ''}`;
      return `<div class="entry">${degree ? `<p class="t">${esc(degree)}</p>` : ''}<p>${esc(school)}</p>${date ? `<p class="d">${esc(date)}</p>` : ''}</div>`;
    };
    const certificate = (c) => {
      const until = c.date && rng.chance(0.5) ? formatDate(yearsLater(c.date, rng.pick([1, 2, 3, 5])), 'MMMM YYYY') : 'Present';
      const date = c.date ? `${formatDate(c.date, 'MMMM YYYY')} to ${until}` : '';
      return `<div class="entry"><p class="t">${esc(c.name)}</p>${date ? `<p class="d">${esc(date)}</p>` : ''}${c.issuer ? `<p class="desc">${esc(c.issuer)}</p>` : ''}</div>`;
    };
    const content = (key) => {
      if (key === 'summary') return `<p>${esc(basics.summary)}</p>`;
      if (key === 'work') return resume.work.map(job).join('');
      if (key === 'education') return resume.education.map(education).join('');
      if (key === 'skills') return `<ul class="sk">${skillWords(resume).map((w) => `<li>${esc(w)}${rng.chance(0.8) ? ` (${rng.int(1, 12)} years)` : ''}</li>`).join('')}</ul>`;
      if (key === 'languages') return `<ul class="sk">${resume.languages.map((l) => `<li>${esc(l.language)}${l.fluency ? ` - ${boardLevel(l.fluency)}` : ''}</li>`).join('')}</ul>`;
      if (key === 'certificates') return resume.certificates.map(certificate).join('');
      if (key === 'awards') return resume.awards.map((a) => `<div class="entry"><p class="t">${esc(a.title)}</p>${a.date ? `<p class="d">${esc(formatDate(a.date, 'MMMM YYYY'))}</p>` : ''}${[a.awarder, a.summary].filter(Boolean).map((t) => `<p class="desc">${esc(t)}</p>`).join('')}</div>`).join('');
      return resume.publications.map((p) => `<div class="entry"><p class="t">${link(p.url, p.name)}</p>${p.releaseDate ? `<p class="d">${esc(formatDate(p.releaseDate, 'MMMM YYYY'))}</p>` : ''}${[p.publisher, p.summary].filter(Boolean).map((t) => `<p class="desc">${esc(t)}</p>`).join('')}</div>`).join('');
    };

    const all = contactsOf(basics, { profileLabels: false, fullUrls: true });
    const head = all.filter((c) => ['location', 'email', 'phone'].includes(c.kind));
    const linkItems = links ? all.filter((c) => c.kind === 'url' || c.kind === 'profile') : [];
    const header = `<header><h1>${esc(basics.name)}</h1>${headline ? `<p class="label">${esc(basics.label)}</p>` : ''}`
      + `${head.map((c) => `<p>${link(c.href, c.text)}</p>`).join('')}${sections.includes('summary') && !summaryHeading ? `<p class="sum">${esc(basics.summary)}</p>` : ''}</header>`;
    const shown = sections.filter((k) => k !== 'summary' || summaryHeading);
    const linksHtml = linkItems.length ? `<section><h2>Links</h2>${linkItems.map((c) => `<p>${link(c.href, c.text)}</p>`).join('')}</section>` : '';
    const body = `${header}\n<main>${shown.map((k) => `<section><h2>${esc(titles[k])}</h2>${content(k)}</section>`).join('\n')}${linksHtml}</main>`;
    const css = `${baseCss(look)}${PLAIN_CSS}
header { margin-bottom: 5mm; } h1 { font-size: 1.9em; font-weight: normal; margin-bottom: 0.2em; }
.label { font-size: 1.05em; margin-bottom: 0.3em; } .sum { margin-top: 0.6em; }
h2 { font-size: 1.25em; font-weight: normal; border-bottom: 1pt solid #ccc; padding-bottom: 0.15em; margin: 0.8em 0 0.5em; break-after: avoid; }
.entry { margin-bottom: 0.9em; } .t { font-weight: bold; font-size: 1.05em; } .d { color: #595959; } .desc { margin-top: 0.25em; }
ul.sk { padding-left: 1.2em; list-style: disc; } ul.sk li { margin-bottom: 0.2em; }`;

    const truth = shownTruth(resume, look, {
      sections,
      basics: ['name', ...(headline ? ['label'] : []), ...contactKeys([...head, ...linkItems])],
      fields: { education: ['institution', 'area', 'studyType', 'startDate', 'endDate'] },
    });
    (truth.education ?? []).forEach((e, i) => setDates(e, eduShown[i], 'MMMM YYYY'));
    (truth.languages ?? []).forEach((l) => { if (l.fluency) l.fluency = boardLevel(l.fluency); });
    wordsOnly(truth);
    return { html: htmlPage({ title: `${basics.name} - Resume`, css, body }), truth };
  },
};

// ---------------------------------------------------------------- 2. hybrid (combination) resume

const hybrid = {
  id: 'html-k2-hybrid',
  family: 'html',
  format: 'pdf',
  patterns: ['combination resume: "Summary of Qualifications" as bullets (the summary\'s sentences)', '"Core Competencies" as a three-column table of skill words (the truth keeps the words)',
    '"Professional Experience": company and place with dates right, the title in italics under it, a summary and "Key Achievements:" bullets',
    '"Education & Credentials": degrees and certificates under one heading'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, { dateStyles: ['MMM YYYY', 'MM/YYYY', 'YYYY', 'MMMM YYYY'] });
    if (rng.chance(0.4)) look.studyType = degreeAbbreviator(rng);
    const titles = pickTitles(rng);
    titles.summary = rng.pick(['Summary of Qualifications', 'Qualifications Summary', 'Summary of Qualifications', 'Highlights of Qualifications']);
    titles.skills = rng.pick(['Core Competencies', 'Areas of Expertise', 'Core Strengths']);
    titles.work = rng.pick(['Professional Experience', 'Professional Experience', 'Experience & Achievements', 'Career Experience']);
    titles.education = rng.pick(['Education & Credentials', 'Education & Certifications', 'Education and Credentials']);
    const achievements = rng.chance(0.6) ? rng.pick(['Key Achievements:', 'Selected Accomplishments:', 'Achievements:']) : '';
    const subLabels = rng.chance(0.4);
    const upperName = rng.chance(0.3);
    const planned = planSections(resume, rng).filter((k) => !['skills', 'certificates', 'education'].includes(k));
    const order = [...planned.filter((k) => k === 'summary'), ...(resume.skills ? ['skills'] : []), ...planned.filter((k) => k !== 'summary')];
    const lastCore = order.lastIndexOf('work');
    order.splice(lastCore >= 0 ? lastCore + 1 : order.length, 0, 'education');
    const credentials = resume.certificates && rng.chance(0.9);
    if (!resume.education && !credentials) order.splice(order.indexOf('education'), 1);

    const job = (e) => {
      const d = describe('work', e, look);
      const co = e.name && e.position ? `<strong>${esc(e.name)}</strong>${e.location ? `, ${esc(e.location)}` : ''}` : `<strong>${esc(d.title)}</strong>${e.location ? `, ${esc(e.location)}` : ''}`;
      return `<div class="entry keep"><div class="line"><span>${co}</span><span class="date">${esc(d.date ?? '')}</span></div>`
        + `${e.name && e.position ? `<p class="pos">${esc(e.position)}</p>` : ''}${paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('')}`
        + `${achievements && d.bullets?.length ? `<p class="ach">${esc(achievements)}</p>` : ''}${highlightsHtml(d.bullets, look)}</div>`;
    };
    const eduShown = [];
    const degree = (e, i) => {
      const studyType = look.studyType ? look.studyType(e.studyType) : e.studyType;
      const year = e.endDate ? formatDate(e.endDate, 'YYYY') : '';
      eduShown[i] = year ? { end: e.endDate } : {};
      const what = [studyType, e.area].filter(Boolean).join(', ');
      return `<p>${what ? `<strong>${esc(what)}</strong> — ` : ''}${esc(e.institution ?? '')}${year ? `, ${year}` : ''}</p>`;
    };
    const cert = (c) => `<p>${esc(c.name)}${c.issuer ? ` — ${esc(c.issuer)}` : ''}${c.date ? ` (${formatDate(c.date, 'YYYY')})` : ''}</p>`;
    const content = (key) => {
      if (key === 'summary') return `<ul class="quals">${sentences(resume.basics.summary).map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`;
      if (key === 'skills') {
        const words = skillWords(resume);
        const marker = rng.pick(['', '▪ ', '• ']);
        const rows = [];
        for (let i = 0; i < words.length; i += 3) rows.push(`<tr>${[0, 1, 2].map((k) => `<td>${words[i + k] ? `${marker}${esc(words[i + k])}` : ''}</td>`).join('')}</tr>`);
        return `<table class="grid">${rows.join('')}</table>`;
      }
      if (key === 'work') return resume.work.map(job).join('');
      if (key === 'education') {
        const edu = (resume.education ?? []).map(degree).join('');
        const certs = credentials ? resume.certificates.map(cert).join('') : '';
        return subLabels ? `${edu ? `<p class="sub">Education</p>${edu}` : ''}${certs ? `<p class="sub">Certifications</p>${certs}` : ''}` : `${edu}${certs}`;
      }
      return plainSection(key, resume, look);
    };

    const basics = resume.basics;
    const contacts = contactsOf(basics, { profileLabels: rng.chance(0.5) });
    const name = upperName ? basics.name.toUpperCase() : basics.name;
    const header = `<header><h1>${esc(name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}<p class="contacts">${contactLine(contacts, rng.pick([' | ', ' • ', ' · ']))}</p></header>`;
    const body = `${header}\n<main>${order.map((k) => `<section><h2>${esc(titles[k])}</h2>${content(k)}</section>`).join('\n')}</main>`;
    const css = `${baseCss(look)}${PLAIN_CSS}
header { text-align: center; border-bottom: 1.5pt solid ${look.accent}; padding-bottom: 2mm; margin-bottom: 3mm; }
h1 { font-size: 2em; color: ${look.accent}; } .label { font-weight: bold; } .contacts { font-size: 0.92em; }
h2 { font-size: 1.05em; text-transform: uppercase; letter-spacing: 0.06em; background: #eee; padding: 0.1em 0.4em; margin-bottom: 0.4em; break-after: avoid; }
ul.quals { padding-left: 1.3em; list-style: ${rng.pick(['disc', 'square'])}; }
table.grid { width: 100%; border-collapse: collapse; } table.grid td { width: 33%; padding: 0.1em 0.3em; vertical-align: top; }
.pos { font-style: italic; } .ach { font-weight: bold; margin-top: 0.2em; } .sub { font-weight: bold; text-decoration: underline; margin-top: 0.3em; }`;

    let truth = shownTruth(resume, look, {
      sections: [...order, ...(credentials && order.includes('education') ? ['certificates'] : [])],
      basics: ['name', 'label', ...contactKeys(contacts)],
      fields: { education: ['institution', 'area', 'studyType', 'endDate'] },
    });
    (truth.education ?? []).forEach((e, i) => setDates(e, eduShown[i], 'YYYY'));
    truth = datesAsShown(truth, 'YYYY', ['certificates']);
    wordsOnly(truth);
    if (upperName) nameInCapitals(truth);
    return { html: htmlPage({ title: basics.name, css, body }), truth };
  },
};

// ---------------------------------------------------------------- 3. IT contractor / consultant CV

const consultant = {
  id: 'html-k2-consultant',
  family: 'html',
  format: 'pdf',
  patterns: ['IT contractor CV: per-client project entries "Client: X · Role: Y · 03/2021 – 11/2022" or a labelled table per project (Period, Client, Role, Tasks, Technologies)',
    '"Technologies:" lines under client projects (not in the truth)', 'a key-skills matrix: skill, years, level dots (years and dots not in the truth)',
    'availability and rate line in the header (not in the truth)', 'certifications with MM/YYYY first'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, { fonts: [0, 1, 0], dateStyles: ['MM/YYYY', 'MM/YYYY', 'MM.YYYY', 'M/YYYY'] });
    look.rangeSeparator = rng.pick([' – ', ' - ', '–']);
    look.present = rng.pick(['today', 'present', 'Present', 'ongoing']);
    const form = rng.pick(['line', 'table']);
    const titles = pickTitles(rng);
    titles.summary = rng.pick(['Profile', 'Consultant Profile', 'Summary']);
    titles.work = rng.pick(['Project History', 'Client Projects', 'Project Experience', 'Selected Engagements']);
    titles.skills = rng.pick(['Key Skills', 'Skills Matrix', 'Key Skills & Experience']);
    titles.projects = rng.pick(['Own Projects', 'Side Projects', 'Open Source']);
    const sections = planSections(resume, rng).filter((k) => k !== 'references');
    const pool = skillWords(resume);

    const techLine = () => rng.sample(pool, rng.int(3, 5)).join(', ');
    const job = (e) => {
      const d = describe('work', e, look);
      const tech = pool.length ? techLine() : '';
      if (form === 'line') {
        const bits = [e.name && `<strong>Client:</strong> ${esc(e.name)}`, e.position && `<strong>Role:</strong> ${esc(e.position)}`, d.date && esc(d.date)].filter(Boolean);
        return `<div class="entry keep"><p class="head">${bits.join(' · ')}</p>${e.location ? `<p class="loc">${esc(e.location)}</p>` : ''}`
          + `${paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('')}${highlightsHtml(d.bullets, look)}${tech ? `<p class="kw"><em>Technologies:</em> ${esc(tech)}</p>` : ''}</div>`;
      }
      const rows = [['Period', esc(d.date ?? '')], ['Client', esc([e.name, e.location].filter(Boolean).join(', '))], ['Role', esc(e.position ?? '')],
        ['Project', paragraphs(d).map(esc).join('<br>')], ['Tasks', highlightsHtml(d.bullets, look)], ['Technologies', esc(tech)]].filter(([, v]) => v);
      return `<table class="proj keep">${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table>`;
    };
    const matrix = () => {
      const dots = rng.chance(0.6);
      const rows = resume.skills.map((s) => {
        const head = skillShowsName(s) ? `<tr class="grp"><td colspan="3">${esc(s.name)}</td></tr>` : '';
        const words = s.keywords?.length ? s.keywords : [];
        return head + words.map((w) => { const lv = rng.int(2, 5); return `<tr><td>${esc(w)}</td><td>${rng.int(1, 14)} yrs</td>${dots ? `<td class="dots">${'●'.repeat(lv)}${'○'.repeat(5 - lv)}</td>` : '<td></td>'}</tr>`; }).join('');
      }).join('');
      return `<table class="matrix"><tr class="th"><td>Skill</td><td>Experience</td><td>${dots ? 'Level' : ''}</td></tr>${rows}</table>`;
    };
    const eduShown = [];
    const education = (e, i) => {
      const year = e.endDate ? formatDate(e.endDate, 'YYYY') : '';
      eduShown[i] = year ? { end: e.endDate } : {};
      return `<p>${esc(look.degree(e.studyType, e.area))}, ${esc(e.institution ?? '')}${year ? ` (${year})` : ''}</p>`;
    };
    const content = (key) => {
      if (key === 'work') return resume.work.map(job).join('');
      if (key === 'skills') return matrix();
      if (key === 'education') return resume.education.map(education).join('');
      if (key === 'certificates') return resume.certificates.map((c) => `<div class="line start"><span class="date">${esc(c.date ? formatDate(c.date, look.dateStyle) : '')}</span><span>${esc(c.name)}${c.issuer ? ` (${esc(c.issuer)})` : ''}</span></div>`).join('');
      if (key === 'languages') return `<p>${esc(resume.languages.map((l) => (l.fluency ? `${l.language} (${l.fluency})` : l.language)).join(' · '))}</p>`;
      return plainSection(key, resume, look);
    };

    const basics = resume.basics;
    const contacts = contactsOf(basics, { profileLabels: true });
    const avail = rng.chance(0.6) ? `<p class="avail">${esc(rng.pick(['Available from', 'Availability:', 'Next availability:']))} ${esc(formatDate(`2025-${String(rng.int(7, 12)).padStart(2, '0')}`, look.dateStyle))} · ${esc(rng.pick(['Remote or on site', 'Rate on request', '100% remote preferred', 'Up to 4 days on site']))}</p>` : '';
    const header = `<header><div><h1>${esc(basics.name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}${avail}</div>`
      + `<div class="contacts">${contacts.map((c) => `<p>${link(c.href, c.text)}</p>`).join('')}</div></header>`;
    const body = `${header}\n<main>${sections.map((k) => `<section><h2>${esc(titles[k])}</h2>${content(k)}</section>`).join('\n')}</main>`;
    const css = `${baseCss(look)}${PLAIN_CSS}
header { display: flex; justify-content: space-between; gap: 6mm; border-bottom: 3pt solid ${look.accent}; padding-bottom: 3mm; margin-bottom: 4mm; }
h1 { font-size: 1.8em; } .label { color: ${look.accent}; font-weight: bold; } .avail { margin-top: 0.3em; font-size: 0.92em; color: #555; }
.contacts { text-align: right; font-size: 0.9em; }
h2 { font-size: 1.1em; color: ${look.accent}; border-bottom: 0.5pt solid #999; margin-bottom: 0.4em; break-after: avoid; }
.head { background: #f0f0f0; padding: 0.1em 0.3em; } .loc { color: #666; font-size: 0.93em; }
table { border-collapse: collapse; width: 100%; margin-bottom: 0.6em; }
table.proj th { width: 22%; text-align: left; vertical-align: top; padding: 0.15em 0.4em 0.15em 0; color: #555; font-weight: bold; }
table.proj td { padding: 0.15em 0; vertical-align: top; } table.proj { border-top: 0.5pt solid #ccc; }
table.matrix td { padding: 0.05em 0.4em; border-bottom: 0.3pt solid #ddd; } .grp td { font-weight: bold; padding-top: 0.35em; } .th td { font-weight: bold; color: #666; }
.dots { color: ${look.accent}; letter-spacing: 0.1em; } .start { justify-content: flex-start; } .start .date { width: 18%; }`;

    const truth = shownTruth(resume, look, {
      sections,
      basics: ['name', 'label', ...contactKeys(contacts)],
      fields: { education: ['institution', 'area', 'studyType', 'endDate'] },
    });
    (truth.education ?? []).forEach((e, i) => setDates(e, eduShown[i], 'YYYY'));
    // The matrix shows each group's name over its words, never its level.
    (truth.skills ?? []).forEach((s) => delete s.level);
    return { html: htmlPage({ title: `${basics.name} – CV`, css, body }), truth };
  },
};

// ---------------------------------------------------------------- 4. continental European tabular CV

const NATIONALITY = { DE: 'German', AT: 'Austrian', CH: 'Swiss', FR: 'French', IT: 'Italian', ES: 'Spanish', PL: 'Polish',
  NL: 'Dutch', BE: 'Belgian', PT: 'Portuguese', SE: 'Swedish', DK: 'Danish', NO: 'Norwegian', FI: 'Finnish', CZ: 'Czech',
  GR: 'Greek', TR: 'Turkish', IE: 'Irish', GB: 'British', US: 'American', CA: 'Canadian', IN: 'Indian', BR: 'Brazilian',
  MX: 'Mexican', AR: 'Argentinian', NG: 'Nigerian', JP: 'Japanese', CN: 'Chinese', KR: 'South Korean', AU: 'Australian' };

const tabularCv = {
  id: 'html-k2-tabular-cv',
  family: 'html',
  format: 'pdf',
  patterns: ['continental European tabular CV in English: a two-column table, date ranges left ("09/2016 – 07/2019", "since 03/2020"), entries right',
    '"Personal details" table with date of birth and nationality (not in the truth)', 'language levels as CEFR codes ("C1 (advanced)", "Mother tongue")',
    'skills as a table of group and words', 'place and date line above a signature line at the end in some'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, { fonts: [0, 2, 1], dateStyles: ['MM/YYYY', 'MM/YYYY', 'MM.YYYY'], bullets: [['–', 2], ['•', 1], ['disc', 1]] });
    look.rangeSeparator = rng.pick([' – ', ' - ', '–']);
    const since = rng.chance(0.4);
    look.present = rng.pick(['today', 'present', 'now']);
    const titles = pickTitles(rng);
    titles.work = rng.pick(['Professional experience', 'Work experience', 'Professional Experience', 'Career']);
    titles.education = rng.pick(['Education', 'Education and training', 'Education']);
    titles.skills = rng.pick(['IT skills', 'Skills', 'Computer skills', 'Special skills']);
    titles.languages = rng.pick(['Languages', 'Language skills']);
    titles.certificates = rng.pick(['Further training', 'Certificates', 'Further education and certificates']);
    titles.interests = rng.pick(['Hobbies', 'Interests', 'Hobbies and interests']);
    titles.summary = rng.pick(['Profile', 'Personal profile']);
    const sections = planSections(resume, rng).filter((k) => k !== 'references');

    const when = (e) => {
      if (since && e.startDate && !e.endDate) return `since ${formatDate(e.startDate, look.dateStyle)}`;
      return describe('work', e, look).date ?? '';
    };
    const row = (left, right) => `<tr class="keep"><td class="l">${left}</td><td class="r">${right}</td></tr>`;
    const eduShown = [];
    const content = (key) => {
      if (key === 'work') {
        return resume.work.map((e) => {
          const d = describe('work', e, look);
          return row(esc(when(e)), `<strong>${esc(d.title)}</strong>${d.subtitle || d.place ? `<br>${esc([d.subtitle, d.place].filter(Boolean).join(', '))}` : ''}`
            + `${paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('')}${highlightsHtml(d.bullets, look)}`);
        }).join('');
      }
      if (key === 'education') {
        return resume.education.map((e, i) => {
          const studyType = e.studyType;
          eduShown[i] = { start: e.startDate, end: e.endDate };
          const date = since && e.startDate && !e.endDate ? `since ${formatDate(e.startDate, look.dateStyle)}` : describe('education', e, look).date ?? '';
          const grade = e.score ? `<br>${esc(rng.pick(['Final grade: ', 'Grade: ', '']))}${esc(e.score)}` : '';
          return row(esc(date), `<strong>${esc([studyType, e.area].filter(Boolean).join(rng.pick([' in ', ', '])))}</strong><br>${esc(e.institution ?? '')}${grade}`);
        }).join('');
      }
      if (key === 'languages') return resume.languages.map((l) => row(esc(l.language), esc(l.fluency ? l.shown : ''))).join('');
      if (key === 'skills') return resume.skills.map((s) => row(esc(skillShowsName(s) ? s.name : ''), esc((s.keywords ?? []).join(', ')))).join('');
      if (key === 'certificates') return resume.certificates.map((c) => row(esc(c.date ? formatDate(c.date, look.dateStyle) : ''), `${esc(c.name)}${c.issuer ? `, ${esc(c.issuer)}` : ''}`)).join('');
      if (key === 'interests') return row('', esc(resume.interests.map(interestText).join(', ')));
      if (key === 'summary') return row('', esc(resume.basics.summary));
      return resume[key].map((e) => {
        const d = describe(key, e, look);
        const kw = d.keywords?.length ? `<p>${esc(`${look.keywordsLabel}: ${d.keywords.join(', ')}`)}</p>` : '';
        return row(esc(d.date ?? ''), `<strong>${link(d.titleHref, d.title)}</strong>${d.subtitle ? `, ${esc(d.subtitle)}` : ''}${paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('')}${highlightsHtml(d.bullets, look)}${kw}`);
      }).join('');
    };
    for (const l of resume.languages ?? []) if (l.fluency) l.shown = cefrLevel(l.fluency, rng);

    const basics = resume.basics;
    const contacts = contactsOf(basics, { address: rng.chance(0.8), profileLabels: true });
    const studyYears = (resume.education ?? []).map((e) => Number(String(e.startDate ?? e.endDate ?? '').slice(0, 4))).filter(Boolean);
    const firstStudy = studyYears.length ? Math.min(...studyYears) : 2008;
    const born = `${String(rng.int(1, 28)).padStart(2, '0')}.${String(rng.int(1, 12)).padStart(2, '0')}.${firstStudy - rng.int(18, 20)}`;
    const personal = [['Name', esc(basics.name)], ...contacts.map((c) => [c.kind === 'location' ? 'Address' : c.label, link(c.href, c.kind === 'profile' ? c.value : c.text)]),
      ['Date of birth', born], ...(rng.chance(0.7) ? [['Nationality', esc(NATIONALITY[basics.location?.countryCode] ?? 'EU citizen')]] : []),
      ...(rng.chance(0.3) ? [['Marital status', rng.pick(['single', 'married'])]] : [])];
    const nameOnTop = rng.chance(0.5);
    const city = basics.location?.city;
    const signature = city && rng.chance(0.4) ? `<p class="sig">${esc(city)}, ${String(rng.int(1, 28)).padStart(2, '0')}.06.2025</p><p class="sig2">${esc(basics.name)}</p>` : '';
    const body = `<h1>${nameOnTop ? esc(basics.name) : 'Curriculum Vitae'}</h1>${nameOnTop ? '<p class="cv">Curriculum Vitae</p>' : ''}
<main><section><h2>Personal details</h2><table>${personal.map(([k, v]) => row(esc(k), v)).join('')}</table></section>
${sections.map((k) => `<section><h2>${esc(titles[k])}</h2><table>${content(k)}</table></section>`).join('\n')}${signature}</main>`;
    const css = `${baseCss(look)}${PLAIN_CSS}
h1 { font-size: 1.7em; margin-bottom: 0.2em; } .cv { color: #666; margin-bottom: 3mm; }
h2 { font-size: 1.1em; color: ${look.accent}; border-bottom: 0.75pt solid ${look.accent}; margin: 0.5em 0 0.35em; break-after: avoid; }
table { border-collapse: collapse; width: 100%; } td { vertical-align: top; padding: 0.12em 0 0.3em; }
td.l { width: ${rng.int(24, 30)}%; padding-right: 4mm; color: #333; } .sig { margin-top: 8mm; } .sig2 { border-top: 0.5pt solid #000; width: 50mm; margin-top: 8mm; padding-top: 1mm; }`;

    const truth = shownTruth(resume, look, { sections, basics: ['name', ...contactKeys(contacts)],
      fields: { education: ['institution', 'area', 'studyType', 'startDate', 'endDate', 'score'] } });
    (truth.skills ?? []).forEach((s) => delete s.level);
    (truth.languages ?? []).forEach((l, i) => { if (l.fluency) l.fluency = resume.languages[i].shown; });
    (truth.education ?? []).forEach((e, i) => setDates(e, eduShown[i], look.dateStyle));
    return { html: htmlPage({ title: `Curriculum Vitae – ${basics.name}`, css, body }), truth };
  },
};

// ---------------------------------------------------------------- 5. military-to-civilian resume

const SERVICES = [
  { branch: 'U.S. Army', bases: ['Fort Liberty, NC', 'Fort Cavazos, TX', 'Joint Base Lewis-McChord, WA', 'Fort Campbell, KY', 'Fort Carson, CO'],
    ranks: [['Team Leader (E-5)', 'Squad Leader (E-6)', 'Platoon Sergeant (E-7)'], ['Motor Transport Operator (E-4)', 'Motor Transport Sergeant (E-5)', 'Motor Pool Supervisor (E-6)'], ['Supply Specialist (E-4)', 'Supply Sergeant (E-6)', 'Logistics NCO (E-7)']],
    medals: ['Army Commendation Medal', 'Army Achievement Medal', 'Army Good Conduct Medal', 'National Defense Service Medal'],
    training: ['Basic Leader Course (BLC)', 'Advanced Leader Course (ALC)', 'Senior Leader Course (SLC)', 'Combat Lifesaver Course', 'Master Driver Course'] },
  { branch: 'U.S. Marine Corps', bases: ['Camp Lejeune, NC', 'Camp Pendleton, CA', 'MCAS Miramar, CA'],
    ranks: [['Rifleman (E-3)', 'Fire Team Leader (E-4)', 'Squad Leader (E-5)'], ['Logistics Clerk (E-4)', 'Logistics Chief (E-6)', 'Operations Chief (E-7)']],
    medals: ['Navy and Marine Corps Achievement Medal', 'Marine Corps Good Conduct Medal', 'Navy and Marine Corps Commendation Medal'],
    training: ['Corporals Course', 'Sergeants Course', 'Marine Combat Instructor Course', 'Logistics Chief Course'] },
  { branch: 'U.S. Navy', bases: ['Naval Station Norfolk, VA', 'Naval Base San Diego, CA', 'Naval Air Station Jacksonville, FL'],
    ranks: [['Logistics Specialist Third Class (E-4)', 'Logistics Specialist Second Class (E-5)', 'Logistics Specialist First Class (E-6)'], ['Hospital Corpsman Third Class (E-4)', 'Hospital Corpsman Second Class (E-5)', 'Leading Petty Officer (E-6)']],
    medals: ['Navy and Marine Corps Achievement Medal', 'Navy Good Conduct Medal', 'Sea Service Deployment Ribbon'],
    training: ['Petty Officer Indoctrination Course', 'Damage Control Training', 'Navy Instructor Training Course'] },
  { branch: 'U.S. Air Force', bases: ['Joint Base San Antonio, TX', 'Ramstein Air Base, Germany', 'Nellis AFB, NV', 'Eglin AFB, FL'],
    ranks: [['Aircraft Maintenance Technician (E-4)', 'Crew Chief (E-5)', 'Flight Chief (E-7)'], ['Security Forces Member (E-4)', 'Patrol Leader (E-5)', 'Flight Sergeant (E-6)']],
    medals: ['Air Force Commendation Medal', 'Air Force Achievement Medal', 'Air Force Good Conduct Medal'],
    training: ['Airman Leadership School', 'NCO Academy', 'Airman Leadership School (Distinguished Graduate)'] },
];
const SERVICE_BULLETS = [
  'Supervised, trained and mentored {n} personnel; accountable for ${m}M in equipment with zero losses',
  'Planned and coordinated logistics for {k} multi-unit training exercises across three states',
  'Managed maintenance schedules for {k} vehicles, keeping a {p}% readiness rate',
  'Served as unit safety officer; cut reportable incidents by {p2}% over two years',
  'Wrote performance evaluations and development plans for {n} team members',
  'Tracked inventory of {k}0 line items with 100% accountability at every inspection',
  'Briefed senior leaders on readiness, training status and risk weekly',
];
const CLEARANCES = ['Active Secret Clearance', 'Security Clearance: Secret (active)', 'TS/SCI Clearance (inactive since 2024)', 'Clearance: Top Secret (current)', 'Secret Clearance – eligible for reinstatement'];

/** One or two service entries (newest first) ending before the person's first civilian job. */
function serviceOf(resume, rng) {
  const svc = rng.pick(SERVICES);
  const ladder = rng.pick(svc.ranks);
  // Veterans often study after their service: only the civilian jobs bound it.
  const starts = (resume.work ?? []).map((e) => e.startDate).filter(Boolean).sort();
  const firstYear = Number(String(starts[0] ?? NOW_ISO).slice(0, 4));
  const endMonth = rng.int(1, 12);
  const end = `${firstYear - (endMonth > 6 ? 1 : 0)}-${String(endMonth).padStart(2, '0')}`;
  const fill = (t) => t.replace('{n}', rng.int(8, 42)).replace('{m}', (rng.int(12, 98) / 10).toFixed(1)).replace('{k}', rng.int(6, 40))
    .replace('{p}', rng.int(92, 99)).replace('{p2}', rng.int(20, 60));
  const count = rng.chance(0.6) ? 2 : 1;
  const entries = [];
  let until = end;
  const bases = rng.sample(svc.bases, 2);
  for (let k = 0; k < count; k++) {
    const years = rng.int(2, 5);
    const y = Number(until.slice(0, 4));
    const startMonth = rng.int(1, 12);
    const start = `${y - years}-${String(startMonth).padStart(2, '0')}`;
    entries.push({ name: svc.branch, position: ladder[count === 2 ? 2 - k : rng.int(1, 2)], location: bases[k], startDate: start, endDate: until,
      highlights: rng.sample(SERVICE_BULLETS, rng.int(2, 4)).map(fill) });
    const prev = new Date(Date.UTC(y - years, startMonth - 2, 1));
    until = `${prev.getUTCFullYear()}-${String(prev.getUTCMonth() + 1).padStart(2, '0')}`;
  }
  const year = (e) => Number(e.startDate.slice(0, 4));
  const medals = rng.sample(svc.medals, rng.int(2, 3)).map((title) => ({ title, date: String(rng.int(year(entries.at(-1)) + 1, Number(end.slice(0, 4)))) }));
  const training = rng.sample(svc.training, rng.int(2, 3)).map((name) => ({ name, issuer: svc.branch, date: String(rng.int(year(entries.at(-1)), Number(end.slice(0, 4)))) }));
  return { entries, medals, training };
}

const military = {
  id: 'html-k2-military',
  family: 'html',
  format: 'pdf',
  patterns: ['military-to-civilian resume: a clearance line under the contacts (not in the truth)',
    'entries as "Platoon Sergeant (E-7), U.S. Army — Fort Liberty, NC" with the dates right or on the next line; service in the same list as civilian jobs or a "Military Experience" section',
    'civilian-translated bullets for the service', '"Awards & Decorations" with medals and years', '"Training & Certifications" mixing military courses and civilian certificates'],
  render(person, rng) {
    const resume = printable(person);
    const service = serviceOf(resume, rng);
    const look = pickLook(resume, rng, { fonts: [0, 2], dateStyles: ['MMM YYYY', 'MM/YYYY', 'MMMM YYYY'] });
    look.present = 'Present';
    const separate = rng.chance(0.5);
    const upperName = rng.chance(0.4);
    const datesRight = rng.chance(0.6);
    const titles = pickTitles(rng);
    titles.summary = rng.pick(['Professional Summary', 'Summary', 'Profile']);
    titles.skills = rng.pick(['Core Skills', 'Key Skills', 'Skills']);
    titles.work = separate ? rng.pick(['Professional Experience', 'Civilian Experience', 'Work Experience']) : rng.pick(['Professional Experience', 'Experience']);
    const all = { ...resume, work: separate ? resume.work : [...(resume.work ?? []), ...service.entries] };
    all.awards = [...service.medals, ...(resume.awards ?? [])];
    all.certificates = [...service.training, ...(resume.certificates ?? [])];
    const planned = planSections(all, rng).filter((k) => !['awards', 'certificates', 'references', 'interests'].includes(k));
    const order = [...planned];
    if (separate) order.splice(order.indexOf('work') + 1, 0, 'military');
    order.push('awards', 'certificates');

    const entry = (e) => {
      const d = describe('work', e, look);
      const head = `<strong>${esc(d.title)}</strong>${d.subtitle ? `, ${esc(d.subtitle)}` : ''}${d.place ? ` — ${esc(d.place)}` : ''}`;
      return `<div class="entry keep">${datesRight ? `<div class="line"><span>${head}</span><span class="date">${esc(d.date)}</span></div>` : `<p>${head}</p><p class="date">${esc(d.date)}</p>`}`
        + `${paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('')}${highlightsHtml(d.bullets, look)}</div>`;
    };
    const content = (key) => {
      if (key === 'work') return all.work.map(entry).join('');
      if (key === 'military') return service.entries.map(entry).join('');
      if (key === 'awards') return `<ul class="hl">${all.awards.map((a) => `<li>${esc(a.title)}${a.awarder ? `, ${esc(a.awarder)}` : ''}${a.date ? ` (${formatDate(a.date, 'YYYY')})` : ''}</li>`).join('')}</ul>`;
      if (key === 'certificates') return `<ul class="hl">${all.certificates.map((c) => `<li>${esc(c.name)}${c.issuer ? ` — ${esc(c.issuer)}` : ''}${c.date ? `, ${formatDate(c.date, 'YYYY')}` : ''}</li>`).join('')}</ul>`;
      if (key === 'education') return all.education.map((e) => `<p><strong>${esc(look.degree(e.studyType, e.area))}</strong>, ${esc(e.institution ?? '')}${e.endDate ? `, ${formatDate(e.endDate, 'YYYY')}` : ''}</p>`).join('');
      return plainSection(key, all, look);
    };
    const title = (k) => (k === 'military' ? rng.pick(['Military Experience', 'Military Service']) : k === 'awards' ? 'Awards & Decorations' : k === 'certificates' ? rng.pick(['Training & Certifications', 'Military Training & Certifications']) : titles[k]);

    const basics = resume.basics;
    const contacts = contactsOf(basics, { profileLabels: rng.chance(0.5) });
    const header = `<header><h1>${esc(basics.name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}<p>${contactLine(contacts, ' | ')}</p><p class="clr">${esc(rng.pick(CLEARANCES))}</p></header>`;
    const body = `${header}\n<main>${order.map((k) => `<section><h2>${esc(title(k))}</h2>${content(k)}</section>`).join('\n')}</main>`;
    const css = `${baseCss(look)}${PLAIN_CSS}
header { text-align: center; margin-bottom: 4mm; } h1 { font-size: 1.9em; text-transform: ${upperName ? 'uppercase' : 'none'}; } .label { font-weight: bold; }
.clr { font-weight: bold; color: ${look.accent}; margin-top: 0.2em; }
h2 { font-size: 1.08em; text-transform: uppercase; border-bottom: 1.2pt solid #000; margin-bottom: 0.35em; break-after: avoid; }`;

    const truthWork = separate ? [...(resume.work ?? []), ...service.entries] : all.work;
    let truth = shownTruth({ ...all, work: truthWork }, look, {
      sections: [...order.filter((k) => k !== 'military')],
      basics: ['name', 'label', ...contactKeys(contacts)],
      fields: { education: ['institution', 'area', 'studyType', 'endDate'], awards: ['title', 'awarder', 'date'] },
    });
    truth = datesAsShown(truth, 'YYYY', ['awards', 'certificates', 'education']);
    (truth.education ?? []).forEach((e) => delete e.startDate);
    if (upperName) nameInCapitals(truth);
    return { html: htmlPage({ title: basics.name, css, body }), truth };
  },
};

// ---------------------------------------------------------------- 6. attorney resume

const BAR = /\bbar\b|barreau|solicitor|advocate|rechtsanwalt|admitted|benchers|law society/i;
const LAW_DEGREE = /^(j\.?d\.?|ll\.?\s?[bm]\.?|juris|bachelor of laws|master of laws)/i;
const CLERK = /clerk|judicial|law intern|extern/i;

const legal = {
  id: 'html-k2-legal',
  family: 'html',
  format: 'pdf',
  patterns: ['attorney resume: "Bar Admissions" (the person\'s bar and practising certificates) near the top',
    'law degrees as "J.D., cum laude" over the school and year, with a law review or moot court line (not in the truth)',
    '"Judicial Clerkships" apart from "Legal Experience"', '"Representative Matters" lifted from the jobs (not in the truth)',
    'publications as law-review citations', '", Esq." after the name in some (the truth keeps the name alone)'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, { fonts: [2, 2, 0], dateStyles: ['YYYY', 'MMM YYYY', 'MMMM YYYY', 'YYYY'], bullets: [['•', 2], ['disc', 1], ['–', 1]] });
    look.rangeSeparator = rng.pick([' – ', ' - ', '–']);
    look.present = 'Present';
    const lawyer = /attorney|\bcounsel\b|lawyer|solicitor|barrister|law clerk|rechtsanwalt|avocat/i.test(jobWords(resume));
    const titles = pickTitles(rng);
    titles.work = rng.pick(['Legal Experience', 'Professional Experience', 'Experience']);
    titles.skills = rng.pick(['Practice Areas & Skills', 'Skills', 'Areas of Practice']);
    titles.publications = rng.pick(['Publications', 'Selected Publications', 'Articles']);
    titles.awards = rng.pick(['Honors', 'Honors & Recognition', 'Awards']);
    const bars = (resume.certificates ?? []).filter((c) => BAR.test(`${c.name} ${c.issuer ?? ''}`));
    const otherCerts = (resume.certificates ?? []).filter((c) => !bars.includes(c));
    const clerkships = (resume.work ?? []).filter((w) => CLERK.test(w.position ?? ''));
    const jobs = (resume.work ?? []).filter((w) => !clerkships.includes(w));
    const matters = [];
    if (lawyer) for (const w of jobs) if (matters.length < 4 && (w.highlights?.length ?? 0) >= 2) matters.push(w.highlights.shift());
    const esq = lawyer && /US/.test(resume.basics.location?.countryCode ?? '') && rng.chance(0.4);
    const planned = planSections(resume, rng).filter((k) => k !== 'certificates');
    const order = [];
    for (const k of planned) {
      if (k === 'education' && !order.includes('work')) { order.push('bars', 'education'); continue; }
      if (k === 'work') {
        if (!order.includes('bars')) order.push('bars');
        if (clerkships.length) order.push('clerkships');
        if (jobs.length) order.push('work');
        if (matters.length) order.push('matters');
        continue;
      }
      order.push(k);
    }
    if (otherCerts.length && rng.chance(0.9)) order.push('certificates');
    const shownOrder = order.filter((k) => k !== 'bars' || bars.length);

    const job = (e) => {
      const d = describe('work', e, look);
      const head = e.name && e.position ? `<strong>${esc(e.name)}</strong>${e.location ? `, ${esc(e.location)}` : ''}` : `<strong>${esc(d.title)}</strong>`;
      return `<div class="entry keep"><div class="line"><span>${head}</span><span class="date">${esc(d.date ?? '')}</span></div>${e.name && e.position ? `<p><em>${esc(e.position)}</em></p>` : ''}`
        + `${paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('')}${highlightsHtml(d.bullets, look)}</div>`;
    };
    const eduShown = [];
    const eduArea = [];
    const education = (e, i) => {
      const law = LAW_DEGREE.test(e.studyType ?? '') && /^law$/i.test(e.area ?? '');
      eduArea[i] = !law;
      const year = e.endDate ? formatDate(e.endDate, 'YYYY') : '';
      eduShown[i] = year ? { end: e.endDate } : {};
      const degree = [e.studyType, law ? '' : e.area].filter(Boolean).join(', ');
      const review = law && rng.chance(0.6) ? `<p class="sub">${esc(rng.pick(['Law Review, Articles Editor', 'Journal of International Law, Staff Editor', 'Moot Court Board, Member', 'Law Review, Notes Editor']))}</p>` : '';
      return `<div class="entry keep"><div class="line"><strong>${esc(e.institution ?? '')}</strong><span class="date">${year}</span></div>`
        + `<p>${esc(degree)}${e.score ? `, <em>${esc(e.score)}</em>` : ''}</p>${review}</div>`;
    };
    const cite = (p) => `<p class="cite">${link(p.url, `${p.name}`)}${p.publisher ? `, <em>${esc(p.publisher)}</em>` : ''}${p.releaseDate ? ` (${formatDate(p.releaseDate, 'YYYY')})` : ''}.</p>`;
    const content = (key) => {
      if (key === 'bars') return bars.map((c) => `<p>${esc(c.name)}${c.issuer && !c.name.includes(c.issuer) ? `, ${esc(c.issuer)}` : ''}${c.date ? `, ${formatDate(c.date, 'YYYY')}` : ''}</p>`).join('');
      if (key === 'certificates') return otherCerts.map((c) => `<p>${esc(c.name)}${c.issuer ? `, ${esc(c.issuer)}` : ''}${c.date ? `, ${formatDate(c.date, 'YYYY')}` : ''}</p>`).join('');
      if (key === 'clerkships') return clerkships.map(job).join('');
      if (key === 'work') return jobs.map(job).join('');
      if (key === 'matters') return highlightsHtml(matters, look);
      if (key === 'education') return resume.education.map(education).join('');
      if (key === 'publications') return resume.publications.map(cite).join('');
      return plainSection(key, resume, look);
    };
    const title = (k) => ({ bars: rng.pick(['Bar Admissions', 'Bar Admission', 'Admissions']), clerkships: rng.pick(['Judicial Clerkships', 'Clerkships']),
      matters: rng.pick(['Representative Matters', 'Representative Experience', 'Selected Matters']), certificates: 'Certifications' }[k] ?? titles[k]);

    const basics = resume.basics;
    const contacts = contactsOf(basics, { profileLabels: rng.chance(0.5) });
    const header = `<header><h1>${esc(basics.name)}${esq ? ', Esq.' : ''}</h1><p>${contactLine(contacts, rng.pick([' | ', ' • ', ' · ']))}</p></header>`;
    const body = `${header}\n<main>${shownOrder.map((k) => `<section><h2>${esc(title(k))}</h2>${content(k)}</section>`).join('\n')}</main>`;
    const css = `${baseCss(look)}${PLAIN_CSS}
header { text-align: center; margin-bottom: 4mm; } h1 { font-size: 1.7em; font-variant: small-caps; letter-spacing: 0.05em; }
h2 { font-size: 1em; text-transform: uppercase; letter-spacing: 0.12em; border-bottom: 0.5pt solid #000; margin-bottom: 0.35em; break-after: avoid; }
.sub { font-style: italic; color: #333; } .cite { padding-left: 1.5em; text-indent: -1.5em; margin-bottom: 0.25em; }`;

    const printedWork = [...(shownOrder.includes('clerkships') ? clerkships : []), ...(shownOrder.includes('work') ? jobs : [])];
    const printedCerts = [...(shownOrder.includes('bars') ? bars : []), ...(shownOrder.includes('certificates') ? otherCerts : [])];
    let truth = shownTruth({ ...resume, work: printedWork, certificates: printedCerts }, look, {
      sections: [...shownOrder.filter((k) => !['bars', 'clerkships', 'matters'].includes(k)), ...(printedWork.length ? ['work'] : []), ...(printedCerts.length ? ['certificates'] : [])],
      basics: ['name', ...contactKeys(contacts)],
      fields: { education: ['institution', 'area', 'studyType', 'endDate', 'score'], publications: ['name', 'publisher', 'releaseDate', 'url'] },
    });
    truth = datesAsShown(truth, 'YYYY', ['certificates', 'publications']);
    (truth.education ?? []).forEach((e, i) => { setDates(e, eduShown[i], 'YYYY'); if (!eduArea[i]) delete e.area; });
    return { html: htmlPage({ title: basics.name, css, body }), truth };
  },
};

// ---------------------------------------------------------------- 7. chef / hospitality resume

const CULINARY = /chef|cook|culinar|kitchen|pastry|baker|barista|server|restaurant|hotel|caf[eé]|food|sommelier|bartender|catering|host/i;

const chef = {
  id: 'html-k2-chef',
  family: 'html',
  format: 'pdf',
  patterns: ['hospitality/culinary resume: centred header, letter-spaced name',
    'experience as "Restaurant — City" then the role in italics with the dates on the right', 'skills as a multi-column bullet list of words (the truth keeps the words)',
    'certifications (ServSafe, food hygiene) with the issuer and year, some with an expiry (not in the truth)'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, { fonts: [2, 0, 1], dateStyles: ['MMM YYYY', 'MMMM YYYY', 'YYYY', 'MM/YYYY'] });
    const culinary = CULINARY.test(jobWords(resume));
    const titles = pickTitles(rng);
    titles.work = culinary ? rng.pick(['Culinary Experience', 'Kitchen Experience', 'Experience', 'Hospitality Experience']) : rng.pick(['Experience', 'Work Experience']);
    titles.skills = culinary ? rng.pick(['Culinary Skills', 'Kitchen Skills', 'Skills']) : rng.pick(['Skills', 'Key Skills']);
    titles.certificates = rng.pick(['Certifications', 'Certifications & Training', 'Food Safety & Certifications']);
    titles.summary = rng.pick(['Profile', 'Culinary Profile', 'About']);
    const caps = rng.chance(0.5);
    const cols = rng.int(2, 3);
    const expiry = rng.chance(0.4);
    const sections = planSections(resume, rng).filter((k) => k !== 'references');

    const job = (e) => {
      const d = describe('work', e, look);
      const top = e.name && e.position ? `<p class="co">${esc(e.name)}${e.location ? ` — ${esc(e.location)}` : ''}</p>` : '';
      const role = `<div class="line"><span class="role">${esc(d.title)}${!top && d.place ? ` — ${esc(d.place)}` : ''}</span><span class="date">${esc(d.date ?? '')}</span></div>`;
      return `<div class="entry keep">${top}${role}${paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('')}${highlightsHtml(d.bullets, look)}</div>`;
    };
    const eduShown = [];
    const content = (key) => {
      if (key === 'work') return resume.work.map(job).join('');
      if (key === 'skills') return `<ul class="cols">${skillWords(resume).map((w) => `<li>${esc(w)}</li>`).join('')}</ul>`;
      if (key === 'certificates') {
        return `<ul class="plain">${resume.certificates.map((c) => `<li><strong>${esc(c.name)}</strong>${c.issuer ? `, ${esc(c.issuer)}` : ''}${c.date ? ` — ${formatDate(c.date, look.dateStyle)}` : ''}`
          + `${expiry && c.date ? ` (${rng.pick(['exp.', 'expires', 'valid to'])} ${formatDate(yearsLater(c.date, rng.pick([3, 5])), 'YYYY')})` : ''}</li>`).join('')}</ul>`;
      }
      if (key === 'education') {
        return resume.education.map((e, i) => {
          const date = e.endDate ? formatDate(e.endDate, 'YYYY') : '';
          eduShown[i] = date ? { end: e.endDate } : {};
          return `<div class="line"><span><strong>${esc(look.degree(e.studyType, e.area))}</strong> — ${esc(e.institution ?? '')}</span><span class="date">${date}</span></div>`;
        }).join('');
      }
      return plainSection(key, resume, look);
    };

    const basics = resume.basics;
    const contacts = contactsOf(basics, { profileLabels: rng.chance(0.5) });
    const name = caps ? basics.name.toUpperCase() : basics.name;
    const header = `<header><h1>${esc(name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}<p class="contacts">${contactLine(contacts, rng.pick(['  ·  ', ' | ', ' ◆ ']))}</p></header>`;
    const body = `${header}\n<main>${sections.map((k) => `<section><h2><span>${esc(titles[k])}</span></h2>${content(k)}</section>`).join('\n')}</main>`;
    const css = `${baseCss(look)}${PLAIN_CSS}
header { text-align: center; margin-bottom: 5mm; } h1 { font-size: 2.2em; letter-spacing: ${caps ? '0.18em' : '0.03em'}; font-weight: normal; }
.label { font-style: italic; font-size: 1.1em; color: ${look.accent}; } .contacts { font-size: 0.9em; margin-top: 0.3em; }
h2 { text-align: center; font-size: 1.05em; text-transform: uppercase; letter-spacing: 0.15em; margin: 0.5em 0 0.4em; border-top: 0.5pt solid #999; border-bottom: 0.5pt solid #999; padding: 0.1em 0; break-after: avoid; }
.co { font-weight: bold; font-size: 1.03em; } .role { font-style: italic; }
ul.cols { columns: ${cols}; column-gap: 8mm; padding-left: 1.2em; list-style: ${rng.pick(['disc', 'square'])}; } ul.plain { list-style: none; padding: 0; } ul.plain li { margin-bottom: 0.2em; }`;

    const truth = shownTruth(resume, look, {
      sections,
      basics: ['name', 'label', ...contactKeys(contacts)],
      fields: { education: ['institution', 'area', 'studyType', 'endDate'] },
    });
    (truth.education ?? []).forEach((e, i) => setDates(e, eduShown[i], 'YYYY'));
    wordsOnly(truth);
    if (caps) nameInCapitals(truth);
    return { html: htmlPage({ title: basics.name, css, body }), truth };
  },
};

// ---------------------------------------------------------------- 8. plain-text student resume

const studentText = {
  id: 'text-k2-student',
  family: 'text',
  format: 'txt',
  patterns: ['plain-text student resume: education first with "GPA:" and "Relevant Coursework:" lines, "Expected May 2027"',
    'projects as "Name | Python, Flask" with dates padded to the right margin', '"Activities & Leadership" for volunteering, part-time jobs after it',
    'skills as one line "Group: a, b; Group: c, d" or a line per group, and spoken languages as a "Languages:" line among them',
    'headings in capitals, some underlined with dashes'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickWording(rng, { dateStyles: ['MMM YYYY', 'MMMM YYYY', 'MM/YYYY', 'MMM YYYY'] });
    look.rangeSeparator = rng.pick([' - ', ' – ', ' to ']);
    look.present = rng.pick(['Present', 'Present', 'Current']);
    const width = rng.pick([72, 78, 80]);
    const underline = rng.chance(0.5);
    const bullet = rng.pick(['- ', '• ', '* ']);
    const skillsOneLine = rng.chance(0.5);
    const titles = { education: 'EDUCATION', projects: rng.pick(['PROJECTS', 'ACADEMIC PROJECTS']), volunteer: rng.pick(['ACTIVITIES & LEADERSHIP', 'LEADERSHIP & ACTIVITIES', 'CAMPUS INVOLVEMENT']),
      work: rng.pick(['WORK EXPERIENCE', 'EXPERIENCE', 'EMPLOYMENT']), skills: rng.pick(['SKILLS', 'SKILLS & LANGUAGES', 'ADDITIONAL SKILLS']),
      awards: rng.pick(['HONORS & AWARDS', 'AWARDS']), certificates: 'CERTIFICATIONS', summary: 'OBJECTIVE', interests: 'INTERESTS' };
    const wanted = ['summary', 'education', 'projects', 'volunteer', 'work', 'skills', 'awards', 'certificates', 'interests']
      .filter((k) => (k === 'summary' ? resume.basics.summary && rng.chance(0.4) : resume[k]?.length && (['education', 'work', 'skills'].includes(k) || rng.chance(0.85))));
    if (rng.chance(0.4) && wanted.includes('work')) { wanted.splice(wanted.indexOf('work'), 1); wanted.splice(wanted.indexOf('education') + 1, 0, 'work'); }
    const spoken = resume.languages?.length && rng.chance(0.85);
    if (spoken && !wanted.includes('skills')) wanted.push('skills');

    const right = (left, date) => {
      if (!date) return left;
      const gap = width - left.length - date.length;
      return gap >= 2 ? `${left}${' '.repeat(gap)}${date}` : `${left} | ${date}`;
    };
    const wrap = (text, indent) => {
      const out = [];
      let line = '';
      for (const w of String(text).split(/\s+/)) {
        if (line && line.length + 1 + w.length > width) { out.push(line); line = indent + w; } else line = line ? `${line} ${w}` : w;
      }
      return [...out, line];
    };
    const pad = ' '.repeat(bullet.length);
    const lines = [];
    const basics = resume.basics;
    const nameLine = rng.chance(0.4) ? basics.name.toUpperCase() : basics.name;
    const contacts = contactsOf(basics, { profileLabels: false });
    const contactText = contacts.map((c) => c.text).join(rng.pick([' | ', ' • ', ' · ']));
    const centre = rng.chance(0.5);
    const centred = (t) => (centre && t.length < width ? `${' '.repeat(Math.floor((width - t.length) / 2))}${t}` : t);
    lines.push(centred(nameLine));
    if (contactText.length <= width) lines.push(centred(contactText));
    else lines.push(...contacts.map((c) => c.text));

    const eduShown = [];
    for (const key of wanted) {
      lines.push('', titles[key]);
      if (underline) lines.push('-'.repeat(titles[key].length));
      if (key === 'summary') lines.push(...wrap(basics.summary, ''));
      else if (key === 'education') {
        resume.education.forEach((e, i) => {
          let date = '';
          if (e.endDate && e.endDate > NOW_ISO) { date = `Expected ${formatDate(e.endDate, look.dateStyle)}`; eduShown[i] = { end: e.endDate }; } else if (e.endDate) { date = formatDate(e.endDate, look.dateStyle); eduShown[i] = { end: e.endDate }; } else eduShown[i] = {};
          lines.push(right(e.institution ?? '', date));
          const degree = look.degree(e.studyType, e.area);
          if (degree) lines.push(degree);
          if (e.score) lines.push(/^[\d.,/ ]+$/.test(e.score) ? `GPA: ${e.score}` : e.score);
          if (e.courses?.length) lines.push(...wrap(`Relevant Coursework: ${e.courses.join(', ')}`, '  '));
          if (i < resume.education.length - 1) lines.push('');
        });
      } else if (key === 'skills') {
        const groups = (resume.skills ?? []).map((s) => skillLine(s));
        const lang = spoken ? `Languages: ${resume.languages.map(languageText).join(', ')}` : '';
        if (skillsOneLine) lines.push(...wrap([...groups, lang].filter(Boolean).join('; '), '  '));
        else lines.push(...[...groups, lang].filter(Boolean).flatMap((g) => wrap(g, '  ')));
      } else if (key === 'interests') lines.push(resume.interests.map(interestText).join(', '));
      else if (key === 'awards' || key === 'certificates') {
        for (const e of resume[key]) {
          const d = describe(key, e, look);
          lines.push(right(`${bullet}${d.title}${d.subtitle ? `, ${d.subtitle}` : ''}`, d.date ?? ''));
        }
      } else {
        resume[key].forEach((e, k) => {
          const d = describe(key, e, look);
          if (k) lines.push('');
          const head = key === 'projects'
            ? `${d.title}${d.keywords?.length ? ` | ${d.keywords.join(', ')}` : ''}`
            : `${d.title}${d.subtitle ? `, ${d.subtitle}` : ''}${d.place ? `, ${d.place}` : ''}`;
          lines.push(right(head, d.date ?? ''));
          if (key === 'projects' && e.url) lines.push(e.url);
          lines.push(...paragraphs(d).flatMap((t) => wrap(`${bullet}${t}`, pad)));
          lines.push(...(d.bullets ?? []).flatMap((b) => wrap(`${bullet}${b}`, pad)));
        });
      }
    }

    const sections = [...wanted, ...(spoken ? ['languages'] : [])].filter((k) => k !== 'skills' || resume.skills?.length);
    const truth = shownTruth(resume, look, { sections, basics: ['name', ...contactKeys(contacts)],
      fields: { education: ['institution', 'area', 'studyType', 'endDate', 'score', 'courses'], awards: ['title', 'awarder', 'date'] } });
    (truth.education ?? []).forEach((e, i) => setDates(e, eduShown[i], look.dateStyle));
    if (nameLine !== basics.name) nameInCapitals(truth);
    return { text: `${lines.join('\n')}\n`, truth };
  },
};

export default [indeed, hybrid, consultant, tabularCv, military, legal, chef, studentText];
