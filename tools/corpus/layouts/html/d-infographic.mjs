// An infographic resume: a tinted sidebar with a round photo placeholder, an "About me" paragraph, icon contacts,
// languages rated with dots (their level as words only in some documents), skills as tags; the main column holds a
// timeline of jobs and studies where each date is a pill above the title.

import {
  baseCss, columnPercent, contactItems, contactKeys, describe, esc, highlightsHtml, htmlPage, icon, interestText, link,
  paragraphs, pickLook, pickTitles, planSections, printable, shownTruth, skillShowsName,
} from './common.mjs';

const SIDEBAR_SECTIONS = ['summary', 'skills', 'languages', 'interests'];
const ASIDE_SCALE = 0.92;

/** How many of five dots a fluency fills: a drawing, not text. */
function dots(fluency) {
  const f = String(fluency ?? '').toLowerCase();
  if (/native|mother|first|bilingual|c2/.test(f)) return 5;
  if (/c1|fluent|full|advanced/.test(f)) return 4;
  if (/b2|professional|b1|intermediate|conversational/.test(f)) return 3;
  if (/a2|limited|elementary|basic/.test(f)) return 2;
  if (/a1|beginner/.test(f)) return 1;
  return 3;
}

export default {
  id: 'html-d-infographic',
  family: 'html',
  format: 'pdf',
  patterns: ['infographic sidebar with a photo placeholder circle and an "About me" paragraph',
    'languages rated with dots, level words only sometimes', 'skills as tags',
    'timeline of jobs with the date as a pill above the title'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, { fonts: [0, 1] });
    const titles = pickTitles(rng);
    if (rng.chance(0.6)) titles.summary = 'About me';
    const sections = planSections(resume, rng);
    const side = rng.chance(0.75) ? 'left' : 'right';
    const levelWords = rng.chance(0.4); // "German ●●●○○ Intermediate" or the dots alone
    const dark = rng.chance(0.5); // a dark sidebar with white type, or a light tint

    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: false });
    const fit = (scale) => columnPercent(contacts.map((c) => c.text), look, { scale, padding: 16 });
    let contactScale = ASIDE_SCALE;
    while (fit(contactScale) > 40 && contactScale > 0.78) contactScale -= 0.03;
    const width = Math.min(40, Math.max(rng.int(30, 34), fit(contactScale)));
    const aside = sections.filter((k) => SIDEBAR_SECTIONS.includes(k));
    const main = sections.filter((k) => !aside.includes(k));
    const ink = dark ? '#ffffff' : look.accent;

    const asideContent = (key) => {
      if (key === 'summary') return `<p>${esc(basics.summary)}</p>`;
      if (key === 'skills') {
        return resume.skills.map((s) => {
          const name = skillShowsName(s) ? `<p class="sname">${esc(s.name)}</p>` : '';
          const tags = (s.keywords ?? []).map((k) => `<span class="tag">${esc(k)}</span>`).join(' ');
          return `<div class="group">${name}<p class="tags">${tags}</p></div>`;
        }).join('');
      }
      if (key === 'languages') {
        return resume.languages.map((l) => {
          const n = dots(l.fluency);
          const rating = `<span class="dots">${Array.from({ length: 5 }, (_, i) => `<i class="${i < n ? 'on' : ''}"></i>`).join('')}</span>`;
          const words = levelWords && l.fluency ? `<span class="lw">${esc(l.fluency)}</span>` : '';
          return `<div class="lang"><span class="lname">${esc(l.language)}</span>${rating}${words}</div>`;
        }).join('');
      }
      return `<p class="tags">${resume.interests.map((i) => `<span class="tag">${esc(interestText(i))}</span>`).join(' ')}</p>`;
    };

    const entry = (section, e) => {
      const d = describe(section, e, look);
      const pill = d.date ? `<span class="pill">${esc(d.date)}</span>` : '';
      const meta = [d.subtitle, d.place].filter(Boolean).map(esc).join(' · ');
      const text = paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('');
      const keywords = d.keywords?.length ? `<p class="kw">${esc(`${look.keywordsLabel}: ${d.keywords.join(', ')}`)}</p>` : '';
      return `<div class="node keep">${pill}<h3>${link(d.titleHref, d.title)}</h3>${meta ? `<p class="meta">${meta}</p>` : ''}${text}${highlightsHtml(d.bullets, look)}${keywords}</div>`;
    };

    const photo = `<div class="photo"><svg viewBox="0 0 24 24" width="58%" height="58%" fill="${dark ? '#ffffff88' : '#00000033'}"><circle cx="12" cy="8" r="4.5"/><path d="M3 23c1-6 5-9 9-9s8 3 9 9z"/></svg></div>`;
    const contactHtml = contacts.map((c) => `<p class="cvalue">${icon(c.kind, ink)}<span>${link(c.href, c.text)}</span></p>`).join('');
    const asideHtml = `<aside>${photo}
<h2>${esc(titles.contact)}</h2>${contactHtml}
${aside.map((k) => `<h2>${esc(titles[k])}</h2>${asideContent(k)}`).join('\n')}
</aside>`;
    const mainHtml = `<main><header><h1>${esc(basics.name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}</header>
${main.map((k) => `<section><h2>${esc(titles[k])}</h2><div class="timeline">${resume[k].map((e) => entry(k, e)).join('')}</div></section>`).join('\n')}
</main>`;
    const body = `<div class="columns">${side === 'left' ? asideHtml + mainHtml : mainHtml + asideHtml}</div>`;

    const css = `${baseCss(look)}
.columns { display: flex; gap: 6mm; align-items: stretch; }
aside { flex: 0 0 ${width}%; font-size: ${ASIDE_SCALE}em; padding: 5mm 4mm; border-radius: 2mm;
  background: ${dark ? look.accent : `${look.accent}14`}; color: ${dark ? '#fff' : '#222'}; overflow-wrap: break-word; }
.photo { width: 30mm; height: 30mm; border-radius: 50%; margin: 0 auto 4mm; display: flex; align-items: center;
  justify-content: center; background: ${dark ? '#ffffff33' : '#0000001a'}; border: 2pt solid ${dark ? '#fff' : look.accent}; overflow: hidden; }
aside h2 { font-size: 1.05em; text-transform: uppercase; letter-spacing: 0.08em; margin: 1em 0 0.4em;
  padding-bottom: 0.15em; border-bottom: 1pt solid ${dark ? '#ffffff88' : `${look.accent}66`}; }
.cvalue { display: flex; gap: 0.45em; align-items: baseline; margin-bottom: 0.3em; font-size: ${(contactScale / ASIDE_SCALE).toFixed(2)}em; }
.cvalue .icon { flex: 0 0 auto; position: relative; top: 1pt; }
.group { margin-bottom: 0.5em; }
.sname { font-weight: bold; margin-bottom: 0.15em; }
.tags { line-height: 1.9; }
.tag { display: inline-block; line-height: 1.4; padding: 0 0.55em; border-radius: 0.8em;
  background: ${dark ? '#ffffff26' : '#ffffff'}; border: 0.75pt solid ${dark ? '#ffffff77' : `${look.accent}55`}; }
.lang { display: flex; flex-wrap: wrap; align-items: center; gap: 0.2em 0.6em; margin-bottom: 0.35em; }
.lname { font-weight: bold; min-width: 40%; }
.dots i { display: inline-block; width: 6pt; height: 6pt; border-radius: 50%; margin-right: 2pt;
  border: 0.75pt solid ${ink}; }
.dots i.on { background: ${ink}; }
.lw { font-size: 0.9em; opacity: 0.85; }
main { flex: 1; }
header { margin-bottom: 0.8em; }
h1 { font-size: 2.3em; color: ${look.accent}; line-height: 1.1; }
.label { font-size: 1.2em; color: #555; margin-top: 0.2em; letter-spacing: 0.03em; }
main h2 { font-size: 1.2em; color: ${look.accent}; margin: 0.7em 0 0.4em; break-after: avoid; }
.timeline { border-left: 1.5pt solid ${look.accent}66; margin-left: 0.4em; padding-left: 1.1em; }
.node { position: relative; margin-bottom: 0.7em; }
.node::before { content: ''; position: absolute; left: calc(-1.1em - 4.5pt); top: 0.35em; width: 7pt; height: 7pt;
  border-radius: 50%; background: #fff; border: 1.5pt solid ${look.accent}; }
.pill { display: inline-block; font-size: 0.85em; padding: 0.05em 0.7em; border-radius: 1em; background: ${look.accent};
  color: #fff; margin-bottom: 0.2em; white-space: nowrap; }
h3 { font-size: 1.05em; }
.meta { color: #555; font-style: italic; }
.kw { color: #555; font-size: 0.95em; }`;

    const truth = shownTruth(resume, look, {
      sections,
      basics: ['name', 'label', ...contactKeys(contacts)],
      // Tags print the keywords and the group's name, not its level; languages show a level only as words.
      fields: { skills: ['name', 'keywords'], languages: levelWords ? ['language', 'fluency'] : ['language'] },
    });
    return { html: htmlPage({ title: basics.name, css, body }), truth };
  },
};
