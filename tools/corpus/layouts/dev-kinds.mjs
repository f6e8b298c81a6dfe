// Development layouts of kinds of resume people send that the other layouts lack: a teacher's, a nurse's, a new
// graduate's (one-page, education first), an executive's, a US federal (USAJOBS-style) resume, a British-style CV, a
// creative two-column resume and a resume pasted as plain text into an e-mail. Written by someone who had not read the
// parser. All in the dev split.
//
// Each layout takes any person (build.mjs deals every layout to every kind of person) and follows the person's trade
// where a real writer would: "Teaching Experience" for a teacher, "Nursing Experience" for a nurse. What these documents
// print beyond JSON Resume (licence numbers, expiry dates, clinical rotations, hours per week, salaries, supervisors,
// series and grades, credits earned, skill percentages, "Referees available on request", "Selected Achievements" lifted
// out of the jobs) is invented per document and is not in the truth. Nothing the person lacks is invented into a
// JSON Resume field: a GPA or coursework shows only when the person has it, and is then in the truth.

import { formatDate, formatRange, shownDate } from '../lib/dates.mjs';
import { datesAsShown } from '../lib/truth.mjs';
import {
  baseCss, contactItems, contactKeys, contactLine, degreeAbbreviator, describe, esc, highlightsHtml, htmlPage,
  interestText, languageText, link, nameInCapitals, paragraphs, pickLook, pickTitles, pickWording, planSections,
  printable, schemeless, shownTruth, skillShowsName,
} from './html/common.mjs';

// ---------------------------------------------------------------- shared helpers

const NOW_ISO = '2025-06'; // the people's "today" (lib/people/calendar.mjs)

/** The person's trade as their label and job titles tell it. */
const jobWords = (resume) => [resume.basics.label, ...(resume.work ?? []).map((w) => w.position)].filter(Boolean).join(' | ');
const TEACHER = /teach|educator|tutor|lecturer|instructor|paraprofessional|principal|\bschool\b/i;
const NURSE = /nurs|\bRN\b|\bLPN\b/i;
const HEALTH = /nurs|medic|clinic|physician|dent|pharm|therap|hygien|patient|\bcare\b|surgeon|doctor/i;
const GOVERNMENT = /department|agency|administration|bureau|federal|county|city of|state of|u\.s\.|ministry|council|public service|national institutes|survey|archives|library of congress|smithsonian|noaa/i;

const squash = (s) => String(s ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** The contact items; a profile whose link does not name its network ("scholar.google.com/…") is labelled, as people do. */
function contactsOf(basics, options) {
  return contactItems(basics, options).map((c) => (c.kind === 'profile' && c.label && !squash(c.text).includes(squash(c.label))
    ? { ...c, text: `${c.label}: ${c.value}` } : c));
}

/** Sets an entry's truth dates to what was printed: each ISO date in `style`, removed when it was not printed. */
function setDates(entry, { start, end }, style) {
  if (!entry) return;
  for (const [key, iso] of [['startDate', start], ['endDate', end]]) {
    if (iso) entry[key] = shownDate(iso, style);
    else delete entry[key];
  }
}

/** A range, or a start with the ongoing word; the end date alone when `endOnly` and there is one. */
function educationDate(e, style, { endOnly, present = 'Present', separator = ' – ' }) {
  if (endOnly && e.endDate) return { text: formatDate(e.endDate, style), shown: { end: e.endDate } };
  if (!e.startDate) return e.endDate ? { text: formatDate(e.endDate, style), shown: { end: e.endDate } } : { text: '', shown: {} };
  return { text: formatRange(e.startDate, e.endDate, style, { separator, present }), shown: { start: e.startDate, end: e.endDate } };
}

/** A study type and field joined the way one document does ("M.Ed., Curriculum and Instruction"). */
const degreeText = (studyType, area, joint) => [studyType, area].filter(Boolean).join(joint);

/** A skill group as "Group: a, b, c" or its words alone. */
function skillLine(s) {
  const name = skillShowsName(s) ? `${s.name}${s.level ? ` (${s.level})` : ''}` : '';
  const words = (s.keywords ?? []).join(', ');
  return name && words ? `${name}: ${words}` : name || words;
}

/** The simple entry every layout here prints for sections it gives no form of its own. */
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
  if (key === 'skills') return `<ul class="plain">${resume.skills.map((s) => `<li>${esc(skillLine(s))}</li>`).join('')}</ul>`;
  if (key === 'languages') return `<p>${esc(resume.languages.map(languageText).join(', '))}</p>`;
  if (key === 'interests') return `<p>${esc(resume.interests.map(interestText).join(', '))}</p>`;
  return resume[key].map((e) => plainEntry(key, e, look)).join('');
}

const PLAIN_CSS = `
section { margin-bottom: 0.8em; }
.entry { margin-bottom: 0.55em; }
.line { display: flex; justify-content: space-between; align-items: baseline; gap: 1em; }
.date { white-space: nowrap; }
.kw { color: #555; }
ul.plain { list-style: none; padding: 0; }
ul.plain li { margin-bottom: 0.15em; }`;

/** A later date than `iso` by whole years: an expiry or "valid through" printed beside an issue date. */
function yearsLater(iso, years) {
  const [y, m] = String(iso).split('-');
  return `${Number(y) + years}${m ? `-${m}` : ''}`;
}

const SUPERVISORS = ['Karen Whitfield', 'Marcus Bell', 'Linda Okafor', 'David Moreno', 'Susan Park', 'James Brennan',
  'Patricia Nowak', 'Robert Haddad', 'Angela Castillo', 'Thomas Fischer'];

// ---------------------------------------------------------------- 1. teacher resume

