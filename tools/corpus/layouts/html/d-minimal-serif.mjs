// A LaTeX CV in the moderncv "classic" manner: serif type, the name large at the top with the contacts beside or
// under it, each section heading led by a coloured rule in the narrow left column, dates in italics in that column,
// "Degree — School" on one line with the grade and honours under it, publications as citations, and the languages
// on one line ("English (native), German (B2)").

import {
  baseCss, columnPercent, contactItems, contactKeys, degreeAbbreviator, describe, esc, highlightsHtml, htmlPage,
  interestText, link, paragraphs, pickLook, pickTitles, planSections, printable, schemeless, shownTruth,
  skillShowsName,
} from './common.mjs';

// LaTeX users write ranges with an en dash and rarely spell out months.
const DATE_STYLES = ['YYYY', 'YYYY', 'MMM YYYY', 'MM/YYYY', 'MMMM YYYY', 'YYYY-MM'];

export default {
  id: 'html-d-minimal-serif',
  family: 'html',
  format: 'pdf',
  patterns: ['LaTeX-like serif CV (moderncv classic)', 'italic dates in a narrow left column',
    'section rule in the left column beside the heading', '"Degree — School" on one line with grade and honours below',
    'citation-style publications', 'languages on one line'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, { fonts: [2], dateStyles: DATE_STYLES, bullets: [['•', 3], ['–', 2], ['disc', 1]] });
    look.rangeSeparator = rng.pick(['–', ' – ', '–']);
    if (rng.chance(0.5)) look.studyType = degreeAbbreviator(rng);
    const titles = pickTitles(rng);
    const sections = planSections(resume, rng);
    const contactsRight = rng.chance(0.55); // moderncv classic: the contacts right-aligned beside the name
    const lowerFluency = rng.chance(0.5); // "English (native)"
    const citeTitleQuoted = rng.chance(0.5);

    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: rng.chance(0.5) });
    // The date column is as wide as the longest printed date (within reason), as a LaTeX author would set it.
    const dates = sections.filter((k) => ['work', 'volunteer', 'education', 'projects', 'awards', 'certificates'].includes(k))
      .flatMap((k) => resume[k].map((e) => describe(k, e, look).date ?? ''));
    const column = Math.max(12, Math.min(26, columnPercent(dates, look, { scale: 0.95, padding: 3 })));

    const row = (left, right, extra = '') => `<div class="row keep${extra}"><div class="when">${left}</div><div class="what">${right}</div></div>`;

    const entry = (section, e) => {
      const d = describe(section, e, look);
      let head;
      if (section === 'education') {
        // "M.Sc. in Physics — University of Tartu"
        head = `<p><strong>${esc(d.title)}</strong>${d.subtitle ? ` — <em>${esc(d.subtitle)}</em>` : ''}</p>`;
      } else {
        const rest = [d.subtitle && `<em>${esc(d.subtitle)}</em>`, d.place && esc(d.place)].filter(Boolean).join(', ');
        head = `<p><strong>${link(d.titleHref, d.title)}</strong>${rest ? `, ${rest}` : ''}</p>`;
      }
      const text = paragraphs(d).map((t) => `<p class="small">${esc(t)}</p>`).join('');
      const keywords = d.keywords?.length ? `<p class="small"><em>${esc(look.keywordsLabel)}:</em> ${esc(d.keywords.join(', '))}</p>` : '';
      return row(esc(d.date ?? ''), `${head}${text}${highlightsHtml(d.bullets, look)}${keywords}`);
    };

    const citation = (e) => {
      const d = describe('publications', e, look);
      const title = citeTitleQuoted ? `“${esc(d.title)}.”` : `<em>${esc(d.title)}</em>.`;
      const venue = d.subtitle ? ` ${citeTitleQuoted ? `<em>${esc(d.subtitle)}</em>` : esc(d.subtitle)}` : '';
      const url = d.titleHref ? ` ${link(d.titleHref, schemeless(d.titleHref))}` : '';
      const summary = paragraphs(d).map((t) => `<p class="small">${esc(t)}</p>`).join('');
      // Author (Year). Title. Venue. url
      const date = d.date ? ` (${esc(d.date)})` : '';
      return row('', `<p>${esc(basics.name)}${date}. ${title}${venue}${venue ? '.' : ''}${url}</p>${summary}`);
    };

    const fluency = (l) => (lowerFluency ? l.fluency.toLowerCase() : l.fluency);
    const content = (key) => {
      if (key === 'summary') return row('', `<p>${esc(basics.summary)}</p>`);
      if (key === 'skills') {
        return resume.skills.map((s) => {
          const name = skillShowsName(s) ? `<strong>${esc(s.name)}</strong>` : '';
          const level = s.level && name ? ` <em>(${esc(s.level)})</em>` : '';
          return row(name, `<p>${esc((s.keywords ?? []).join(', '))}${level}</p>`, ' label');
        }).join('');
      }
      if (key === 'languages') {
        return row('', `<p>${esc(resume.languages.map((l) => (l.fluency ? `${l.language} (${fluency(l)})` : l.language)).join(', '))}</p>`);
      }
      if (key === 'interests') return row('', `<p>${esc(resume.interests.map(interestText).join(', '))}</p>`);
      if (key === 'publications') return resume.publications.map(citation).join('');
      return resume[key].map((e) => entry(key, e)).join('');
    };

    const contactHtml = contactsRight
      ? contacts.map((c) => `<p>${link(c.href, c.text)}</p>`).join('')
      : `<p>${contacts.map((c) => `<span class="nowrap">${link(c.href, c.text)}</span>`).join(' &nbsp;•&nbsp; ')}</p>`;
    const nameBlock = `<div><h1>${esc(basics.name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}</div>`;
    const header = `<header class="${contactsRight ? 'split' : ''}">${nameBlock}<div class="contact">${contactHtml}</div></header>`;
    const body = `${header}
${sections.map((k) => `<section>${row('<span class="rule"></span>', `<h2>${esc(titles[k])}</h2>`, ' head')}${content(k)}</section>`).join('\n')}`;

    const css = `${baseCss(look)}
header { margin-bottom: 1.2em; }
header.split { display: flex; justify-content: space-between; align-items: flex-end; gap: 1.5em; }
header.split .contact { text-align: right; font-size: 0.92em; font-style: italic; }
header .contact { margin-top: 0.3em; color: #333; }
h1 { font-size: 2.5em; font-weight: normal; color: #222; }
.label { font-size: 1.3em; font-style: italic; color: #666; }
section { margin-bottom: 0.5em; }
.row { display: grid; grid-template-columns: ${column}% 1fr; column-gap: 0.9em; margin-bottom: 0.45em; align-items: baseline; }
.row.head { align-items: center; margin: 0.7em 0 0.4em; break-after: avoid; }
.rule { display: block; height: 5pt; background: ${look.accent}; opacity: 0.55; }
h2 { font-size: 1.3em; font-weight: normal; color: ${look.accent}; }
.when { text-align: right; white-space: nowrap; font-style: italic; color: #333; font-size: 0.95em; }
.row.label .when { font-style: normal; white-space: normal; }
.small { font-size: 0.95em; }
a { color: ${look.accent}; }`;

    const truth = shownTruth(resume, look, { sections, basics: ['name', 'label', ...contactKeys(contacts)] });
    if (lowerFluency) for (const l of truth.languages ?? []) if (l.fluency) l.fluency = l.fluency.toLowerCase();
    return { html: htmlPage({ title: basics.name, css, body }), truth };
  },
};
