// A short trades-style resume: section headings in a coloured band across the page, a "Licences & Tickets" table,
// the skills as a grid of ticked cells, the employer first in bold capitals with the position below, a few bullets
// per job to keep the page short, and "References available on request" when none are given.

import {
  baseCss, contactItems, contactKeys, describe, esc, highlightsHtml, htmlPage, languageText, link, nameInCapitals,
  paragraphs, pickLook, pickTitles, planSections, printable, shownTruth, skillShowsName,
} from './common.mjs';
import { mapEntries } from '../../lib/truth.mjs';

const TITLES = {
  certificates: ['Licences & Tickets', 'Tickets & Licences', 'Licences, Tickets & Certificates', 'Licenses & Certifications',
    'Trade Licences & Certifications'],
  skills: ['Key Skills', 'Trade Skills', 'Skills & Abilities', 'Core Skills', 'Skills'],
  work: ['Work History', 'Employment History', 'Work Experience', 'Experience'],
  education: ['Training & Education', 'Education & Apprenticeship', 'Education & Training', 'Qualifications'],
  summary: ['Profile', 'About Me', 'Career Objective', 'Personal Statement', 'Summary'],
};
const MARKS = ['✔', '■', '●', '✓', '▸'];
const ON_REQUEST = ['References available on request', 'References available upon request.', 'Referees available on request'];