const teacher = {
  id: 'html-k-teacher',
  family: 'html',
  format: 'pdf',
  patterns: ['teacher resume: "Teaching Experience" (or "Classroom Experience") as the work section for teachers',
    '"Certification & Licensure" with the issuing state board and a "valid through" year', 'education as "M.Ed., Curriculum and Instruction" over "School | Year"',
    'certification and education before the jobs in many documents'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, { dateStyles: ['MMMM YYYY', 'MMM YYYY', 'MM/YYYY', 'YYYY', 'MMM YYYY'] });
    if (rng.chance(0.5)) look.studyType = degreeAbbreviator(rng);
    const isTeacher = TEACHER.test(jobWords(resume));
    const titles = pickTitles(rng);
    titles.work = isTeacher
      ? rng.pick(['Teaching Experience', 'Teaching Experience', 'Classroom Experience', 'Professional Teaching Experience', 'Teaching & Related Experience'])
      : rng.pick(['Professional Experience', 'Relevant Experience', 'Experience']);
    titles.certificates = rng.pick(['Certification & Licensure', 'Licensure and Certification', 'Certifications', 'Licensure']);
    titles.summary = rng.pick(isTeacher ? ['Profile', 'Teaching Profile', 'Summary'] : ['Profile', 'Summary']);
    titles.skills = rng.pick(isTeacher ? ['Skills', 'Classroom Skills & Technology', 'Areas of Strength'] : ['Skills', 'Key Skills']);
    const joint = rng.pick([', ', ', ', ' in ']);
    const eduEndOnly = rng.chance(0.7);
    const validThrough = rng.chance(0.5);
    const planned = planSections(resume, rng);
    // Teachers lead with their licence and degrees more often than others.
    const front = rng.chance(isTeacher ? 0.6 : 0.2) ? ['certificates', 'education'].filter((k) => planned.includes(k)) : [];
    const order = [...planned.filter((k) => k === 'summary'), ...front, ...planned.filter((k) => k !== 'summary' && !front.includes(k))];

    const eduShown = [];
    const education = (e, i) => {
      const studyType = look.studyType ? look.studyType(e.studyType) : e.studyType;
      const date = educationDate(e, look.dateStyle, { endOnly: eduEndOnly, present: look.present || 'Present', separator: look.rangeSeparator });
      eduShown[i] = date.shown;
      const more = [e.score && `${/^[\d.,/ ]+$/.test(e.score) ? 'GPA: ' : ''}${e.score}`].filter(Boolean);
      return `<div class="entry keep"><p><strong>${esc(degreeText(studyType, e.area, joint))}</strong></p>`
        + `<p>${esc(e.institution ?? '')}${date.text ? ` | ${esc(date.text)}` : ''}</p>${more.map((t) => `<p class="small">${esc(t)}</p>`).join('')}</div>`;
    };
    const certificate = (c) => {
      const parts = [c.issuer, c.date && formatDate(c.date, look.dateStyle)].filter(Boolean);
      const until = validThrough && c.date ? ` (valid through ${yearsLater(c.date, 5).slice(0, 4)})` : '';
      return `<li><strong>${esc(c.name)}</strong>${parts.length ? ` — ${esc(parts.join(', '))}` : ''}${esc(until)}</li>`;
    };
    const job = (e) => {
      const d = describe('work', e, look);
      const where = [d.subtitle, d.place].filter(Boolean).map(esc).join(', ');
      return `<div class="entry keep"><div class="line"><span><strong>${esc(d.title)}</strong></span><span class="date">${esc(d.date ?? '')}</span></div>`
        + `${where ? `<p><em>${where}</em></p>` : ''}${paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('')}${highlightsHtml(d.bullets, look)}</div>`;
    };
    const content = (key) => {
      if (key === 'education') return resume.education.map(education).join('');
      if (key === 'certificates') return `<ul class="plain">${resume.certificates.map(certificate).join('')}</ul>`;
      if (key === 'work') return resume.work.map(job).join('');
      return plainSection(key, resume, look);
    };

    const basics = resume.basics;
    const contacts = contactsOf(basics, { profileLabels: rng.chance(0.5) });
    const header = `<header><h1>${esc(basics.name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}
<p class="contacts">${contactLine(contacts, rng.pick([' | ', ' • ', '  ·  ']))}</p></header>`;
    const body = `${header}\n<main>${order.map((k) => `<section><h2>${esc(titles[k])}</h2>${content(k)}</section>`).join('\n')}</main>`;
    const css = `${baseCss(look)}${PLAIN_CSS}
header { text-align: center; margin-bottom: 4mm; }
h1 { font-size: 2em; color: ${look.accent}; }
.label { font-style: italic; }
.contacts { font-size: 0.92em; margin-top: 0.2em; }
h2 { font-size: 1.08em; color: ${look.accent}; border-bottom: 1pt solid ${look.accent}; margin-bottom: 0.35em; break-after: avoid; }
.small { font-size: 0.95em; color: #444; }`;

    const truth = shownTruth(resume, look, {
      sections: order,
      basics: ['name', 'label', ...contactKeys(contacts)],
      fields: { education: ['institution', 'area', 'studyType', 'startDate', 'endDate', 'score'] },
    });
    (truth.education ?? []).forEach((e, i) => setDates(e, eduShown[i], look.dateStyle));
    return { html: htmlPage({ title: basics.name, css, body }), truth };
  },
};

// ---------------------------------------------------------------- 2. nurse resume

const ROTATIONS = ['Medical-Surgical', 'Pediatrics', 'Obstetrics', 'Critical Care', 'Behavioral Health', 'Community Health',
  'Emergency Department', 'Oncology'];
const LIFE_SUPPORT = /\b(BLS|ACLS|PALS|NRP|TNCC|CPR)\b|life support/i;
const LICENCE = /licen[cs]e|registered nurse|\bRN\b|\bLPN\b|board/i;

