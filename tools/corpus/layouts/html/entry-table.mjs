// Every entry a two-cell table: position and company on the left, dates and place on the right, as Word resume
// templates build them; skills and languages are label/value tables. Tables only, so it also converts cleanly.

import {
  baseCss, contactItems, contactKeys, contactLine, describe, esc, highlightsHtml, htmlPage, link, paragraphs,
  pickLook, pickTitles, planSections, printable, shownTruth, skillShowsName,
} from './common.mjs';

export default {
  id: 'html-entry-table',
  family: 'html',
  format: 'pdf',
  patterns: ['two-column entry tables (position/company left, dates/location right)', 'label/value tables'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng);
    const titles = pickTitles(rng);
    const sections = planSections(resume, rng);
    const organisationFirst = rng.chance(0.35); // "St. David's Medical Center" over "Registered Nurse – ICU"
    const placeFirst = rng.chance(0.3); // right cell: place over dates
    const gridLines = rng.chance(0.25); // visible cell borders, as when the author never hid them
    const centered = rng.chance(0.5);
    const contactSeparator = rng.pick([' | ', ' • ', ' · ']);
    const headingCase = rng.pick(['uppercase', 'none']);

    const basics = resume.basics;
    const contacts = contactItems(basics);

    const entry = (section, e) => {
      const d = describe(section, e, look);
      const title = link(d.titleHref, d.title);
      const [first, second] = organisationFirst && d.subtitle && (section === 'work' || section === 'volunteer')
        ? [`<strong>${esc(d.subtitle)}</strong>`, `<em>${title}</em>`]
        : [`<strong>${title}</strong>`, d.subtitle ? `<em>${esc(d.subtitle)}</em>` : ''];
      const right = (placeFirst ? [d.place, d.date] : [d.date, d.place]).filter(Boolean).map(esc);
      const text = paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('');
      const keywords = d.keywords?.length ? `<p>${esc(`${look.keywordsLabel}: ${d.keywords.join(', ')}`)}</p>` : '';
      const details = `${text}${highlightsHtml(d.bullets, look)}${keywords}`;
      // Width attributes as well as CSS: LibreOffice's HTML import sizes tables by the attributes only.
      const head = `<tr><td class="left" width="68%">${[first, second].filter(Boolean).join('<br>')}</td>`
        + `<td class="right">${right.join('<br>')}</td></tr>`;
      const below = details ? `<tr><td colspan="2" class="details">${details}</td></tr>` : '';
      return `<table class="entry keep" width="100%">${head}${below}</table>`;
    };

    const pairs = (rows) => `<table class="pairs" width="100%">${rows.map(([l, r]) => `<tr><th width="28%">${l}</th><td>${r}</td></tr>`).join('')}</table>`;
    const level = (s) => (s.level ? ` <span class="level">(${esc(s.level)})</span>` : '');

    const content = (key) => {
      if (key === 'summary') return `<p>${esc(basics.summary)}</p>`;
      if (key === 'skills') {
        // Named groups in a label/value table; a group printed without its name is a plain line of keywords.
        const named = resume.skills.filter(skillShowsName);
        const unnamed = resume.skills.filter((s) => !skillShowsName(s));
        const table = named.length ? pairs(named.map((s) => [esc(s.name) + level(s), esc((s.keywords ?? []).join(', '))])) : '';
        return table + unnamed.map((s) => `<p>${esc(s.keywords.join(', '))}</p>`).join('');
      }
      if (key === 'languages') return pairs(resume.languages.map((e) => [esc(e.language), esc(e.fluency ?? '')]));
      if (key === 'interests') return pairs(resume.interests.map((e) => [esc(e.name), esc((e.keywords ?? []).join(', '))]));
      return resume[key].map((e) => entry(key, e)).join('');
    };

    const header = `<header>
<h1>${esc(basics.name)}</h1>
${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}
<p class="contact">${contactLine(contacts, contactSeparator)}</p>
</header>`;
    const body = sections.map((key) => `<h2>${esc(titles[key])}</h2>\n${content(key)}`).join('\n');

    const border = gridLines ? 'border: 0.5pt solid #bbb;' : '';
    const css = `${baseCss(look)}
header { text-align: ${centered ? 'center' : 'left'}; margin-bottom: 0.6em; }
h1 { font-size: 1.8em; letter-spacing: 0.02em; }
.label { font-size: 1.1em; margin-top: 0.1em; }
.contact { margin-top: 0.35em; font-size: 0.95em; }
h2 { font-size: 1.08em; text-transform: ${headingCase}; color: ${look.accent}; border-bottom: 1pt solid ${look.accent};
  margin: 0.9em 0 0.4em; padding-bottom: 0.1em; break-after: avoid; }
table { width: 100%; border-collapse: collapse; }
td, th { ${border} padding: 0.1em 0.3em; vertical-align: top; }
table.entry { margin-bottom: 0.45em; }
td.left { width: 68%; }
td.right { text-align: right; color: #333; }
td.details { padding-top: 0.15em; }
table.pairs { margin-bottom: 0.2em; }
table.pairs th { text-align: left; width: 28%; font-weight: bold; }
.level { font-weight: normal; color: #555; }`;

    const truth = shownTruth(resume, look, { sections, basics: ['name', 'label', ...contactKeys(contacts)] });
    return { html: htmlPage({ title: `Resume – ${basics.name}`, css, body: `${header}\n${body}` }), truth };
  },
};
