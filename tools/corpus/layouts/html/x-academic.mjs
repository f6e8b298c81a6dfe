// An academic curriculum vitae: a serif page headed "Curriculum Vitae", research interests, degrees with the year of
// completion alone, appointments and a teaching section of their own, numbered publications in citation style (the
// person's name in bold among co-authors, the year alone), referees, and a running page footer.

import {
  baseCss, contactItems, contactKeys, cssString, degreeAbbreviator, describe, esc, highlightsHtml, htmlPage,
  languageText, link, paragraphs, pickLook, pickTitles, planSections, printable, schemeless, shownTruth, skillShowsName,
} from './common.mjs';
import { formatDate, shownDate } from '../../lib/dates.mjs';
import { datesAsShown } from '../../lib/truth.mjs';

const TEACHING = /teach|tutor|instructor|demonstrator|\bTA\b/i;
const ACADEMIC = /professor|lecturer|research|postdoc|scientist|fellow|ph\.?d|scholar|teaching|academic|dean/i;
const NOW_ISO = '2025-06'; // the corpus's today (lib/people/calendar.mjs)
const CO_AUTHORS = ['Müller, K.', 'Chen, L.', 'Okafor, A. N.', 'Smith, J. R.', 'Novák, P.', 'García, M.', 'Haddad, S.',
  'Kowalski, T.', 'Ito, Y.', 'Brown, E.', 'Rossi, F.', 'Andersen, H.', 'Patel, R.', 'Dubois, C.', 'Wright, D. M.',
  'Nguyen, T. H.', 'Silva, B.', 'Johansson, E.', 'Kim, S.', 'Murphy, C.'];

const SECTION_TITLES = {
  summary: ['Research Interests', 'Research Profile', 'Profile', 'Research Summary'],
  appointments: ['Academic Appointments', 'Appointments', 'Academic Positions', 'Employment'],
  teaching: ['Teaching Experience', 'Teaching', 'Teaching and Supervision'],
  publications: ['Publications', 'Peer-Reviewed Publications', 'Selected Publications', 'Journal Articles'],
  awards: ['Honours and Awards', 'Grants, Honours & Awards', 'Fellowships and Awards', 'Awards'],
  volunteer: ['Service', 'Professional Service & Outreach', 'Service and Outreach'],
  skills: ['Technical Skills', 'Methods & Tools', 'Skills', 'Research Skills'],
  references: ['Referees', 'References'],
  projects: ['Research Projects', 'Projects'],
};