const nurse = {
  id: 'html-k-nurse',
  family: 'html',
  format: 'pdf',
  patterns: ['nurse resume: "Licenses & Certifications" near the top with licence numbers and expiry dates',
    '"Nursing Experience" for nurses, employer first then the title in italics', '"Clinical Rotations" for new graduates (not in the truth)',
    '"Jane Doe, BSN, RN": credentials after the name (the truth keeps the name alone)', 'education as "BSN — School, 2019"'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, { dateStyles: ['MM/YYYY', 'MMM YYYY', 'MMMM YYYY', 'MM/YYYY'] });
    if (rng.chance(0.6)) look.studyType = degreeAbbreviator(rng);
    const words = jobWords(resume);
    const isNurse = NURSE.test(words);
    const titles = pickTitles(rng);
    titles.work = isNurse ? rng.pick(['Nursing Experience', 'Professional Nursing Experience', 'Clinical Experience', 'Experience'])
      : HEALTH.test(words) ? rng.pick(['Healthcare Experience', 'Clinical Experience', 'Professional Experience'])
        : rng.pick(['Professional Experience', 'Work Experience']);
    titles.certificates = rng.pick(['Licenses & Certifications', 'Licensure & Certifications', 'Licenses and Certifications', 'Credentials']);
    titles.skills = rng.pick(['Clinical Skills', 'Skills', 'Core Competencies']);
    const showArea = rng.chance(0.5);
    const numbers = rng.chance(0.7);
    const expiryWord = rng.pick(['Exp.', 'Expires', 'exp.', 'Valid through']);
    // New graduates list their rotations: a nurse whose last degree is recent.
    const lastEnd = Math.max(0, ...(resume.education ?? []).map((e) => Number(String(e.endDate ?? '').slice(0, 4)) || 0));
    const rotations = isNurse && lastEnd >= 2022 && rng.chance(0.8) ? rng.sample(ROTATIONS, rng.int(3, 5)) : [];
    const planned = planSections(resume, rng);
    const order = [...planned.filter((k) => k === 'summary'), ...(planned.includes('certificates') ? ['certificates'] : []),
      ...planned.filter((k) => !['summary', 'certificates'].includes(k))];
    if (rotations.length) order.splice(order.indexOf('work') >= 0 ? order.indexOf('work') : order.length, 0, 'rotations');

    const certificate = (c) => {
      const bits = [];
      if (c.issuer) bits.push(c.issuer);
      if (numbers && LICENCE.test(c.name)) bits.push(`License #${rng.pick(['RN', 'R', ''])}${rng.int(100000, 9999999)}`);
      if (c.date) bits.push(`${rng.pick(['Issued ', ''])}${formatDate(c.date, look.dateStyle)}`);
      if (c.date && LIFE_SUPPORT.test(c.name)) bits.push(`${expiryWord} ${formatDate(yearsLater(c.date, 2), look.dateStyle)}`);
      return `<li><strong>${esc(c.name)}</strong>${bits.length ? ` — ${esc(bits.join(', '))}` : ''}</li>`;
    };
    const eduShown = [];
    const education = (e, i) => {
      const studyType = look.studyType ? look.studyType(e.studyType) : e.studyType;
      const degree = showArea ? degreeText(studyType, e.area, ', ') : studyType || e.area;
      eduShown[i] = e.endDate ? { end: e.endDate } : {};
      const year = e.endDate ? formatDate(e.endDate, 'YYYY') : '';
      return `<p class="edu"><strong>${esc(degree)}</strong> — ${esc(e.institution ?? '')}${year ? `, ${esc(year)}` : ''}</p>`;
    };
    const job = (e) => {
      const d = describe('work', e, look);
      const company = e.name && e.position ? `<strong>${esc(e.name)}</strong>${d.place ? `, ${esc(d.place)}` : ''}` : '';
      return `<div class="entry keep">${company ? `<div class="line"><span>${company}</span><span class="date">${esc(d.date ?? '')}</span></div><p><em>${esc(d.title)}</em></p>`
        : `<div class="line"><span><strong>${esc(d.title)}</strong>${d.place ? `, ${esc(d.place)}` : ''}</span><span class="date">${esc(d.date ?? '')}</span></div>`}`
        + `${paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('')}${highlightsHtml(d.bullets, look)}</div>`;
    };
    const rotationList = () => `<ul class="plain">${rotations.map((r) => `<li><strong>${esc(r)}</strong> — ${rng.int(60, 160)} clinical hours</li>`).join('')}</ul>`;
    const content = (key) => {
      if (key === 'certificates') return `<ul class="plain">${resume.certificates.map(certificate).join('')}</ul>`;
      if (key === 'education') return resume.education.map(education).join('');
      if (key === 'work') return resume.work.map(job).join('');
      if (key === 'rotations') return rotationList();
      return plainSection(key, resume, look);
    };
    const title = (k) => (k === 'rotations' ? rng.pick(['Clinical Rotations', 'Clinical Experience (Rotations)']) : titles[k]);

    const basics = resume.basics;
    const contacts = contactsOf(basics, { profileLabels: rng.chance(0.4) });
    // Registered nurses put their credentials after the name; they are no part of it.
    const credentials = /registered nurse|\bRN\b|staff nurse|charge nurse/i.test(words) && rng.chance(0.5) ? `, ${rng.pick(['RN', 'BSN, RN', 'RN, BSN'])}` : '';
    const header = `<header><h1>${esc(basics.name)}<span class="cred">${esc(credentials)}</span></h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}
<p class="contacts">${contactLine(contacts, ' | ')}</p></header>`;
    const body = `${header}\n<main>${order.map((k) => `<section><h2>${esc(title(k))}</h2>${content(k)}</section>`).join('\n')}</main>`;
    const css = `${baseCss(look)}${PLAIN_CSS}
header { border-bottom: 2pt solid ${look.accent}; padding-bottom: 2mm; margin-bottom: 4mm; }
h1 { font-size: 1.9em; } .cred { font-size: 0.6em; font-weight: normal; }
.label { color: ${look.accent}; font-weight: bold; }
.contacts { font-size: 0.92em; }
h2 { font-size: 1.05em; text-transform: uppercase; letter-spacing: 0.05em; color: ${look.accent}; margin-bottom: 0.3em; break-after: avoid; }
.edu { margin-bottom: 0.3em; }`;

    const truth = shownTruth(resume, look, {
      sections: order.filter((k) => k !== 'rotations'),
      basics: ['name', 'label', ...contactKeys(contacts)],
      fields: { education: ['institution', 'studyType', 'endDate', ...(showArea ? ['area'] : [])] },
    });
    (truth.education ?? []).forEach((e, i) => {
      setDates(e, eduShown[i], 'YYYY');
      // Printed without its field, a degree shows the field in its place when it has no study type.
      if (!showArea && !e.studyType && resume.education[i].area) e.area = resume.education[i].area;
    });
    return { html: htmlPage({ title: basics.name, css, body }), truth };
  },
};

// ---------------------------------------------------------------- 3. new graduate (one page, education first)

