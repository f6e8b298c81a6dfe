// A narrow sidebar set off by a vertical rule, on the left or the right, holding the contact details, skills and
// languages; the experience runs in the wide column beside it.

import {
  baseCss, columnPercent, contactItems, contactKeys, describe, esc, highlightsHtml, htmlPage, interestText, link,
  paragraphs, pickLook, pickTitles, planSections, printable, shownTruth, skillShowsName,
} from './common.mjs';

const SIDEBAR_SECTIONS = ['skills', 'languages', 'interests', 'certificates'];
const ASIDE_SCALE = 0.93; // the sidebar's type size, relative to the body's

export default {
  id: 'html-sidebar-rule',
  family: 'html',
  format: 'pdf',
  patterns: ['contact details in a sidebar beside a vertical rule', 'sidebar left or right', 'labels above values'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng);
    const titles = pickTitles(rng);
    const sections = planSections(resume, rng);
    const side = rng.pick(['left', 'right']);
    const tinted = rng.chance(0.3);
    const nameSpans = rng.chance(0.5); // the name above both columns, or atop the main column
    let labelledContacts = rng.chance(0.5);
    const keywordsAsList = rng.chance(0.5);
    const certificatesAside = rng.chance(0.5);

    const basics = resume.basics;
    const contacts = contactItems(basics);
    // Labelled: "LinkedIn" on its own line, the address alone below it.
    const printed = (c) => (labelledContacts ? c.value ?? c.text : c.text);
    const fit = (scale) => columnPercent(contacts.map(printed), look, { scale, padding: 8 });
    // The sidebar widens (up to 40%) rather than break an address; lines too long even then take the labelled form
    // and, as a designer would, a smaller size.
    if (fit(ASIDE_SCALE) > 40) labelledContacts = true;
    let contactScale = ASIDE_SCALE;
    while (fit(contactScale) > 40 && contactScale > 0.8) contactScale -= 0.03;
    const width = Math.min(40, Math.max(rng.int(27, 33), fit(contactScale)));
    const aside = sections.filter((k) => SIDEBAR_SECTIONS.includes(k) && (k !== 'certificates' || certificatesAside));
    const main = sections.filter((k) => !aside.includes(k));

    const contactHtml = contacts.map((c) => (labelledContacts
      ? `<p class="clabel">${esc(c.label)}</p><p class="cvalue">${link(c.href, printed(c))}</p>`
      : `<p class="cvalue">${link(c.href, c.text)}</p>`)).join('');

    const asideContent = (key) => {
      if (key === 'skills') {
        return resume.skills.map((s) => {
          const level = s.level ? ` <span class="level">· ${esc(s.level)}</span>` : '';
          const name = skillShowsName(s) ? `<p class="sname">${esc(s.name)}${level}</p>` : '';
          const words = !s.keywords?.length ? '' : keywordsAsList
            ? `<ul class="plain">${s.keywords.map((k) => `<li>${esc(k)}</li>`).join('')}</ul>`
            : `<p>${esc(s.keywords.join(', '))}</p>`;
          return `<div class="group">${name}${words}</div>`;
        }).join('');
      }
      if (key === 'languages') {
        return resume.languages.map((e) => {
          const fluency = e.fluency ? `<br><span class="level">${esc(e.fluency)}</span>` : '';
          return `<p><strong>${esc(e.language)}</strong>${fluency}</p>`;
        }).join('');
      }
      if (key === 'interests') {
        return `<ul class="plain">${resume.interests.map((i) => `<li>${esc(interestText(i))}</li>`).join('')}</ul>`;
      }
      return resume[key].map((e) => {
        const d = describe(key, e, look);
        const details = [d.subtitle, d.date].filter(Boolean).map((t) => `<p class="level">${esc(t)}</p>`).join('');
        return `<div class="group"><p><strong>${esc(d.title)}</strong></p>${details}</div>`;
      }).join('');
    };

    const entry = (section, e) => {
      const d = describe(section, e, look);
      const meta = [d.subtitle, d.place].filter(Boolean).map(esc).join(' · ');
      const head = `<div class="line"><h3>${link(d.titleHref, d.title)}</h3><span class="date">${esc(d.date ?? '')}</span></div>`
        + (meta ? `<p class="meta">${meta}</p>` : '');
      const text = paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('');
      const keywords = d.keywords?.length ? `<p class="level">${esc(`${look.keywordsLabel}: ${d.keywords.join(', ')}`)}</p>` : '';
      return `<div class="entry keep">${head}${text}${highlightsHtml(d.bullets, look)}${keywords}</div>`;
    };

    const mainContent = (key) => (key === 'summary'
      ? `<p>${esc(basics.summary)}</p>`
      : resume[key].map((e) => entry(key, e)).join(''));

    const nameBlock = `<h1>${esc(basics.name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}`;
    const asideHtml = `<aside>
<h2>${esc(titles.contact)}</h2>${contactHtml}
${aside.map((k) => `<h2>${esc(titles[k])}</h2>${asideContent(k)}`).join('\n')}
</aside>`;
    const mainHtml = `<main>${nameSpans ? '' : `<header>${nameBlock}</header>`}
${main.map((k) => `<section><h2>${esc(titles[k])}</h2>${mainContent(k)}</section>`).join('\n')}
</main>`;
    const body = `${nameSpans ? `<header class="top">${nameBlock}</header>` : ''}
<div class="columns">${side === 'left' ? asideHtml + mainHtml : mainHtml + asideHtml}</div>`;

    const ruleSide = side === 'left' ? 'right' : 'left';
    const css = `${baseCss(look)}
header.top { margin-bottom: 1em; padding-bottom: 0.5em; border-bottom: 1pt solid #ccc; }
main header { margin-bottom: 0.6em; }
h1 { font-size: 2em; color: ${look.accent}; }
.label { font-size: 1.15em; margin-top: 0.1em; }
.columns { display: flex; align-items: stretch; gap: 5mm; }
aside { flex: 0 0 ${width}%; border-${ruleSide}: 1.25pt solid ${look.accent}; padding-${ruleSide}: 4mm; font-size: ${ASIDE_SCALE}em;
  overflow-wrap: break-word; }
${tinted ? `aside { background: ${look.accent}12; padding: 2mm 3mm 0; }` : ''}
main { flex: 1; }
aside h2 { font-size: 1em; text-transform: uppercase; letter-spacing: 0.06em; color: ${look.accent}; margin: 0.9em 0 0.35em; }
aside h2:first-child { margin-top: 0; }
aside p { margin-bottom: 0.2em; }
aside p.clabel { font-weight: bold; font-size: 0.9em; color: #555; margin-bottom: 0; }
.cvalue { margin-bottom: 0.35em; font-size: ${(contactScale / ASIDE_SCALE).toFixed(2)}em; }
.group { margin-bottom: 0.45em; }
.sname { font-weight: bold; }
.level { color: #555; }
ul.plain { list-style: none; padding: 0; }
main h2 { font-size: 1.15em; color: ${look.accent}; border-bottom: 0.75pt solid #bbb; margin: 0.8em 0 0.35em;
  break-after: avoid; }
main > section:first-child > h2, main > header + section > h2 { margin-top: 0; }
h3 { font-size: 1em; }
.entry { margin-bottom: 0.55em; }
.line { display: flex; justify-content: space-between; gap: 1em; align-items: baseline; }
.date { white-space: nowrap; color: #444; }
.meta { font-style: italic; color: #333; }`;

    const truth = shownTruth(resume, look, {
      sections,
      basics: ['name', 'label', ...contactKeys(contacts)],
    });
    return { html: htmlPage({ title: basics.name, css, body }), truth };
  },
};
