// The online-builder look (Canva and the like): a large coloured band with the name, the job title and a row of
// icon-labelled contacts, then one column. Dates sit right-aligned on the title line in a lighter colour, the company
// and city follow in italics on the second line, and projects carry a link line under their name.

import {
  baseCss, contactItems, contactKeys, describe, esc, highlightsHtml, htmlPage, icon, interestText, languageText, link,
  nameInCapitals, paragraphs, pickLook, pickTitles, planSections, printable, schemeless, shownTruth, skillShowsName,
} from './common.mjs';

// Bands dark enough for white type.
const BANDS = ['#1f3a5f', '#2d4a3e', '#5a2340', '#263238', '#3d3b8e', '#0b5563', '#7a3b1d'];

export default {
  id: 'html-d-canva-header',
  family: 'html',
  format: 'pdf',
  patterns: ['large coloured header band with name, title and icon-labelled contacts',
    'dates right-aligned on the title line in a lighter colour', 'company and city in italics on the second line',
    'project link line under the name'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, { fonts: [0, 1] });
    const titles = pickTitles(rng);
    const sections = planSections(resume, rng);
    const band = rng.pick(BANDS);
    const upperName = rng.chance(0.5);
    const centered = rng.chance(0.35);
    const headingStyle = rng.pick(['caps', 'tinted', 'plain']);
    const linkText = rng.pick(['schemeless', 'labelled', 'full']);
    const skillsAsTags = rng.chance(0.5);
    const orgSeparator = rng.pick([', ', ' | ', ' · ']);
    const linkLabel = linkText === 'labelled' ? `${rng.pick(['Link', 'Demo', 'Repo', 'URL'])}: ` : '';

    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: rng.chance(0.3) });

    const projectLink = (d) => {
      if (!d.titleHref) return '';
      const shown = linkText === 'full' ? d.titleHref : schemeless(d.titleHref);
      return `<p class="link">${icon('url', band)} ${esc(linkLabel)}${link(d.titleHref, shown)}</p>`;
    };

    const entry = (section, e) => {
      const d = describe(section, e, look);
      // Projects print their link on a line of its own, not on the title.
      const title = section === 'projects' ? esc(d.title) : link(d.titleHref, d.title);
      const head = `<div class="line"><h3>${title}</h3>${d.date ? `<span class="date">${esc(d.date)}</span>` : ''}</div>`;
      const second = [d.subtitle, d.place].filter(Boolean).map(esc).join(orgSeparator);
      const text = paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('');
      const keywords = d.keywords?.length ? `<p class="kw">${esc(`${look.keywordsLabel}: ${d.keywords.join(', ')}`)}</p>` : '';
      return `<div class="entry keep">${head}${second ? `<p class="org">${second}</p>` : ''}${section === 'projects' ? projectLink(d) : ''}${text}${highlightsHtml(d.bullets, look)}${keywords}</div>`;
    };

    const content = (key) => {
      if (key === 'summary') return `<p>${esc(basics.summary)}</p>`;
      if (key === 'skills') {
        if (skillsAsTags) {
          return resume.skills.map((s) => {
            const name = skillShowsName(s) ? `<span class="tagname">${esc(s.name)}${s.level ? ` (${esc(s.level)})` : ''}:</span> ` : '';
            return `<p class="tags">${name}${(s.keywords ?? []).map((k) => `<span class="tag">${esc(k)}</span>`).join(' ')}</p>`;
          }).join('');
        }
        return `<ul class="plain">${resume.skills.map((s) => {
          const name = skillShowsName(s) ? `<strong>${esc(s.name)}${s.level ? ` (${esc(s.level)})` : ''}</strong>` : '';
          const words = (s.keywords ?? []).join(', ');
          return `<li>${name}${name && words ? ': ' : ''}${esc(words)}</li>`;
        }).join('')}</ul>`;
      }
      if (key === 'languages') return `<p>${esc(resume.languages.map(languageText).join(' · '))}</p>`;
      if (key === 'interests') return `<p>${esc(resume.interests.map(interestText).join(', '))}</p>`;
      return resume[key].map((e) => entry(key, e)).join('');
    };

    const name = upperName ? (basics.name ?? '').toUpperCase() : basics.name;
    const contactRow = contacts.map((c) => `<span class="c">${icon(c.kind, '#ffffff')}&nbsp;${link(c.href, c.text)}</span>`).join(' ');
    const header = `<header class="band"><h1>${esc(name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}
<p class="contacts">${contactRow}</p></header>`;
    const body = `${header}
<main>${sections.map((k) => `<section><h2>${esc(titles[k])}</h2>${content(k)}</section>`).join('\n')}</main>`;

    const heading = {
      caps: `text-transform: uppercase; letter-spacing: 0.08em; color: ${band}; border-bottom: 1pt solid ${band}33;`,
      tinted: `background: ${band}14; color: ${band}; padding: 0.15em 0.4em; border-left: 3pt solid ${band};`,
      plain: `color: ${band}; font-size: 1.25em;`,
    }[headingStyle];
    const css = `${baseCss(look)}
.band { background: ${band}; color: #fff; padding: 7mm 8mm 5mm; margin-bottom: 5mm; border-radius: 2mm;
  text-align: ${centered ? 'center' : 'left'}; }
h1 { font-size: 2.4em; letter-spacing: ${upperName ? '0.08em' : '0.01em'}; }
.label { font-size: 1.25em; opacity: 0.85; margin-top: 0.15em; }
.contacts { margin-top: 0.7em; font-size: 0.92em; line-height: 1.7; }
.contacts .c { white-space: nowrap; margin-right: 1.2em; }
.contacts .icon { vertical-align: -1pt; }
main { padding: 0 2mm; }
section { margin-bottom: 0.8em; }
h2 { font-size: 1.12em; margin-bottom: 0.4em; break-after: avoid; ${heading} }
h3 { font-size: 1.05em; }
.entry { margin-bottom: 0.6em; }
.line { display: flex; justify-content: space-between; align-items: baseline; gap: 1em; }
.date { white-space: nowrap; color: #8a8a8a; font-size: 0.95em; }
.org { font-style: italic; color: #444; }
.link { font-size: 0.93em; color: ${band}; }
.link .icon { vertical-align: -1pt; }
.kw { color: #666; font-size: 0.95em; }
ul.plain { list-style: none; padding: 0; }
ul.plain li { margin-bottom: 0.2em; }
.tags { margin-bottom: 0.3em; line-height: 1.8; }
.tagname { font-weight: bold; }
.tag { display: inline-block; background: ${band}1c; color: #222; border-radius: 1em; padding: 0 0.6em; line-height: 1.5; }`;

    const truth = shownTruth(resume, look, { sections, basics: ['name', 'label', ...contactKeys(contacts)] });
    if (upperName) nameInCapitals(truth);
    return { html: htmlPage({ title: basics.name, css, body }), truth };
  },
};