const newGraduate = {
  id: 'html-k-newgrad',
  family: 'html',
  format: 'pdf',
  patterns: ['new graduate one-pager (LaTeX "Jake\'s resume"-like): education first', 'school and date on one line, degree and place under it',
    '"Expected May 2027" for degrees not finished', 'GPA and "Relevant Coursework" lines when the person has them',
    'projects as "Name | Python, Flask" with the date right and a link', 'technical skills as labelled lines'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, { fonts: [2, 2, 0], dateStyles: ['MMM YYYY', 'MMMM YYYY', 'MMM. YYYY', 'MM/YYYY'] });
    const titles = pickTitles(rng);
    titles.work = rng.pick(['Experience', 'Work Experience', 'Employment', 'Relevant Experience']);
    titles.projects = rng.pick(['Projects', 'Academic Projects', 'Personal Projects', 'Technical Projects']);
    titles.skills = rng.pick(['Technical Skills', 'Skills', 'Skills & Interests']);
    titles.volunteer = rng.pick(['Leadership & Activities', 'Activities', 'Leadership Experience', 'Volunteer Experience']);
    titles.awards = rng.pick(['Honors & Awards', 'Awards', 'Honors']);
    const expectedWord = rng.pick(['Expected', 'Expected', 'Anticipated', 'exp.']);
    const gradRange = rng.chance(0.3);
    const stackInline = rng.chance(0.6); // the tech stack on the project's title line, or on a line of its own
    const planned = planSections(resume, rng);
    const rest = planned.filter((k) => !['summary', 'education'].includes(k));
    if (rng.chance(0.5) && rest.includes('projects')) rest.unshift(...rest.splice(rest.indexOf('projects'), 1));
    const order = [...(planned.includes('summary') && rng.chance(0.5) ? ['summary'] : []), ...(resume.education ? ['education'] : []), ...rest];

    const eduShown = [];
    const education = (e, i) => {
      const d = describe('education', e, look);
      let date = '';
      if (e.endDate && e.endDate > NOW_ISO && !gradRange) {
        date = `${expectedWord} ${formatDate(e.endDate, look.dateStyle)}`;
        eduShown[i] = { end: e.endDate };
      } else {
        const shown = educationDate(e, look.dateStyle, { endOnly: !gradRange, separator: look.rangeSeparator });
        date = shown.text;
        eduShown[i] = shown.shown;
      }
      const score = e.score ? `<p>${esc(/^[\d.,/ ]+$/.test(e.score) ? `GPA: ${e.score}` : e.score)}</p>` : '';
      const courses = e.courses?.length ? `<p><em>${esc(rng.pick(['Relevant Coursework', 'Coursework', 'Relevant Courses']))}:</em> ${esc(e.courses.join(', '))}</p>` : '';
      return `<div class="entry keep"><div class="line"><strong>${esc(e.institution ?? '')}</strong><span class="date">${esc(date)}</span></div>`
        + `<div class="line"><em>${esc(d.title === e.institution ? '' : d.title)}</em></div>${score}${courses}</div>`;
    };
    const job = (section, e) => {
      const d = describe(section, e, look);
      return `<div class="entry keep"><div class="line"><strong>${esc(d.title)}</strong><span class="date">${esc(d.date ?? '')}</span></div>`
        + `${d.subtitle || d.place ? `<div class="line"><em>${esc(d.subtitle ?? '')}</em><em>${esc(d.place ?? '')}</em></div>` : ''}`
        + `${paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('')}${highlightsHtml(d.bullets, look)}</div>`;
    };
    const project = (e) => {
      const d = describe('projects', e, look);
      const stack = d.keywords?.length ? d.keywords.join(', ') : '';
      const head = `<strong>${esc(d.title)}</strong>${stackInline && stack ? ` | <em>${esc(stack)}</em>` : ''}`;
      const url = e.url ? `<p class="small">${link(e.url, schemeless(e.url))}</p>` : '';
      const stackLine = !stackInline && stack ? `<p class="small"><em>${esc(look.keywordsLabel)}:</em> ${esc(stack)}</p>` : '';
      return `<div class="entry keep"><div class="line"><span>${head}</span><span class="date">${esc(d.date ?? '')}</span></div>${url}${stackLine}`
        + `${paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('')}${highlightsHtml(d.bullets, look)}</div>`;
    };
    const content = (key) => {
      if (key === 'education') return resume.education.map(education).join('');
      if (key === 'work' || key === 'volunteer') return resume[key].map((e) => job(key, e)).join('');
      if (key === 'projects') return resume.projects.map(project).join('');
      if (key === 'skills') return resume.skills.map((s) => {
        const line = skillLine(s);
        const at = line.indexOf(': ');
        return `<p>${skillShowsName(s) && at > 0 ? `<strong>${esc(line.slice(0, at))}</strong>: ${esc(line.slice(at + 2))}` : esc(line)}</p>`;
      }).join('');
      return plainSection(key, resume, look);
    };

    const basics = resume.basics;
    const contacts = contactsOf(basics, { profileLabels: false });
    const header = `<header><h1>${esc(basics.name)}</h1><p class="contacts">${contactLine(contacts, ' | ')}</p></header>`;
    const body = `${header}\n<main>${order.map((k) => `<section><h2>${esc(titles[k])}</h2>${content(k)}</section>`).join('\n')}</main>`;
    const css = `${baseCss(look)}${PLAIN_CSS}
header { text-align: center; margin-bottom: 3mm; }
h1 { font-size: 2.2em; font-variant: small-caps; font-weight: bold; }
.contacts { font-size: 0.92em; }
h2 { font-size: 1.1em; font-variant: small-caps; font-weight: normal; border-bottom: 0.6pt solid #000; margin-bottom: 0.3em; break-after: avoid; }
.small { font-size: 0.93em; }`;

    const truth = shownTruth(resume, look, {
      sections: order,
      basics: ['name', ...contactKeys(contacts)],
    });
    (truth.education ?? []).forEach((e, i) => setDates(e, eduShown[i], look.dateStyle));
    return { html: htmlPage({ title: basics.name, css, body }), truth };
  },
};

// ---------------------------------------------------------------- 4. executive resume

