// A modern two-column grid under a full-width header: experience (and projects, volunteering) in the wide left column,
// education, skills, certifications and languages in the right one. Section headings carry a short accent bar under
// them, skills print their level as a word beside a drawn bar, certifications put the issuer on the line below.

import {
  baseCss, contactItems, contactKeys, contactLine, degreeAbbreviator, describe, esc, highlightsHtml, htmlPage,
  interestText, link, nameInCapitals, paragraphs, pickLook, pickTitles, planSections, printable, shownTruth,
  skillShowsName,
} from './common.mjs';

const RIGHT_SECTIONS = ['education', 'skills', 'certificates', 'languages', 'awards', 'interests', 'references'];
// How full a skill's bar is drawn: a shape, not text.
const LEVEL_FILL = { beginner: 25, intermediate: 50, proficient: 65, advanced: 80, expert: 95, master: 100 };

export default {
  id: 'html-d-two-column-grid',
  family: 'html',
  format: 'pdf',
  patterns: ['two-column grid: experience left, education/skills/certifications right',
    'headings with a short accent bar under them', 'skill levels as words beside drawn bars',
    'certification issuer on the line below'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng);
    if (rng.chance(0.3)) look.studyType = degreeAbbreviator(rng);
    const titles = pickTitles(rng);
    const sections = planSections(resume, rng);
    const upperName = rng.chance(0.35);
    const leftShare = rng.int(58, 66);
    const datesBeside = rng.chance(0.5); // dates right of the title, or on the company line
    const barUnder = rng.pick(['short', 'full']);
    const drawBars = rng.chance(0.7);
    // Publications go right in some documents, left in others.
    const right = RIGHT_SECTIONS.concat(rng.chance(0.4) ? ['publications'] : []);
    const leftKeys = sections.filter((k) => !right.includes(k));
    const rightKeys = sections.filter((k) => right.includes(k));

    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: rng.chance(0.5) });

    const entry = (section, e) => {
      const d = describe(section, e, look);
      const date = d.date ? `<span class="date">${esc(d.date)}</span>` : '';
      const meta = [d.subtitle, d.place].filter(Boolean).map(esc).join(', ');
      const head = datesBeside
        ? `<div class="line"><h3>${link(d.titleHref, d.title)}</h3>${date}</div>${meta ? `<p class="meta">${meta}</p>` : ''}`
        : `<h3>${link(d.titleHref, d.title)}</h3>${meta || date ? `<div class="line"><p class="meta">${meta}</p>${date}</div>` : ''}`;
      const text = paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('');
      const keywords = d.keywords?.length ? `<p class="kw">${esc(`${look.keywordsLabel}: ${d.keywords.join(', ')}`)}</p>` : '';
      return `<div class="entry keep">${head}${text}${highlightsHtml(d.bullets, look)}${keywords}</div>`;
    };

    const sideEntry = (section, e) => {
      const d = describe(section, e, look);
      // Certificates and awards: the name, then the issuer (and date) on the line below.
      const below = [d.subtitle, d.date].filter(Boolean).map(esc).join(' · ');
      const text = paragraphs(d).map((t) => `<p class="small">${esc(t)}</p>`).join('');
      return `<div class="item keep"><p class="strong">${link(d.titleHref, d.title)}</p>${below ? `<p class="sub">${below}</p>` : ''}${text}</div>`;
    };

    const skill = (s) => {
      const name = skillShowsName(s) ? esc(s.name) : '';
      const fill = LEVEL_FILL[String(s.level ?? '').toLowerCase()] ?? 60;
      const level = s.level && name ? `<span class="level">${esc(s.level)}</span>` : '';
      const bar = drawBars && s.level && name ? `<div class="bar"><div style="width:${fill}%"></div></div>` : '';
      const words = s.keywords?.length ? `<p class="small">${esc(s.keywords.join(', '))}</p>` : '';
      return `<div class="item keep">${name ? `<div class="line"><p class="strong">${name}</p>${level}</div>` : ''}${bar}${words}</div>`;
    };

    const content = (key) => {
      if (key === 'summary') return `<p>${esc(basics.summary)}</p>`;
      if (key === 'skills') return resume.skills.map(skill).join('');
      if (key === 'languages') {
        return resume.languages.map((l) => `<div class="line item"><p class="strong">${esc(l.language)}</p>${l.fluency ? `<span class="level wrap">${esc(l.fluency)}</span>` : ''}</div>`).join('');
      }
      if (key === 'interests') return `<p>${esc(resume.interests.map(interestText).join(', '))}</p>`;
      if (rightKeys.includes(key)) return resume[key].map((e) => sideEntry(key, e)).join('');
      return resume[key].map((e) => entry(key, e)).join('');
    };

    const section = (key) => `<section><h2>${esc(titles[key])}</h2>${content(key)}</section>`;
    const name = upperName ? (basics.name ?? '').toUpperCase() : basics.name;
    const header = `<header><h1>${esc(name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}
<p class="contact">${contactLine(contacts, rng.pick(['  |  ', ' · ', '   ']))}</p></header>`;
    const body = `${header}
<div class="grid"><div class="left">${leftKeys.map(section).join('\n')}</div><div class="right">${rightKeys.map(section).join('\n')}</div></div>`;

    const css = `${baseCss(look)}
header { padding-bottom: 0.6em; margin-bottom: 0.8em; border-bottom: 0.75pt solid #ccc; }
h1 { font-size: 2.1em; letter-spacing: ${upperName ? '0.06em' : '0'}; }
.label { font-size: 1.15em; color: ${look.accent}; margin-top: 0.1em; }
.contact { margin-top: 0.35em; font-size: 0.92em; color: #444; }
.grid { display: grid; grid-template-columns: ${leftShare}% 1fr; column-gap: 7mm; }
.right { font-size: 0.95em; }
section { margin-bottom: 0.9em; }
h2 { font-size: 1.1em; text-transform: uppercase; letter-spacing: 0.05em; margin-bottom: 0.45em; break-after: avoid; }
h2::after { content: ''; display: block; height: 2.5pt; margin-top: 0.2em; background: ${look.accent};
  width: ${barUnder === 'short' ? '2.8em' : '100%'}; }
h3 { font-size: 1em; }
.entry { margin-bottom: 0.6em; }
.item { margin-bottom: 0.45em; }
.line { display: flex; justify-content: space-between; align-items: baseline; gap: 0.8em; }
.date { white-space: nowrap; color: #555; font-size: 0.95em; }
.meta { font-style: italic; color: #333; }
.strong { font-weight: bold; }
.sub, .small { color: #555; font-size: 0.95em; }
.level { color: ${look.accent}; font-size: 0.9em; white-space: nowrap; }
.level.wrap { white-space: normal; text-align: right; }
.bar { height: 3.5pt; background: #e2e2e2; margin: 0.15em 0 0.2em; }
.bar div { height: 100%; background: ${look.accent}; }
.kw { color: #555; font-size: 0.95em; }`;

    const truth = shownTruth(resume, look, { sections, basics: ['name', 'label', ...contactKeys(contacts)] });
    if (upperName) nameInCapitals(truth);
    return { html: htmlPage({ title: basics.name, css, body }), truth };
  },
};