export default {
  id: 'html-x-academic',
  family: 'html',
  format: 'pdf',
  patterns: ['academic CV: "Curriculum Vitae" title, research interests', 'degrees with the completion year alone',
    'separate teaching section', 'numbered citation-style publications with co-authors and the year alone',
    'running footer with name and page number'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, {
      fonts: [2, 2, 2, 0],
      dateStyles: ['YYYY', 'YYYY', 'YYYY', 'MMM YYYY', 'MM/YYYY', 'MMMM YYYY'],
      bullets: [['•', 2], ['–', 2], ['disc', 2], ['none', 3]],
    });
    if (rng.chance(0.5)) look.studyType = degreeAbbreviator(rng);
    const titles = { ...pickTitles(rng), ...Object.fromEntries(Object.entries(SECTION_TITLES).map(([k, w]) => [k, rng.pick(w)])) };
    const academic = ACADEMIC.test(resume.basics.label ?? '') || Boolean(resume.publications?.length);
    if (!academic) titles.appointments = pickTitles(rng).work;
    if (!academic && rng.chance(0.5)) titles.summary = pickTitles(rng).summary;
    const sections = planSections(resume, rng).filter((k) => k !== 'interests');
    const header = rng.pick(['centered', 'split']);
    const dateSide = rng.pick(['left', 'right']);
    const headingStyle = rng.pick(['smallcaps-rule', 'bold', 'caps-centered']);
    const numbering = rng.pick(['dot', 'bracket', 'reversed']);
    const nameForm = rng.pick(['surname-first', 'initials-first']);
    const footer = rng.pick(['name-page', 'page-of', 'none']);
    const cvTitle = rng.pick(['Curriculum Vitae', 'CURRICULUM VITAE', 'Academic Curriculum Vitae']);

    const basics = resume.basics;
    const contacts = contactItems(basics, { address: header === 'split' && rng.chance(0.7), profileLabels: true,
      fullUrls: rng.chance(0.3) });

    // The teaching section takes the teaching posts when there are some and others besides.
    const work = resume.work ?? [];
    const teachingPosts = work.filter((w) => TEACHING.test(w.position ?? ''));
    const splitTeaching = sections.includes('work') && teachingPosts.length > 0 && teachingPosts.length < work.length;
    const order = sections.flatMap((k) => (k !== 'work' ? [k] : splitTeaching ? ['appointments', 'teaching'] : ['appointments']));

    const eduYear = (e) => {
      if (e.endDate) return `${e.endDate > NOW_ISO ? 'expected ' : ''}${formatDate(e.endDate, 'YYYY')}`;
      if (e.startDate) return `${formatDate(e.startDate, 'YYYY')}–present`;
      return '';
    };

    const parts = (basics.name ?? '').split(/\s+/).filter(Boolean);
    const surname = parts.at(-1) ?? '';
    const initials = parts.slice(0, -1).map((p) => `${p[0]}.`).join(' ');
    const self = nameForm === 'surname-first' ? `${surname}, ${initials}` : `${initials} ${surname}`;
    const author = (a) => (nameForm === 'surname-first' ? a : a.replace(/^([^,]+), (.+)$/, '$2 $1'));
    const authors = () => {
      const others = rng.sample(CO_AUTHORS, rng.weighted([[0, 2], [1, 3], [2, 3], [3, 2], [4, 1]])).map(author);
      others.splice(rng.int(0, others.length), 0, `<b>${esc(self)}</b>`);
      const shown = others.map((a) => (a.startsWith('<b>') ? a : esc(a)));
      return shown.length > 2 ? `${shown.slice(0, -1).join(', ')}, &amp; ${shown.at(-1)}` : shown.join(' &amp; ');
    };

    const printedDates = order.flatMap((k) => {
      if (k === 'education') return resume.education.map(eduYear);
      if (k === 'appointments' || k === 'teaching') return work.map((e) => describe('work', e, look).date ?? '');
      if (['projects', 'volunteer', 'awards', 'certificates'].includes(k)) return resume[k].map((e) => describe(k, e, look).date ?? '');
      return [];
    });
    const dateWidth = Math.max(4, ...printedDates.map((t) => t.length)) * 0.5 + 0.6;
    const dated = (date, inner) => (dateSide === 'left'
      ? `<div class="e dl keep"><div class="d">${esc(date ?? '')}</div><div class="c">${inner}</div></div>`
      : `<div class="e dr keep">${inner.replace('<!--date-->', date ? `<span class="d">${esc(date)}</span>` : '')}</div>`);
    const headLine = (html) => (dateSide === 'left' ? `<p class="h">${html}</p>` : `<p class="h"><span>${html}</span><!--date--></p>`);

    const education = () => resume.education.map((e) => {
      const d = describe('education', e, look);
      const head = [d.title && `<b>${esc(d.title)}</b>`, d.subtitle && esc(d.subtitle)].filter(Boolean).join(', ');
      const text = paragraphs(d).map((t) => `<p class="note">${esc(t)}</p>`).join('');
      return dated(eduYear(e), `${headLine(head)}${text}`);
    }).join('');

    const job = (section, e) => {
      const d = describe(section, e, look);
      const head = `<b>${esc(d.title)}</b>${d.subtitle ? `, ${esc(d.subtitle)}` : ''}${d.place ? `, ${esc(d.place)}` : ''}`;
      const text = paragraphs(d).map((t) => `<p class="note">${esc(t)}</p>`).join('');
      const keywords = d.keywords?.length ? `<p class="note">${esc(look.keywordsLabel)}: ${esc(d.keywords.join(', '))}</p>` : '';
      const url = d.titleHref ? `<p class="note">${link(d.titleHref, schemeless(d.titleHref))}</p>` : '';
      return dated(d.date, `${headLine(head)}${url}${text}${highlightsHtml(d.bullets, look)}${keywords}`);
    };

    const publications = () => {
      const items = resume.publications.map((p) => {
        const year = formatDate(p.releaseDate, 'YYYY');
        const venue = p.publisher ? ` <i>${esc(p.publisher)}</i>.` : '';
        const url = p.url ? ` ${link(p.url, rng.chance(0.5) ? p.url : schemeless(p.url))}` : '';
        const title = /[.?!]$/.test(p.name) ? esc(p.name) : `${esc(p.name)}.`;
        return `<li>${authors()}${year ? ` (${esc(year)}).` : '.'} ${title}${venue}${url}</li>`;
      }).join('');
      return numbering === 'reversed' ? `<ol class="pubs" reversed>${items}</ol>` : `<ol class="pubs">${items}</ol>`;
    };

    const simple = (key) => resume[key].map((e) => {
      const d = describe(key, e, look);
      const head = [`<b>${esc(d.title)}</b>`, d.subtitle && esc(d.subtitle)].filter(Boolean).join(', ');
      const text = paragraphs(d).map((t) => `<p class="note">${esc(t)}</p>`).join('');
      return dated(d.date, `${headLine(head)}${text}`);
    }).join('');

    const content = (key) => {
      switch (key) {
        case 'summary': return `<p>${esc(basics.summary)}</p>`;
        case 'education': return education();
        case 'appointments': return (splitTeaching ? work.filter((w) => !teachingPosts.includes(w)) : work).map((e) => job('work', e)).join('');
        case 'teaching': return teachingPosts.map((e) => job('work', e)).join('');
        case 'publications': return publications();
        case 'projects': case 'volunteer': return resume[key].map((e) => job(key, e)).join('');
        case 'skills':
          return resume.skills.map((s) => {
            const name = skillShowsName(s) ? `<i>${esc(s.name)}${s.level ? ` (${esc(s.level)})` : ''}</i>` : '';
            const words = esc((s.keywords ?? []).join(', '));
            return `<p class="line">${name}${name && words ? ': ' : ''}${words}</p>`;
          }).join('');
        case 'languages': return `<p>${esc(resume.languages.map(languageText).join('; '))}</p>`;
        case 'references':
          return `<div class="refs">${resume.references.map((r) => `<div class="ref keep"><p><b>${esc(r.name)}</b></p>${r.reference ? `<p class="note">${esc(r.reference)}</p>` : ''}</div>`).join('')}</div>`;
        default: return simple(key);
      }
    };

    const contactHtml = header === 'centered'
      ? `<p class="contacts">${contacts.map((c) => `<span class="nowrap">${link(c.href, c.text)}</span>`).join(' &nbsp;·&nbsp; ')}</p>`
      : (() => {
        const left = contacts.filter((c) => c.kind === 'location' || c.kind === 'phone');
        const right = contacts.filter((c) => !left.includes(c));
        const col = (items) => `<div>${items.map((c) => `<p>${link(c.href, c.text)}</p>`).join('')}</div>`;
        return `<div class="contacts split">${col(left)}${col(right)}</div>`;
      })();
    const head = header === 'centered'
      ? `<header class="centered"><h1>${esc(basics.name)}</h1><p class="cv">${esc(cvTitle)}</p>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}${contactHtml}</header>`
      : `<header><p class="cv">${esc(cvTitle)}</p><h1>${esc(basics.name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}${contactHtml}</header>`;
    const body = `${head}\n${order.map((k) => `<section><h2>${esc(titles[k])}</h2>${content(k)}</section>`).join('\n')}`;

    const footerBox = {
      'name-page': `@page { @bottom-right { content: ${cssString(`${basics.name} – CV – `)} counter(page); font-size: 8.5pt; color: #666; } }`,
      'page-of': '@page { @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8.5pt; color: #666; } }',
      none: '',
    }[footer];
    const headingCss = {
      'smallcaps-rule': 'font-variant: small-caps; font-size: 1.2em; font-weight: normal; letter-spacing: 0.03em; border-bottom: 0.6pt solid #444;',
      bold: `font-size: 1.08em; color: ${look.accent};`,
      'caps-centered': 'text-transform: uppercase; text-align: center; font-size: 0.98em; letter-spacing: 0.14em; font-weight: normal;',
    }[headingStyle];
    const css = `${baseCss(look)}
${footerBox}
body { line-height: 1.35; }
header { margin-bottom: 1.2em; }
header.centered { text-align: center; }
h1 { font-size: 1.9em; font-weight: normal; letter-spacing: 0.02em; }
header.centered h1 { font-variant: small-caps; font-size: 2.1em; }
.cv { font-size: 0.95em; letter-spacing: 0.1em; color: #555; }
header:not(.centered) .cv { margin-bottom: 0.2em; }
.label { font-style: italic; margin-top: 0.15em; }
.contacts { margin-top: 0.5em; font-size: 0.93em; }
.contacts.split { display: flex; justify-content: space-between; gap: 10mm; border-top: 0.6pt solid #999; padding-top: 0.4em; }
.contacts.split div:last-child { text-align: right; }
h2 { ${headingCss} margin: 1.1em 0 0.5em; break-after: avoid; }
.e { margin-bottom: 0.5em; }
.dl { display: grid; grid-template-columns: ${dateWidth.toFixed(1)}em 1fr; column-gap: 1em; }
.dl .d { color: #333; }
.dr .h { display: flex; justify-content: space-between; gap: 1.5em; align-items: baseline; }
.dr .d { white-space: nowrap; }
.dl .d { white-space: nowrap; }
.note { color: #333; }
ul.hl, div.hl { margin-top: 0.1em; }
ol.pubs { padding-left: 2.2em; margin: 0; }
ol.pubs li { margin-bottom: 0.45em; padding-left: 0.3em; break-inside: avoid; }
${numbering === 'bracket' ? 'ol.pubs li::marker { content: "[" counter(list-item) "] "; }' : ''}
.line { margin-bottom: 0.2em; }
.refs { display: grid; grid-template-columns: 1fr 1fr; gap: 0.6em 8mm; }`;

    let truth = shownTruth(resume, look, {
      sections,
      basics: ['name', 'label', ...contactKeys(contacts)],
      fields: { publications: ['name', 'publisher', 'releaseDate', 'url'] },
    });
    truth = datesAsShown(truth, 'YYYY', ['publications']);
    for (const [i, e] of (truth.education ?? []).entries()) {
      const source = resume.education[i];
      delete e.startDate;
      delete e.endDate;
      if (source.endDate) e.endDate = shownDate(source.endDate, 'YYYY');
      else if (source.startDate) e.startDate = shownDate(source.startDate, 'YYYY');
    }
    // The work section keeps its entries in the person's order, whichever heading they are printed under.
    return { html: htmlPage({ title: `${basics.name} – Curriculum Vitae`, css, body }), truth };
  },
};