const executive = {
  id: 'html-k-executive',
  family: 'html',
  format: 'pdf',
  patterns: ['executive resume: "Selected Achievements" lifted from the jobs before the experience (not in the truth)',
    'company line (name, place, years) with an italic company description, then each role at it with its dates',
    'roles at one company grouped under it', '"Board & Community Leadership" for volunteering', 'education as "MBA, Finance | School", often without years',
    '"Core Competencies" as a grid of words'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, { fonts: [2, 0, 2], dateStyles: ['YYYY', 'YYYY', 'MMM YYYY', 'MMMM YYYY'] });
    if (rng.chance(0.5)) look.studyType = degreeAbbreviator(rng);
    const titles = pickTitles(rng);
    titles.summary = rng.pick(['Executive Profile', 'Executive Summary', 'Leadership Profile', 'Profile']);
    titles.work = rng.pick(['Professional Experience', 'Executive Experience', 'Career History', 'Leadership Experience']);
    titles.skills = rng.pick(['Core Competencies', 'Areas of Expertise', 'Leadership Competencies']);
    titles.volunteer = rng.pick(['Board & Community Leadership', 'Board Service', 'Boards & Affiliations', 'Community Leadership']);
    const achievementsTitle = rng.pick(['Selected Achievements', 'Career Highlights', 'Key Achievements', 'Signature Accomplishments']);
    const eduYears = rng.chance(0.5);
    const eduForm = rng.pick(['pipe', 'dash', 'stack']);
    const upperName = rng.chance(0.4);

    // The first bullet of the first jobs with two or more moves up into the achievements block.
    const lifted = [];
    for (const w of resume.work ?? []) {
      if (lifted.length < 4 && (w.highlights?.length ?? 0) >= 2) lifted.push(w.highlights.shift());
    }
    const planned = planSections(resume, rng).filter((k) => k !== 'skills');
    const order = [];
    for (const k of planned) {
      if (k === 'work' && lifted.length) order.push('achievements');
      order.push(k);
      if (k === 'summary' && resume.skills) order.push('skills');
    }
    if (resume.skills && !order.includes('skills')) order.splice(order.includes('achievements') ? order.indexOf('achievements') : 0, 0, 'skills');

    // Roles at one company in a row share its line.
    const groups = [];
    for (const w of resume.work ?? []) {
      const last = groups.at(-1);
      if (last && w.name && last[0].name === w.name) last.push(w);
      else groups.push([w]);
    }
    const companyBlock = (roles) => {
      const first = roles[0];
      const start = roles.at(-1).startDate;
      const end = first.endDate;
      const span = roles.length > 1 ? formatRange(start, end, look.dateStyle, { separator: look.rangeSeparator, present: look.present || 'Present' }) : '';
      const about = roles.map((r) => r.summary).filter(Boolean);
      const head = first.name
        ? `<div class="line co"><span><strong>${esc(first.name)}</strong>${first.location ? ` — ${esc(first.location)}` : ''}</span><span class="date">${esc(span)}</span></div>`
        : '';
      const roleHtml = roles.map((r) => {
        const d = describe('work', r, look);
        return `<div class="role keep"><div class="line"><span class="pos">${esc(d.title)}</span><span class="date">${esc(d.date ?? '')}</span></div>`
          + `${r.location && (!first.name || r.location !== first.location) ? `<p>${esc(r.location)}</p>` : ''}${highlightsHtml(d.bullets, look)}</div>`;
      }).join('');
      return `<div class="entry">${head}${about.map((t) => `<p class="about">${esc(t)}</p>`).join('')}${roleHtml}</div>`;
    };
    const eduShown = [];
    const education = (e, i) => {
      const studyType = look.studyType ? look.studyType(e.studyType) : e.studyType;
      const degree = degreeText(studyType, e.area, ', ');
      const year = eduYears && e.endDate ? formatDate(e.endDate, 'YYYY') : '';
      eduShown[i] = year ? { end: e.endDate } : {};
      if (eduForm === 'pipe') return `<p><strong>${esc(degree)}</strong> | ${esc(e.institution ?? '')}${year ? ` | ${year}` : ''}</p>`;
      if (eduForm === 'dash') return `<p><strong>${esc(degree)}</strong> — ${esc(e.institution ?? '')}${year ? `, ${year}` : ''}</p>`;
      return `<div class="entry keep"><div class="line"><strong>${esc(e.institution ?? '')}</strong><span class="date">${year}</span></div><p>${esc(degree)}</p></div>`;
    };
    const board = (e) => {
      const d = describe('volunteer', e, look);
      return `<p><strong>${esc(d.title)}</strong>${d.subtitle ? `, ${esc(d.subtitle)}` : ''}${d.date ? ` (${esc(d.date)})` : ''}</p>${highlightsHtml(d.bullets, look)}`;
    };
    const keywords = (resume.skills ?? []).flatMap((s) => (s.keywords?.length ? s.keywords : [s.name]));
    const content = (key) => {
      if (key === 'achievements') return highlightsHtml(lifted, look);
      if (key === 'work') return groups.map(companyBlock).join('');
      if (key === 'education') return resume.education.map(education).join('');
      if (key === 'volunteer') return resume.volunteer.map(board).join('');
      if (key === 'skills') return `<div class="grid">${keywords.map((k) => `<span>${esc(k)}</span>`).join('')}</div>`;
      return plainSection(key, resume, look);
    };
    const title = (k) => (k === 'achievements' ? achievementsTitle : titles[k]);

    const basics = resume.basics;
    const contacts = contactsOf(basics, { profileLabels: rng.chance(0.5) });
    const name = upperName ? (basics.name ?? '').toUpperCase() : basics.name;
    const header = `<header><h1>${esc(name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}
<p class="contacts">${contactLine(contacts, rng.pick([' • ', ' | ', '  ◆  ']))}</p></header>`;
    const body = `${header}\n<main>${order.map((k) => `<section><h2>${esc(title(k))}</h2>${content(k)}</section>`).join('\n')}</main>`;
    const css = `${baseCss(look)}${PLAIN_CSS}
header { text-align: center; border-bottom: 2.5pt double ${look.accent}; padding-bottom: 2mm; margin-bottom: 4mm; }
h1 { font-size: 2.1em; letter-spacing: 0.04em; color: ${look.accent}; }
.label { font-size: 1.1em; text-transform: uppercase; letter-spacing: 0.08em; }
.contacts { font-size: 0.92em; margin-top: 0.2em; }
h2 { font-size: 1.08em; text-transform: uppercase; letter-spacing: 0.1em; text-align: center; color: ${look.accent}; margin: 0.3em 0 0.35em; break-after: avoid; }
.co { border-bottom: 0.5pt solid #bbb; margin-top: 0.3em; }
.about { font-style: italic; color: #444; }
.role { margin-top: 0.25em; } .pos { font-weight: bold; color: ${look.accent}; }
.grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 0.15em 1em; }`;

    const truth = shownTruth(resume, look, {
      sections: order.filter((k) => k !== 'achievements'),
      basics: ['name', 'label', ...contactKeys(contacts)],
      fields: { education: ['institution', 'area', 'studyType', 'endDate'], volunteer: ['organization', 'position', 'startDate', 'endDate', 'highlights'] },
    });
    (truth.education ?? []).forEach((e, i) => setDates(e, eduShown[i], 'YYYY'));
    // The grid shows the words, not the groups' names.
    if (truth.skills) truth.skills = truth.skills.map((s) => (s.keywords?.length ? { keywords: s.keywords } : { name: s.name }));
    if (upperName) nameInCapitals(truth);
    return { html: htmlPage({ title: basics.name, css, body }), truth };
  },
};

// ---------------------------------------------------------------- 5. US federal resume (USAJOBS style)

