// Entries beside a date column: "2019 – Present | Registered Nurse, St. Mary's …" with the bullets in the right
// column, as in many European and academic CVs; skill groups and languages use the same two columns.

import {
  baseCss, columnPercent, contactItems, contactKeys, contactLine, describe, esc, highlightsHtml, htmlPage,
  interestText, link, paragraphs, pickLook, pickTitles, planSections, printable, shownTruth, skillShowsName,
} from './common.mjs';

export default {
  id: 'html-date-column',
  family: 'html',
  format: 'pdf',
  patterns: ['dates in a column beside the entry', 'bullets in the right column', 'contact block beside the name'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng);
    const titles = pickTitles(rng);
    const sections = planSections(resume, rng);
    const rule = rng.chance(0.4); // a vertical rule between dates and entries
    const dateAlign = rng.pick(['left', 'right']);
    // Long month names do not fit a narrow column on one line: those documents break "September 2021 –" / "Present".
    const breakRange = look.dateStyle === 'MMMM YYYY' || rng.chance(0.3);
    const column = look.dateStyle === 'YYYY' ? rng.int(13, 16) : breakRange ? rng.int(16, 19) : rng.int(20, 24);
    const placeInDateColumn = rng.chance(0.4);
    const headingUnderline = rng.pick(['rule', 'bar', 'none']);
    const connector = rng.pick([', ', ' – ', ' | ']);

    const basics = resume.basics;
    const contacts = contactItems(basics);
    // Name left, contact lines right: only when both fit side by side, as the name must not wrap.
    const sideBySide = columnPercent([basics.name ?? ''], look, { scale: 1.9, padding: 0 })
      + columnPercent(contacts.map((c) => c.text), look, { scale: 0.95, padding: 10 });
    const headerSplit = rng.chance(0.5) && sideBySide <= 100;

    const dateCell = (d) => {
      let date = esc(d.date ?? '');
      if (breakRange) date = date.replace(/^(.+?(?: –| -|–| —| to))\s*(.+)$/, '$1<br>$2');
      const place = placeInDateColumn && d.place ? `<div class="place">${esc(d.place)}</div>` : '';
      return `<div class="when">${date}${place}</div>`;
    };

    const entry = (section, e) => {
      const d = describe(section, e, look);
      const place = !placeInDateColumn && d.place ? `, ${esc(d.place)}` : '';
      const subtitle = d.subtitle ? esc((section === 'education' ? ', ' : connector) + d.subtitle) : '';
      const head = `<p><strong>${link(d.titleHref, d.title)}</strong>${subtitle}${place}</p>`;
      const text = paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('');
      const keywords = d.keywords?.length ? `<p class="kw">${esc(d.keywords.join(' · '))}</p>` : '';
      return `<div class="row keep">${dateCell(d)}<div class="what">${head}${text}${highlightsHtml(d.bullets, look)}${keywords}</div></div>`;
    };

    const pair = (left, right) => `<div class="row keep"><div class="when label">${left}</div><div class="what">${right}</div></div>`;

    const content = (key) => {
      if (key === 'summary') return `<p>${esc(basics.summary)}</p>`;
      if (key === 'skills') {
        return resume.skills.map((s) => {
          const name = skillShowsName(s) ? esc(s.name) : '';
          const level = s.level ? `<em>${esc(s.level)}</em>` : '';
          const words = s.keywords?.length ? esc(s.keywords.join(', ')) : '';
          return pair(name, [words, level].filter(Boolean).join(' — '));
        }).join('');
      }
      if (key === 'languages') return resume.languages.map((e) => pair(esc(e.language), esc(e.fluency ?? ''))).join('');
      if (key === 'interests') {
        return `<p>${esc(resume.interests.map(interestText).join(', '))}</p>`;
      }
      return resume[key].map((e) => entry(key, e)).join('');
    };

    const contactHtml = headerSplit
      ? contacts.map((c) => link(c.href, c.text)).join('<br>')
      : contactLine(contacts, ' · ');
    const nameBlock = `<h1>${esc(basics.name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}`;
    const header = headerSplit
      ? `<header class="split"><div>${nameBlock}</div><p class="contact">${contactHtml}</p></header>`
      : `<header>${nameBlock}<p class="contact">${contactHtml}</p></header>`;

    const body = sections.map((key) => `<section><h2>${esc(titles[key])}</h2>${content(key)}</section>`).join('\n');

    const underline = {
      rule: `border-bottom: 0.75pt solid ${look.accent}; padding-bottom: 0.15em;`,
      bar: `background: ${look.accent}1a; padding: 0.15em 0.4em;`,
      none: '',
    }[headingUnderline];
    const css = `${baseCss(look)}
header { margin-bottom: 1em; }
header.split { display: flex; justify-content: space-between; align-items: flex-end; gap: 2em; }
header.split .contact { text-align: right; white-space: nowrap; }
h1 { font-size: 1.9em; }
.label { font-size: 1.1em; color: ${look.accent}; margin-top: 0.1em; }
.contact { margin-top: 0.3em; font-size: 0.95em; }
section { margin-top: 0.9em; }
h2 { font-size: 1.1em; color: ${look.accent}; margin-bottom: 0.45em; break-after: avoid; ${underline} }
.row { display: grid; grid-template-columns: ${column}% 1fr; column-gap: 1em; align-items: baseline; margin-bottom: 0.5em; }
.when { text-align: ${dateAlign}; color: #444; white-space: nowrap; }
.when.label { white-space: normal; font-weight: bold; color: #222; }
.place { font-style: italic; white-space: normal; }
.what { ${rule ? `border-left: 0.75pt solid #999; padding-left: 0.8em;` : ''} }
.kw { color: #555; font-size: 0.95em; }`;

    const truth = shownTruth(resume, look, { sections, basics: ['name', 'label', ...contactKeys(contacts)] });
    return { html: htmlPage({ title: basics.name, css, body: `${header}\n${body}` }), truth };
  },
};
