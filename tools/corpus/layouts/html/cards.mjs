// A "modern" template as online resume builders make them: a coloured header with icon-led contact details, two
// flex columns, entries as cards or on a timeline, skills as chips, skill levels as rating dots or a word.

import {
  baseCss, columnPercent, contactItems, contactKeys, describe, esc, highlightsHtml, htmlPage, icon, link, paragraphs,
  pickLook, pickTitles, planSections, printable, shownTruth, skillShowsName,
} from './common.mjs';

const ASIDE_SECTIONS = ['skills', 'languages', 'certificates', 'interests'];

// How many of five dots a level fills.
function dotsFor(level) {
  const l = String(level ?? '').toLowerCase();
  if (/expert|master|native|mother|first language|bilingual|c2/.test(l)) return 5;
  if (/advanced|fluent|proficient|full professional|c1/.test(l)) return 4;
  if (/intermediate|conversational|working|b2|b1/.test(l)) return 3;
  if (/beginner|basic|elementary|a1|a2/.test(l)) return 2;
  return 3;
}

export default {
  id: 'html-cards',
  family: 'html',
  format: 'pdf',
  patterns: ['skill chips/pills', 'rating dots or level words beside skills', 'icon contact line (inline SVG)',
    'two columns by flex', 'entries as cards or a timeline'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, {
      fonts: [0, 1],
      bullets: [['•', 3], ['disc', 3], ['▪', 1], ['✓', 1], ['none', 1]],
    });
    const titles = pickTitles(rng);
    const sections = planSections(resume, rng);
    const entryStyle = rng.pick(['cards', 'timeline']);
    const ratings = rng.pick(['dots', 'word']); // skill levels
    const languageLevels = rng.weighted([['word', 3], ['dots', 1]]);
    const asideSide = rng.pick(['left', 'right']);
    const contactsInHeader = rng.chance(0.7);
    const darkHeader = rng.chance(0.6);

    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: false });
    // Contacts in the aside widen it (up to 42%), and then shrink, rather than break an e-mail address (the icon
    // takes about 5 mm).
    const fit = (scale) => columnPercent(contacts.map((c) => c.text), look, { scale, padding: 7 });
    let contactScale = 1;
    while (!contactsInHeader && fit(contactScale) > 42 && contactScale > 0.8) contactScale -= 0.04;
    const asideWidth = contactsInHeader ? 32 : Math.min(42, Math.max(32, fit(contactScale)));
    const aside = sections.filter((k) => ASIDE_SECTIONS.includes(k));
    const main = sections.filter((k) => !aside.includes(k));

    const dots = (level) => {
      const filled = dotsFor(level);
      return `<span class="dots">${Array.from({ length: 5 }, (_, i) => `<i class="${i < filled ? 'on' : ''}"></i>`).join('')}</span>`;
    };
    // A level beside a name: drawn dots (not text, so the truth drops the level) or the word itself.
    const rated = (name, level, style, cls = '') => {
      const mark = !level ? '' : style === 'dots' ? dots(level) : `<span class="level">${esc(level)}</span>`;
      return `<div class="rating"><span class="${cls}">${esc(name)}</span>${mark}</div>`;
    };
    const chips = (words) => `<div class="chips">${words.map((w) => `<span class="chip">${esc(w)}</span>`).join(' ')}</div>`;
    const contactList = contacts.map((c) => `<span class="contact">${icon(c.kind)}${link(c.href, c.text)}</span>`).join(' ');

    const entry = (section, e) => {
      const d = describe(section, e, look);
      const meta = [d.subtitle, d.place].filter(Boolean).map(esc).join(' · ');
      const date = d.date ? `<span class="date">${esc(d.date)}</span>` : '';
      const head = `<div class="head"><h3>${link(d.titleHref, d.title)}</h3>${date}</div>${meta ? `<p class="meta">${meta}</p>` : ''}`;
      const text = paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('');
      const keywords = d.keywords?.length ? chips(d.keywords) : '';
      return `<div class="entry keep">${head}${text}${highlightsHtml(d.bullets, look)}${keywords}</div>`;
    };

    const asideContent = (key) => {
      if (key === 'skills') {
        // Single skills as rated lines first, then groups as a label over chips.
        const single = resume.skills.filter((s) => !s.keywords?.length);
        const grouped = resume.skills.filter((s) => s.keywords?.length);
        const lines = single.map((s) => rated(s.name, s.level, ratings)).join('');
        const groups = grouped.map((s) => (skillShowsName(s) ? rated(s.name, s.level, ratings, 'group') : '') + chips(s.keywords));
        return lines + groups.join('');
      }
      if (key === 'languages') {
        return resume.languages.map((l) => rated(l.language, l.fluency, languageLevels)).join('');
      }
      if (key === 'interests') return chips(resume.interests.flatMap((i) => [i.name, ...(i.keywords ?? [])]));
      return resume[key].map((e) => {
        const d = describe(key, e, look);
        const details = [d.subtitle, d.date].filter(Boolean).map((t) => `<br><span class="meta">${esc(t)}</span>`).join('');
        return `<div class="small"><strong>${esc(d.title)}</strong>${details}</div>`;
      }).join('');
    };

    const mainContent = (key) => (key === 'summary'
      ? `<p>${esc(basics.summary)}</p>`
      : resume[key].map((e) => entry(key, e)).join(''));

    const header = `<header>
<h1>${esc(basics.name)}</h1>
${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}
${contactsInHeader ? `<div class="contacts">${contactList}</div>` : ''}
</header>`;
    const asideHtml = `<aside>
${contactsInHeader ? '' : `<section><h2>${esc(titles.contact)}</h2><div class="stack">${contactList}</div></section>`}
${aside.map((k) => `<section><h2>${esc(titles[k])}</h2>${asideContent(k)}</section>`).join('\n')}
</aside>`;
    const mainHtml = `<main>
${main.map((k) => `<section><h2>${esc(titles[k])}</h2>${mainContent(k)}</section>`).join('\n')}
</main>`;
    const columns = asideSide === 'left' ? asideHtml + mainHtml : mainHtml + asideHtml;
    const body = `${header}\n<div class="columns">${columns}</div>`;

    const accentSoft = `${look.accent}1f`;
    const entryCss = entryStyle === 'cards'
      ? '.entry { background: #f6f7f9; border: 0.5pt solid #e1e4e8; border-radius: 6px; padding: 0.5em 0.7em; margin-bottom: 0.55em; }'
      : `main section > .entry { border-left: 1.5pt solid ${accentSoft}; padding: 0 0 0.5em 0.9em; position: relative; }
main section > .entry::before { content: ''; position: absolute; left: -4.5pt; top: 0.3em; width: 7pt; height: 7pt;
  border-radius: 50%; background: ${look.accent}; }`;
    const css = `${baseCss(look)}
header { padding: 0.9em 1.1em; margin-bottom: 1em; }
${darkHeader ? `header { background: ${look.accent}; color: #fff; border-radius: 4px; }` : `header { border-bottom: 3pt solid ${look.accent}; }`}
h1 { font-size: 2.1em; letter-spacing: 0.01em; }
.label { font-size: 1.15em; opacity: 0.9; margin-top: 0.1em; }
.contacts { margin-top: 0.6em; font-size: 0.92em; }
.contact { display: inline-block; white-space: nowrap; margin: 0.1em 1.1em 0.1em 0; }
.stack .contact { display: block; margin: 0.2em 0; white-space: normal; overflow-wrap: break-word;
  font-size: ${contactScale.toFixed(2)}em; }
.icon { vertical-align: -1px; margin-right: 0.35em; }
.columns { display: flex; gap: 6mm; }
main { flex: 1 1 auto; min-width: 0; }
aside { flex: 0 0 ${asideWidth}%; min-width: 0; }
h2 { font-size: 1.05em; text-transform: uppercase; letter-spacing: 0.08em; color: ${look.accent}; margin: 0 0 0.5em;
  padding-bottom: 0.15em; border-bottom: 1pt solid ${accentSoft}; break-after: avoid; }
section { margin-bottom: 1em; }
h3 { font-size: 1.02em; }
.head { display: flex; justify-content: space-between; gap: 0.8em; align-items: baseline; }
.date { font-size: 0.9em; color: #555; white-space: nowrap; }
.meta { color: #555; }
${entryCss}
.chips { margin: 0.25em 0 0.5em; line-height: 1.9; }
.chip { display: inline-block; background: ${accentSoft}; color: #222; border-radius: 999px; padding: 0 0.65em; font-size: 0.9em;
  line-height: 1.6; }
.rating { display: flex; justify-content: space-between; align-items: center; margin: 0.2em 0; }
.group { font-weight: bold; }
.level { font-size: 0.88em; color: #555; }
.dots i { display: inline-block; width: 6pt; height: 6pt; border-radius: 50%; border: 0.75pt solid ${look.accent};
  margin-left: 2pt; }
.dots i.on { background: ${look.accent}; }
.small { margin-bottom: 0.45em; }`;

    const truth = shownTruth(resume, look, {
      sections,
      basics: ['name', 'label', ...contactKeys(contacts)],
      fields: {
        skills: ratings === 'dots' ? ['name', 'keywords'] : ['name', 'level', 'keywords'],
        languages: languageLevels === 'dots' ? ['language'] : ['language', 'fluency'],
      },
    });
    return { html: htmlPage({ title: `${basics.name} — CV`, css, body }), truth };
  },
};