const federal = {
  id: 'html-k-federal',
  family: 'html',
  format: 'pdf',
  patterns: ['US federal resume (USAJOBS resume builder style): labelled lines under each job',
    '"Hours per week", "Salary", "Series/Grade" (government employers), "Supervisor: … (may contact)" (not in the truth)',
    '"Duties, Accomplishments and Related Skills:" before the bullets', 'education with "Major:", "Credits Earned", "GPA"',
    'dates as MM/YYYY - MM/YYYY', 'citizenship and veterans\' preference in the header'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, { fonts: [2, 0], bullets: [['•', 2], ['disc', 1], ['none', 2]], dateStyles: ['MM/YYYY', 'MM/YYYY', 'MM/YYYY', 'MMMM YYYY'] });
    look.rangeSeparator = rng.pick([' - ', ' – ', ' to ']);
    look.present = 'Present';
    const titles = pickTitles(rng);
    titles.work = rng.pick(['Work Experience', 'Professional Experience', 'Experience']);
    titles.education = 'Education';
    titles.certificates = rng.pick(['Certifications', 'Licenses and Certifications', 'Certificates']);
    titles.skills = rng.pick(['Additional Information', 'Skills', 'Technical Skills']);
    titles.languages = 'Language Skills';
    const labelsBold = rng.chance(0.6);
    const label = (l, v) => `<p>${labelsBold ? `<strong>${esc(l)}:</strong>` : `${esc(l)}:`} ${esc(v)}</p>`;
    const duties = rng.pick(['Duties, Accomplishments and Related Skills:', 'Duties and Accomplishments:', 'Duties:']);
    const us = resume.basics.location?.countryCode === 'US';
    const sections = ['summary', 'work', 'education', 'certificates', 'skills', 'languages', 'awards']
      .filter((k) => (k === 'summary' ? resume.basics.summary && rng.chance(0.6) : resume[k]?.length && (k === 'work' || k === 'education' || rng.chance(0.85))));

    const job = (e) => {
      const d = describe('work', e, look);
      const lines = [`<p class="pos">${esc(d.title)}</p>`];
      if (e.position && e.name) lines.push(`<p>${esc(e.name)}${e.location ? `, ${esc(e.location)}` : ''}</p>`);
      else if (e.location) lines.push(`<p>${esc(e.location)}</p>`);
      if (d.date) lines.push(`<p>${esc(d.date)}</p>`);
      lines.push(label('Hours per week', String(rng.weighted([[40, 6], [45, 1], [50, 1], [32, 1], [20, 1]]))));
      if (rng.chance(0.7)) lines.push(label('Salary', `$${(rng.int(28, 160) * 1000).toLocaleString('en-US')} USD Per Year`));
      if (GOVERNMENT.test(e.name ?? '')) lines.push(label('Series/Grade', `${rng.pick(['GS', 'GS', 'WG'])}-${rng.pick(['0301', '0343', '0560', '0201', '1102', '2210'])}-${rng.int(5, 14)}`));
      if (rng.chance(0.7)) {
        const may = rng.pick(['may contact', 'okay to contact', 'please contact me first']);
        lines.push(label('Supervisor', `${rng.pick(SUPERVISORS)} (${rng.int(200, 989)}-555-01${rng.int(10, 99)}); ${may}`));
      }
      const text = [...paragraphs(d)];
      if (text.length || d.bullets?.length) lines.push(`<p class="duties">${esc(duties)}</p>`, ...text.map((t) => `<p>${esc(t)}</p>`), highlightsHtml(d.bullets, look));
      return `<div class="entry">${lines.join('')}</div>`;
    };
    const eduShown = [];
    const education = (e, i) => {
      const lines = [`<p class="pos">${esc(e.institution ?? '')}</p>`];
      const end = e.endDate ? formatDate(e.endDate, look.dateStyle) : '';
      eduShown[i] = e.endDate ? { end: e.endDate } : {};
      if (e.studyType) lines.push(`<p>${esc(e.studyType)}${end ? ` ${esc(end)}` : ''}</p>`);
      else if (end) lines.push(`<p>${esc(end)}</p>`);
      if (e.area) lines.push(label('Major', e.area));
      if (e.score) lines.push(label('GPA', e.score));
      if (/bachelor|master|associate|^b\.?s|^b\.?a|^m\.?s|^m\.?a|mba|^a\.?a/i.test(e.studyType ?? '')) {
        lines.push(label('Credits Earned', `${rng.pick([60, 120, 124, 128, 36, 45])} ${rng.pick(['Semester hours', 'Quarter hours'])}`));
      }
      return `<div class="entry keep">${lines.join('')}</div>`;
    };
    const certificate = (c) => `<p>${esc([c.name, c.issuer, c.date && formatDate(c.date, look.dateStyle)].filter(Boolean).join(', '))}</p>`;
    const content = (key) => {
      if (key === 'work') return resume.work.map(job).join('');
      if (key === 'education') return resume.education.map(education).join('');
      if (key === 'certificates') return resume.certificates.map(certificate).join('');
      if (key === 'skills') return resume.skills.map((s) => `<p>${esc(skillLine(s))}</p>`).join('');
      if (key === 'languages') return resume.languages.map((l) => `<p>${esc(l.language)}${l.fluency ? `: ${esc(l.fluency)}` : ''}</p>`).join('');
      if (key === 'awards') return resume.awards.map((a) => `<p>${esc([a.title, a.awarder, a.date && formatDate(a.date, look.dateStyle)].filter(Boolean).join(', '))}</p>`).join('');
      return plainSection(key, resume, look);
    };

    const basics = resume.basics;
    const contacts = contactsOf(basics, { address: true, profileLabels: true });
    const header = `<header><h1>${esc(basics.name)}</h1>${contacts.map((c) => `<p>${link(c.href, c.text)}</p>`).join('')}
${us ? label('Citizenship', 'United States Citizen') : ''}${us && rng.chance(0.6) ? label('Veterans\' Preference', rng.pick(['None', 'No', '5-point preference'])) : ''}
${us && rng.chance(0.4) ? label('Highest Grade Held', rng.pick(['N/A', 'GS-11', 'GS-12'])) : ''}</header>`;
    const body = `${header}\n<main>${sections.map((k) => `<section><h2>${esc(titles[k])}</h2>${content(k)}</section>`).join('\n')}</main>`;
    const css = `${baseCss(look)}${PLAIN_CSS}
header { margin-bottom: 4mm; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.15em; margin: 0.4em 0; border-bottom: 1pt solid #000; break-after: avoid; }
.entry { margin-bottom: 0.9em; }
.pos { font-weight: bold; }
.duties { margin-top: 0.25em; font-style: italic; }`;

    const truth = shownTruth(resume, look, {
      sections,
      basics: ['name', ...contactKeys(contacts)],
      fields: { education: ['institution', 'studyType', 'area', 'endDate', 'score'], awards: ['title', 'awarder', 'date'] },
    });
    (truth.education ?? []).forEach((e, i) => setDates(e, eduShown[i], look.dateStyle));
    return { html: htmlPage({ title: basics.name, css, body }), truth };
  },
};

// ---------------------------------------------------------------- 6. British-style CV

const britishCv = {
  id: 'html-k-uk-cv',
  family: 'html',
  format: 'pdf',
  patterns: ['British/Commonwealth CV: "Personal Statement", "Employment History", "Qualifications", "Key Skills"',
    'dates "Sep 2019 – Jun 2022" (or "to date") in a left column', 'degrees as "BSc (Hons) Psychology, 2:1" with the grade after the field',
    'a full postal address in the header', '"Referees available on request" at the end (references not in the truth)'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, { fonts: [0, 2, 1], dateStyles: ['MMM YYYY', 'MMM YYYY', 'MMMM YYYY', 'MM/YYYY'] });
    look.rangeSeparator = rng.pick([' – ', ' - ', ' to ']);
    // "Sep 2019 to date", "Sep 2019 – Present".
    look.present = look.rangeSeparator === ' to ' ? rng.pick(['date', 'present']) : rng.pick(['Present', 'Present', 'Current', 'to date']);
    const titles = pickTitles(rng);
    titles.summary = rng.pick(['Personal Statement', 'Personal Profile', 'Profile']);
    titles.work = rng.pick(['Employment History', 'Employment History', 'Work History', 'Career History', 'Employment']);
    titles.education = rng.pick(['Qualifications', 'Education & Qualifications', 'Education and Training', 'Education']);
    titles.skills = rng.pick(['Key Skills', 'Skills', 'Skills & Competencies']);
    titles.interests = rng.pick(['Interests', 'Hobbies and Interests', 'Interests & Activities']);
    titles.certificates = rng.pick(['Professional Qualifications', 'Certificates', 'Training & Certificates']);
    const eduYears = rng.chance(0.6);
    const workFirst = rng.pick(['title', 'company']);
    const referees = rng.pick(['Referees available on request.', 'References available upon request.', 'Available on request.']);
    const sections = planSections(resume, rng).filter((k) => k !== 'references');

    const row = (when, what) => `<div class="row keep"><div class="when">${when}</div><div class="what">${what}</div></div>`;
    const job = (e) => {
      const d = describe('work', e, look);
      const where = [e.position ? e.name : '', d.place].filter(Boolean).map(esc).join(', ');
      const head = workFirst === 'title'
        ? `<p><strong>${esc(d.title)}</strong>${where ? `, ${where}` : ''}</p>`
        : `<p><strong>${where || esc(d.title)}</strong></p>${where ? `<p><em>${esc(d.title)}</em></p>` : ''}`;
      return row(esc(d.date ?? ''), `${head}${paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('')}${highlightsHtml(d.bullets, look)}`);
    };
    const eduShown = [];
    const education = (e, i) => {
      const style = eduYears ? 'YYYY' : look.dateStyle;
      const date = educationDate(e, style, { endOnly: false, present: look.present, separator: look.rangeSeparator });
      eduShown[i] = date.shown;
      // "BSc (Hons) Psychology", but "Bachelor of Science in Nursing".
      const joint = /\s/.test((e.studyType ?? '').replace(/\s*\(.*\)$/, '')) ? ' in ' : ' ';
      const degree = [degreeText(e.studyType, e.area, joint), e.score].filter(Boolean).join(', ');
      return row(esc(date.text), `<p><strong>${esc(degree)}</strong></p><p>${esc(e.institution ?? '')}</p>${e.courses?.length ? `<p>Modules: ${esc(e.courses.join(', '))}</p>` : ''}`);
    };
    const content = (key) => {
      if (key === 'work') return resume.work.map(job).join('');
      if (key === 'education') return resume.education.map(education).join('');
      if (key === 'skills') return `<ul class="hl">${resume.skills.map((s) => `<li>${esc(skillLine(s))}</li>`).join('')}</ul>`;
      return plainSection(key, resume, look);
    };

    const basics = resume.basics;
    const contacts = contactsOf(basics, { address: rng.chance(0.7), profileLabels: true });
    const place = contacts.find((c) => c.kind === 'location');
    const others = contacts.filter((c) => c !== place);
    const header = `<header><h1>${esc(basics.name)}</h1>${place ? `<p>${esc(place.text)}</p>` : ''}<p>${contactLine(others, rng.pick([' | ', ' · ', '   ']))}</p></header>`;
    const body = `${header}\n<main>${sections.map((k) => `<section><h2>${esc(titles[k])}</h2>${content(k)}</section>`).join('\n')}
<section><h2>${esc(rng.pick(['References', 'Referees']))}</h2><p>${esc(referees)}</p></section></main>`;
    const css = `${baseCss(look)}${PLAIN_CSS}
header { text-align: center; margin-bottom: 4mm; }
h1 { font-size: 1.9em; margin-bottom: 0.15em; }
h2 { font-size: 1.1em; border-bottom: 0.75pt solid #666; margin-bottom: 0.35em; break-after: avoid; }
.row { display: flex; gap: 4mm; margin-bottom: 0.45em; }
.when { width: 24%; flex: none; color: #333; }
.what { flex: 1; }`;

    const truth = shownTruth(resume, look, {
      sections,
      basics: ['name', ...contactKeys(contacts)],
      fields: { education: ['institution', 'area', 'studyType', 'startDate', 'endDate', 'score', 'courses'] },
    });
    (truth.education ?? []).forEach((e, i) => setDates(e, eduShown[i], eduYears ? 'YYYY' : look.dateStyle));
    return { html: htmlPage({ title: `${basics.name} CV`, css, body }), truth };
  },
};