export default {
  id: 'html-x-trades',
  family: 'html',
  format: 'pdf',
  patterns: ['section headings in a full-width coloured band', '"Licences & Tickets" as a table',
    'skills as a grid table of ticked cells (group names dropped or as rows)', 'employer first in bold capitals',
    'bullets capped per job', '"References available on request" line'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, {
      fonts: [0, 0, 1],
      dateStyles: ['MM/YYYY', 'MMM YYYY', 'MMMM YYYY', 'YYYY', 'M/YYYY', 'MMM YYYY'],
      bullets: [['•', 3], ['–', 1], ['▪', 1], ['disc', 2]],
    });
    const titles = { ...pickTitles(rng), ...Object.fromEntries(Object.entries(TITLES).map(([k, w]) => [k, rng.pick(w)])) };
    let sections = planSections(resume, rng);
    // Tickets come right after the profile: a site manager looks for them first.
    if (sections.includes('certificates') && rng.chance(0.7)) {
      sections = sections.filter((k) => k !== 'certificates');
      sections.splice(sections[0] === 'summary' ? 1 : 0, 0, 'certificates');
    }
    const cap = rng.pick([2, 3, 3, 4]); // bullets per job
    const upperName = rng.chance(0.6);
    const darkBand = rng.chance(0.6);
    const flatGrid = rng.chance(0.6);
    const columns = rng.pick([2, 3, 3, 4]);
    const mark = rng.pick(MARKS);
    const certTable = rng.chance(0.7);
    const onRequest = !sections.includes('references') && rng.chance(0.6) ? rng.pick(ON_REQUEST) : '';
    const contactLabels = rng.chance(0.5);

    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: true });
    // The phone first: that is how a foreman gets in touch.
    contacts.sort((a, b) => (b.kind === 'phone') - (a.kind === 'phone'));
    const labelOf = { phone: rng.pick(['Mobile', 'Phone', 'Mob', 'Cell']), email: 'Email', location: rng.pick(['Location', 'Based in', 'Address']),
      url: 'Web' };

    const trimmed = (e) => (e.highlights ? { ...e, highlights: e.highlights.slice(0, cap) } : e);
    const jobs = (resume.work ?? []).map(trimmed);

    const job = (section, e) => {
      const d = describe(section, e, look);
      const org = d.subtitle ? `<span class="org">${esc(d.subtitle.toUpperCase())}</span>` : '';
      const place = d.place ? `<span class="place">${org ? ' | ' : ''}${esc(d.place)}</span>` : '';
      const first = org || place ? `<div class="line"><span>${org}${place}</span><span class="date">${esc(d.date ?? '')}</span></div>
<p class="pos">${esc(d.title)}</p>` : `<div class="line"><span class="pos">${esc(d.title)}</span><span class="date">${esc(d.date ?? '')}</span></div>`;
      const text = paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('');
      const keywords = d.keywords?.length ? `<p class="muted">${esc(look.keywordsLabel)}: ${esc(d.keywords.join(', '))}</p>` : '';
      return `<div class="entry keep">${first}${text}${highlightsHtml(d.bullets, look)}${keywords}</div>`;
    };

    const simple = (key, e) => {
      const d = describe(key, e, look);
      const text = paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('');
      const keywords = d.keywords?.length ? `<p class="muted">${esc(look.keywordsLabel)}: ${esc(d.keywords.join(', '))}</p>` : '';
      return `<div class="entry keep"><div class="line"><span><b>${link(d.titleHref, d.title)}</b>${d.subtitle ? ` – ${esc(d.subtitle)}` : ''}</span><span class="date">${esc(d.date ?? '')}</span></div>${text}${highlightsHtml(d.bullets, look)}${keywords}</div>`;
    };

    const grid = (words) => {
      const rows = [];
      for (let i = 0; i < words.length; i += columns) rows.push(words.slice(i, i + columns));
      const pct = Math.floor(100 / columns);
      return `<table class="grid" width="100%">${rows.map((r) => `<tr>${Array.from({ length: columns }, (_, j) => (r[j]
        ? `<td width="${pct}%"><span class="mk">${mark}</span> ${esc(r[j])}</td>` : `<td width="${pct}%"></td>`)).join('')}</tr>`).join('')}</table>`;
    };

    const skills = () => {
      if (flatGrid) return grid(resume.skills.flatMap((s) => (s.keywords?.length ? s.keywords : [s.name])));
      return resume.skills.map((s) => {
        if (!s.keywords?.length) return '';
        return `${skillShowsName(s) ? `<p class="group">${esc(s.name)}</p>` : ''}${grid(s.keywords)}`;
      }).join('') + (resume.skills.some((s) => !s.keywords?.length)
        ? grid(resume.skills.filter((s) => !s.keywords?.length).map((s) => s.name)) : '');
    };

    const certificates = () => (certTable
      ? `<table class="certs" width="100%"><tr><th width="50%">${esc(rng.pick(['Licence / Ticket', 'Ticket', 'Licence / Certificate', 'Certification']))}</th><th>${esc(rng.pick(['Issued by', 'Issuer', 'Authority']))}</th><th width="18%">${esc(rng.pick(['Obtained', 'Date', 'Issued']))}</th></tr>
${resume.certificates.map((c) => { const d = describe('certificates', c, look); return `<tr><td><b>${esc(d.title)}</b></td><td>${esc(d.subtitle ?? '')}</td><td>${esc(d.date ?? '')}</td></tr>`; }).join('')}</table>`
      : `<ul class="certlist">${resume.certificates.map((c) => {
        const d = describe('certificates', c, look);
        return `<li><b>${esc(d.title)}</b>${d.subtitle ? `, ${esc(d.subtitle)}` : ''}${d.date ? ` (${esc(d.date)})` : ''}</li>`;
      }).join('')}</ul>`);

    const content = (key) => {
      switch (key) {
        case 'summary': return `<p>${esc(basics.summary)}</p>`;
        case 'work': return jobs.map((e) => job('work', e)).join('');
        case 'volunteer': return resume.volunteer.map((e) => job('volunteer', trimmed(e))).join('');
        case 'skills': return skills();
        case 'certificates': return certificates();
        case 'languages': return `<p>${esc(resume.languages.map(languageText).join(', '))}</p>`;
        case 'interests': return `<p>${esc(resume.interests.map((i) => i.name).join(', '))}</p>`;
        case 'references':
          return resume.references.map((r) => `<div class="entry keep"><p><b>${esc(r.name)}</b></p>${r.reference ? `<p class="muted">“${esc(r.reference)}”</p>` : ''}</div>`).join('');
        case 'projects': return resume.projects.map((e) => simple('projects', trimmed(e))).join('');
        default: return resume[key].map((e) => simple(key, e)).join('');
      }
    };

    const contactHtml = contacts.map((c) => `<span class="nowrap">${contactLabels && labelOf[c.kind] ? `<b>${esc(labelOf[c.kind])}:</b> ` : ''}${link(c.href, c.text)}</span>`)
      .join('<span class="dot"> &nbsp;|&nbsp; </span>');
    const shownName = upperName ? (basics.name ?? '').toUpperCase() : basics.name;
    const body = `<header><h1>${esc(shownName)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}
<p class="contacts">${contactHtml}</p></header>
${sections.map((k) => `<section><h2>${esc(titles[k])}</h2><div class="body">${content(k)}</div></section>`).join('\n')}
${onRequest ? `<p class="onreq">${esc(onRequest)}</p>` : ''}`;

    const band = darkBand
      ? `background: ${look.accent}; color: #fff;`
      : `background: #e6e8eb; color: #111; border-left: 4pt solid ${look.accent};`;
    const css = `${baseCss(look)}
header { margin-bottom: 0.8em; }
h1 { font-size: 2.1em; letter-spacing: ${upperName ? '0.05em' : '0'}; color: #111; }
.label { font-size: 1.2em; color: ${look.accent}; font-weight: bold; margin-top: 0.1em; }
.contacts { margin-top: 0.4em; font-size: 0.95em; }
.dot { color: #999; }
h2 { ${band} font-size: 1em; text-transform: uppercase; letter-spacing: 0.08em; padding: 0.25em 0.6em; margin: 0.9em 0 0.45em;
  break-after: avoid; }
.body { padding: 0 0.3em; }
.entry { margin-bottom: 0.55em; }
.line { display: flex; justify-content: space-between; gap: 1em; align-items: baseline; }
.org { font-weight: bold; letter-spacing: 0.03em; }
.place { color: #444; }
.pos { font-weight: bold; font-style: italic; color: ${look.accent}; }
.date { white-space: nowrap; font-weight: bold; font-size: 0.95em; }
.muted { color: #555; }
table { border-collapse: collapse; }
table.grid td { padding: 0.15em 0.4em 0.15em 0; vertical-align: top; }
.mk { color: ${look.accent}; }
.group { font-weight: bold; margin: 0.3em 0 0.1em; }
table.certs th { text-align: left; font-size: 0.9em; color: #555; border-bottom: 0.75pt solid #999; padding: 0.1em 0.5em 0.15em 0; }
table.certs td { padding: 0.2em 0.5em 0.2em 0; border-bottom: 0.5pt solid #ddd; vertical-align: top; }
ul.certlist { padding-left: 1.2em; }
.onreq { margin-top: 1em; font-style: italic; }`;

    let truth = shownTruth({ ...resume, work: jobs, volunteer: resume.volunteer?.map(trimmed), projects: resume.projects?.map(trimmed) }, look, {
      sections,
      basics: ['name', 'label', ...contactKeys(contacts)],
      fields: {
        skills: ['name', 'keywords'],
        interests: ['name'],
      },
    });
    // Employers print in capitals: the truth keeps them so (lower-casing would not give back the letters).
    truth = mapEntries(truth, 'work', (e) => (e.name ? { ...e, name: e.name.toUpperCase() } : e));
    truth = mapEntries(truth, 'volunteer', (e) => (e.organization ? { ...e, organization: e.organization.toUpperCase() } : e));
    // A flat grid shows keywords without their group's name.
    if (flatGrid) truth = mapEntries(truth, 'skills', (s) => (s.keywords?.length ? { keywords: s.keywords } : { name: s.name }));
    if (upperName) nameInCapitals(truth);
    return { html: htmlPage({ title: `${basics.name} Resume`, css, body }), truth };
  },
};
