// Section titles in a left band (20–25% of the width), each on the baseline of the first line of its content, as
// Word "two-column" resumes and many HTML builders lay them out; the band is a CSS grid or a table.

import {
  baseCss, contactItems, contactKeys, contactLine, describe, esc, highlightsHtml, htmlPage, link, paragraphs,
  pickLook, pickTitles, planSections, printable, shownTruth, skillShowsName,
} from './common.mjs';

export default {
  id: 'html-left-titles',
  family: 'html',
  format: 'pdf',
  patterns: ['section titles in a left column on the baseline of their content', 'grid or table layout'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng);
    const titles = pickTitles(rng);
    const sections = planSections(resume, rng);
    const asTable = rng.chance(0.5);
    const band = rng.int(20, 25);
    const titleCase = rng.pick(['upper', 'plain', 'small-caps']);
    const ruled = rng.chance(0.5);
    const centered = rng.chance(0.35);
    const separator = rng.pick([' | ', ' · ', ' • ', '  ']);
    // Entry header: "Position – Company" on one line, or the position over the company.
    const oneLineHeader = rng.chance(0.5);
    const datesRight = rng.chance(0.7);
    const connector = rng.pick([' – ', ', ', ' | ', ' at ']);

    const basics = resume.basics;
    const contacts = contactItems(basics);

    const entry = (section, e) => {
      const d = describe(section, e, look);
      const title = `<strong>${link(d.titleHref, d.title)}</strong>`;
      const date = d.date ? `<span class="date">${esc(d.date)}</span>` : '';
      const place = d.place ? `, ${esc(d.place)}` : '';
      let head;
      if (oneLineHeader || !d.subtitle) {
        const joint = section === 'work' || section === 'volunteer' ? connector : ', ';
        const main = `${title}${d.subtitle ? esc(joint + d.subtitle) : ''}${place}`;
        head = datesRight
          ? `<div class="line"><span>${main}</span>${date}</div>`
          : `<div>${main}</div>${date && `<div>${date}</div>`}`;
      } else {
        const second = `<em>${esc(d.subtitle)}</em>${place}`;
        head = datesRight
          ? `<div class="line">${title}${date}</div><div>${second}</div>`
          : `<div>${title}</div><div>${second}${date && ` <span class="sep">|</span> ${date}`}</div>`;
      }
      const text = paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('');
      const keywords = d.keywords?.length
        ? `<p><em>${esc(look.keywordsLabel)}:</em> ${esc(d.keywords.join(', '))}</p>` : '';
      return `<div class="entry keep">${head}${text}${highlightsHtml(d.bullets, look)}${keywords}</div>`;
    };

    const skillLine = (s) => {
      const name = skillShowsName(s) ? `<strong>${esc(s.name)}</strong>${s.level ? ` (${esc(s.level)})` : ''}` : '';
      const words = s.keywords?.length ? esc(s.keywords.join(', ')) : '';
      return `<p class="item">${name}${name && words ? ': ' : ''}${words}</p>`;
    };

    const content = (key) => {
      if (key === 'summary') return `<p>${esc(basics.summary)}</p>`;
      if (key === 'skills') return resume.skills.map(skillLine).join('');
      if (key === 'languages' || key === 'interests') {
        return resume[key].map((e) => {
          const d = describe(key, e, look);
          const detail = d.subtitle ?? paragraphs(d)[0];
          return `<p class="item"><strong>${esc(d.title)}</strong>${detail ? ` – ${esc(detail)}` : ''}</p>`;
        }).join('');
      }
      return resume[key].map((e) => entry(key, e)).join('');
    };

    const rows = sections.map((key) => ({ title: titles[key], body: content(key) }));
    // The table carries width attributes too: LibreOffice's HTML import sizes tables by them alone.
    const sectionsHtml = asTable
      ? `<table class="sections" width="100%">${rows.map((r) => `<tr><th width="${band}%">${esc(r.title)}</th><td>${r.body}</td></tr>`).join('')}</table>`
      : `<div class="sections">${rows.map((r) => `<h2>${esc(r.title)}</h2><div class="body">${r.body}</div>`).join('')}</div>`;

    const header = `<header>
<h1>${esc(basics.name)}</h1>
${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}
<p class="contact">${contactLine(contacts, separator)}</p>
</header>`;

    const titleStyle = {
      upper: 'text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.9em;',
      plain: 'font-size: 1.05em;',
      'small-caps': 'font-variant: small-caps; font-size: 1.1em;',
    }[titleCase];
    const rule = ruled ? `border-top: 0.75pt solid ${look.accent};` : '';
    const css = `${baseCss(look)}
header { text-align: ${centered ? 'center' : 'left'}; margin-bottom: 1.2em; }
h1 { font-size: 2em; color: ${look.accent}; }
.label { font-size: 1.15em; margin: 0.15em 0 0.3em; }
.contact { font-size: 0.95em; }
.sections { width: 100%; }
table.sections { border-collapse: collapse; }
table.sections th, table.sections td { vertical-align: baseline; padding: 0.55em 0 0.55em 0; ${rule} }
table.sections th { width: ${band}%; text-align: left; padding-right: 1em; }
div.sections { display: grid; grid-template-columns: ${band}% 1fr; align-items: baseline; }
div.sections > h2, div.sections > .body { padding: 0.55em 0; ${rule} }
div.sections > h2 { padding-right: 1em; }
th, div.sections > h2 { color: ${look.accent}; font-weight: bold; ${titleStyle} }
.entry { margin-bottom: 0.6em; }
.entry:last-child { margin-bottom: 0; }
.line { display: flex; justify-content: space-between; gap: 1em; }
.date { white-space: nowrap; color: #444; }
.item { margin-bottom: 0.15em; }
.sep { color: #999; }`;

    const truth = shownTruth(resume, look, { sections, basics: ['name', 'label', ...contactKeys(contacts)] });
    return { html: htmlPage({ title: `${basics.name} – Résumé`, css, body: `${header}\n${sectionsHtml}` }), truth };
  },
};