// ---------------------------------------------------------------- 7. creative two-column resume

const ICONS = { location: '⌂', phone: '☎', email: '✉', url: '➚', profile: '☍' };
const LEVEL_WORDS = ['Expert', 'Advanced', 'Proficient', 'Intermediate'];

const creative = {
  id: 'html-k-creative',
  family: 'html',
  format: 'pdf',
  patterns: ['creative two-column resume: coloured sidebar with contact lines behind icon characters (☎ ✉ ⌂)',
    'skills with a percentage or a level word beside each (not in the truth) in the sidebar', '"Languages" side block',
    'education as "Degree · School · Year" on one line', 'experience as the title, then "Company · Place · dates" in grey'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, { fonts: [0, 1], dateStyles: ['MMM YYYY', 'YYYY', 'MM/YYYY', 'MMM YYYY'] });
    if (rng.chance(0.5)) look.studyType = degreeAbbreviator(rng);
    const titles = pickTitles(rng);
    titles.summary = rng.pick(['About Me', 'Hello!', 'Profile', 'About']);
    titles.skills = rng.pick(['Skills', 'Expertise', 'Toolbox']);
    const rating = rng.pick(['percent', 'word']);
    const sideWidth = rng.int(29, 35);
    const sideRight = rng.chance(0.3);
    const planned = planSections(resume, rng);
    const SIDE = ['skills', 'languages', 'education', 'certificates', 'interests'];
    const side = SIDE.filter((k) => planned.includes(k));
    const main = planned.filter((k) => !SIDE.includes(k));

    const rate = () => (rating === 'percent' ? `${rng.int(6, 19) * 5}%` : rng.pick(LEVEL_WORDS));
    const skills = () => resume.skills.map((s) => {
      const head = skillShowsName(s) ? `<p class="grp">${esc(s.name)}${s.level ? ` · ${esc(s.level)}` : ''}</p>` : '';
      const rows = (s.keywords ?? []).map((k) => `<div class="line"><span>${esc(k)}</span><span class="rate">${esc(rate())}</span></div>`).join('');
      return `<div class="item">${head}${rows}</div>`;
    }).join('');
    const eduShown = [];
    const education = (e, i) => {
      const studyType = look.studyType ? look.studyType(e.studyType) : e.studyType;
      const year = e.endDate ? formatDate(e.endDate, 'YYYY') : '';
      eduShown[i] = year ? { end: e.endDate } : {};
      return `<p class="item">${esc([degreeText(studyType, e.area, ' in '), e.institution, year].filter(Boolean).join(' · '))}</p>`;
    };
    const sideContent = (key) => {
      if (key === 'skills') return skills();
      if (key === 'languages') {
        // A short level beside the language, a long one ("Professional working proficiency") under it.
        return resume.languages.map((l) => (!l.fluency || l.fluency.length <= 12
          ? `<div class="line"><span>${esc(l.language)}</span>${l.fluency ? `<span class="rate">${esc(l.fluency)}</span>` : ''}</div>`
          : `<p class="item">${esc(l.language)}<br><span class="sub">${esc(l.fluency)}</span></p>`)).join('');
      }
      if (key === 'education') return resume.education.map(education).join('');
      if (key === 'certificates') return resume.certificates.map((c) => `<p class="item">${esc(c.name)}${c.issuer || c.date ? `<br><span class="sub">${esc([c.issuer, c.date && formatDate(c.date, 'YYYY')].filter(Boolean).join(', '))}</span>` : ''}</p>`).join('');
      return `<p>${esc(resume.interests.map((x) => x.name).join(' · '))}</p>`;
    };
    const entry = (section, e) => {
      const d = describe(section, e, look);
      const meta = [d.subtitle, d.place, d.date].filter(Boolean).map(esc).join(' · ');
      const url = d.titleHref ? `<p class="meta">${link(d.titleHref, schemeless(d.titleHref))}</p>` : '';
      const kw = d.keywords?.length ? `<p class="meta">${esc(d.keywords.join(' / '))}</p>` : '';
      return `<div class="entry keep"><h3>${esc(d.title)}</h3>${meta ? `<p class="meta">${meta}</p>` : ''}${url}`
        + `${paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('')}${highlightsHtml(d.bullets, look)}${kw}</div>`;
    };
    const mainContent = (key) => (key === 'summary' ? `<p>${esc(resume.basics.summary)}</p>`
      : key === 'references' ? plainSection(key, resume, look) : resume[key].map((e) => entry(key, e)).join(''));

    const basics = resume.basics;
    const contacts = contactsOf(basics, { profileLabels: false });
    const contactHtml = contacts.map((c) => `<p class="c"><span class="ic">${ICONS[c.kind]}</span>${link(c.href, c.text)}</p>`).join('');
    const sideHtml = `<aside><h2>${esc(rng.pick(['Contact', 'Get in touch', 'Contact']))}</h2>${contactHtml}${side.map((k) => `<h2>${esc(titles[k])}</h2>${sideContent(k)}`).join('')}</aside>`;
    const mainHtml = `<main><h1>${esc(basics.name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}${main.map((k) => `<section><h2>${esc(titles[k])}</h2>${mainContent(k)}</section>`).join('')}</main>`;
    const cols = sideRight ? `1fr ${sideWidth}%` : `${sideWidth}% 1fr`;
    const css = `${baseCss(look)}${PLAIN_CSS}
.page { display: grid; grid-template-columns: ${cols}; column-gap: 7mm; }
aside { background: ${look.accent}; color: #fff; padding: 5mm 4mm; font-size: 0.92em; overflow-wrap: anywhere; ${sideRight ? 'order: 2;' : ''} }
aside h2 { font-size: 1.05em; text-transform: uppercase; letter-spacing: 0.12em; margin: 1em 0 0.4em; border-bottom: 1pt solid #ffffff88; }
aside h2:first-child { margin-top: 0; }
.c { margin-bottom: 0.3em; } .ic { display: inline-block; width: 1.4em; font-family: 'DejaVu Sans', sans-serif; }
.item { margin-bottom: 0.4em; } .grp { font-weight: bold; } .rate { opacity: 0.85; white-space: nowrap; } .sub { opacity: 0.85; }
main h1 { font-size: 2.4em; line-height: 1.05; color: ${look.accent}; }
main .label { font-size: 1.2em; letter-spacing: 0.05em; color: #666; margin-bottom: 4mm; }
main h2 { font-size: 1.15em; color: ${look.accent}; margin: 0.6em 0 0.3em; break-after: avoid; }
h3 { font-size: 1.02em; } .meta { color: #777; font-size: 0.93em; }`;
    const body = `<div class="page">${sideRight ? `${mainHtml}${sideHtml}` : `${sideHtml}${mainHtml}`}</div>`;

    let truth = shownTruth(resume, look, {
      sections: planned,
      basics: ['name', 'label', ...contactKeys(contacts)],
      fields: { education: ['institution', 'area', 'studyType', 'endDate'], interests: ['name'] },
    });
    truth = datesAsShown(truth, 'YYYY', ['certificates']);
    (truth.education ?? []).forEach((e, i) => setDates(e, eduShown[i], 'YYYY'));
    return { html: htmlPage({ title: basics.name, css, body }), truth };
  },
};

// ---------------------------------------------------------------- 8. plain text pasted into an e-mail

const emailText = {
  id: 'text-k-email',
  family: 'text',
  format: 'txt',
  patterns: ['resume pasted into an e-mail as plain text: "Name | Phone | Email" on the first line',
    'ALL CAPS headings (some with a colon), no rules', 'dates in parentheses at the end of the title line: "Title, Company, City (Jan 2020 - Present)"',
    'long unwrapped lines or a hard wrap at 72', 'education as "BS in Biology, School (2019)"'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickWording(rng, { dateStyles: ['MMM YYYY', 'MM/YYYY', 'MMMM YYYY', 'YYYY', 'M/YYYY'] });
    look.rangeSeparator = rng.pick([' - ', ' - ', ' to ', '-']);
    if (look.present === '') look.present = 'Present';
    const titles = pickTitles(rng);
    const sections = planSections(resume, rng);
    const colon = rng.chance(0.3) ? ':' : '';
    const bullet = rng.pick(['- ', '* ', '', '- ']);
    const width = rng.chance(0.35) ? 72 : 0;
    const join = rng.pick([', ', ' - ', ' at ']);
    const basics = resume.basics;
    const contacts = contactsOf(basics, { profileLabels: false });
    const firstLine = [basics.name, ...contacts.filter((c) => c.kind === 'phone' || c.kind === 'email').map((c) => c.text)];
    const secondLine = contacts.filter((c) => c.kind !== 'phone' && c.kind !== 'email').map((c) => c.text);
    const wrapped = (text, indent = '') => {
      if (!width) return [text];
      const out = [];
      let line = '';
      for (const w of text.split(/\s+/)) {
        if (line && line.length + 1 + w.length > width) { out.push(line); line = indent + w; } else line = line ? `${line} ${w}` : w;
      }
      return [...out, line];
    };

    const lines = [firstLine.join(' | ')];
    if (secondLine.length) lines.push(secondLine.join(' | '));
    if (basics.label && rng.chance(0.7)) lines.push(basics.label);
    const eduShown = [];
    for (const key of sections) {
      lines.push('', `${titles[key].toUpperCase()}${colon}`);
      if (key === 'summary') lines.push(...wrapped(basics.summary));
      else if (key === 'skills') lines.push(...resume.skills.flatMap((s) => wrapped(skillLine(s), '  ')));
      else if (key === 'languages') lines.push(resume.languages.map(languageText).join(', '));
      else if (key === 'interests') lines.push(resume.interests.map(interestText).join(', '));
      else if (key === 'education') {
        resume.education.forEach((e, i) => {
          const d = describe('education', e, look);
          const date = educationDate(e, 'YYYY', { endOnly: rng.chance(0.6), separator: look.rangeSeparator, present: look.present });
          eduShown[i] = date.shown;
          lines.push(`${[d.title, d.subtitle].filter(Boolean).join(', ')}${date.text ? ` (${date.text})` : ''}`);
          lines.push(...paragraphs(d).flatMap((t) => wrapped(t)));
        });
      } else {
        resume[key].forEach((e, k) => {
          const d = describe(key, e, look);
          if (k && rng.chance(0.6)) lines.push('');
          const head = [d.title, d.subtitle].filter(Boolean).join(join) + (d.place ? `, ${d.place}` : '');
          lines.push(`${head}${d.date ? ` (${d.date})` : ''}`);
          if (d.titleHref) lines.push(d.titleHref);
          lines.push(...paragraphs(d).flatMap((t) => wrapped(t)));
          lines.push(...(d.bullets ?? []).flatMap((b) => wrapped(bullet + b, bullet ? '  ' : '')));
          if (d.keywords?.length) lines.push(`${look.keywordsLabel}: ${d.keywords.join(', ')}`);
        });
      }
    }
    if (rng.chance(0.4)) lines.push('', rng.pick(['Thank you for your consideration.', 'References available on request.']));

    const truth = shownTruth(resume, look, {
      sections,
      basics: ['name', ...contactKeys(contacts), ...(lines.includes(basics.label) && basics.label ? ['label'] : [])],
    });
    (truth.education ?? []).forEach((e, i) => setDates(e, eduShown[i], 'YYYY'));
    return { text: `${lines.join('\n')}\n`, truth };
  },
};

export default [teacher, nurse, newGraduate, executive, federal, britishCv, creative, emailText];
