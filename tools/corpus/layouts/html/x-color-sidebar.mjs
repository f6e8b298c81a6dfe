// A resume builder's "modern" export: a coloured sidebar running the full height of every page (a fixed box on a
// page without margins; the columns' padding repeats on each page) with white text holding the contact details, skills, languages and the like; the
// name, the profile and the experience fill the white main column.

import {
  baseCss, columnPercent, contactItems, contactKeys, describe, esc, highlightsHtml, htmlPage, icon, interestText, link,
  paragraphs, pickLook, pickTitles, planSections, printable, shownTruth, skillShowsName,
} from './common.mjs';

const SIDEBAR_SECTIONS = ['skills', 'languages', 'interests', 'certificates', 'awards', 'references'];
const COLOURS = ['#1d3557', '#264653', '#2d3142', '#3d405b', '#14532d', '#4a2545', '#0b4f6c', '#37474f', '#5c2a2a'];
const SCALE = 0.92; // the sidebar's type size, relative to the body's

/** How much of a bar a level fills, in %: a drawn bar, not text. */
function barFor(level) {
  const l = String(level ?? '').toLowerCase();
  if (/expert|master|native|mother|bilingual|c2/.test(l)) return 100;
  if (/advanced|fluent|proficient|full professional|c1/.test(l)) return 80;
  if (/intermediate|conversational|professional working|b2/.test(l)) return 60;
  if (/b1|limited|working/.test(l)) return 45;
  if (/beginner|basic|elementary|a1|a2/.test(l)) return 25;
  return 55;
}

export default {
  id: 'html-x-color-sidebar',
  family: 'html',
  format: 'pdf',
  patterns: ['full-height coloured sidebar with white text on every page', 'name in the main column or the sidebar',
    'contacts with icons or small labels', 'language levels as bars or words'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, {
      fonts: [0, 0, 1, 2],
      bullets: [['•', 4], ['disc', 3], ['▪', 2], ['–', 1], ['none', 1]],
    });
    const colour = rng.pick(COLOURS);
    const titles = pickTitles(rng);
    const sections = planSections(resume, rng);
    const nameInSidebar = rng.chance(0.35);
    const monogram = rng.chance(0.35);
    const contactStyle = rng.pick(['icons', 'labels', 'plain']);
    const languageBars = rng.chance(0.4);
    const skillBars = rng.chance(0.3); // groups without keywords drawn as a bar
    const keywordStyle = rng.pick(['list', 'lines', 'tags']);
    const datesAbove = rng.chance(0.5); // a small date line above the title, or dates at the right
    const headingStyle = rng.pick(['caps', 'underline', 'plain']);
    const asideKeys = new Set(rng.sample(['certificates', 'awards', 'references'], rng.int(0, 2)));
    for (const k of ['skills', 'languages', 'interests']) asideKeys.add(k);

    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: contactStyle === 'plain' });
    const printed = (c) => (contactStyle === 'plain' ? c.text : c.value ?? c.text);
    // The sidebar widens (to 38%) and then shrinks its contact lines rather than break an e-mail address.
    const fit = (scale) => columnPercent(contacts.map(printed), look, { scale, padding: contactStyle === 'icons' ? 14 : 11 });
    let contactScale = SCALE;
    while (fit(contactScale) > 38 && contactScale > 0.78) contactScale -= 0.03;
    const width = Math.min(38, Math.max(rng.int(29, 34), fit(contactScale)));

    const aside = sections.filter((k) => SIDEBAR_SECTIONS.includes(k) && asideKeys.has(k));
    const main = sections.filter((k) => !aside.includes(k));

    const bar = (pct) => `<span class="bar"><i style="width:${pct}%"></i></span>`;
    const contactHtml = contacts.map((c) => {
      if (contactStyle === 'icons') return `<p class="c">${icon(c.kind, '#ffffff')}<span>${link(c.href, printed(c))}</span></p>`;
      if (contactStyle === 'labels') return `<p class="cl">${esc(c.label)}</p><p class="c">${link(c.href, printed(c))}</p>`;
      return `<p class="c">${link(c.href, c.text)}</p>`;
    }).join('');

    const languagesShowFluency = !languageBars;
    const skillLevelsPrinted = !skillBars;
    const asideContent = (key) => {
      if (key === 'skills') {
        return resume.skills.map((s) => {
          const shows = skillShowsName(s);
          const level = s.level && skillLevelsPrinted ? ` <span class="lv">(${esc(s.level)})</span>` : '';
          const barred = skillBars && s.level && shows ? bar(barFor(s.level)) : '';
          const name = shows ? `<p class="sn">${esc(s.name)}${level}</p>${barred}` : '';
          let words = '';
          if (s.keywords?.length) {
            if (keywordStyle === 'list') words = `<ul class="kw">${s.keywords.map((k) => `<li>${esc(k)}</li>`).join('')}</ul>`;
            else if (keywordStyle === 'tags') words = `<p class="tags">${s.keywords.map((k) => `<span>${esc(k)}</span>`).join(' ')}</p>`;
            else words = `<p>${esc(s.keywords.join(', '))}</p>`;
          }
          return `<div class="g">${name}${words}</div>`;
        }).join('');
      }
      if (key === 'languages') {
        return resume.languages.map((l) => (languageBars
          ? `<div class="g"><p class="sn">${esc(l.language)}</p>${l.fluency ? bar(barFor(l.fluency)) : ''}</div>`
          : `<div class="g"><p class="sn">${esc(l.language)}</p>${l.fluency ? `<p class="lv">${esc(l.fluency)}</p>` : ''}</div>`)).join('');
      }
      if (key === 'interests') return `<ul class="kw">${resume.interests.map((i) => `<li>${esc(interestText(i))}</li>`).join('')}</ul>`;
      return resume[key].map((e) => {
        const d = describe(key, e, look);
        const details = [d.subtitle, d.date].filter(Boolean).map((t) => `<p class="lv">${esc(t)}</p>`).join('');
        const text = paragraphs(d).map((t) => `<p class="lv">${esc(t)}</p>`).join('');
        return `<div class="g"><p class="sn">${link(d.titleHref, d.title)}</p>${details}${text}</div>`;
      }).join('');
    };

    const entry = (section, e) => {
      const d = describe(section, e, look);
      const meta = [d.subtitle, d.place].filter(Boolean).map(esc).join(' | ');
      const date = d.date ? `<span class="date">${esc(d.date)}</span>` : '';
      const head = datesAbove
        ? `${date ? `<p class="above">${date}</p>` : ''}<h3>${link(d.titleHref, d.title)}</h3>`
        : `<div class="line"><h3>${link(d.titleHref, d.title)}</h3>${date}</div>`;
      const text = paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('');
      const keywords = d.keywords?.length ? `<p class="muted">${esc(look.keywordsLabel)}: ${esc(d.keywords.join(', '))}</p>` : '';
      return `<div class="entry keep">${head}${meta ? `<p class="meta">${meta}</p>` : ''}${text}${highlightsHtml(d.bullets, look)}${keywords}</div>`;
    };
    const mainContent = (key) => (key === 'summary'
      ? `<p>${esc(basics.summary)}</p>`
      : resume[key].map((e) => entry(key, e)).join(''));

    const initials = (basics.name ?? '').split(/\s+/).filter(Boolean).map((w) => w[0]).filter((c) => /\p{Lu}/u.test(c));
    const mono = monogram && initials.length >= 2
      ? `<div class="mono">${esc(initials[0] + initials[initials.length - 1])}</div>` : '';
    const nameBlock = `<h1>${esc(basics.name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}`;
    const asideHtml = `<aside>${mono}${nameInSidebar ? `<div class="who">${nameBlock}</div>` : ''}
<section><h2>${esc(titles.contact)}</h2>${contactHtml}</section>
${aside.map((k) => `<section><h2>${esc(titles[k])}</h2>${asideContent(k)}</section>`).join('\n')}
</aside>`;
    const mainHtml = `<main>${nameInSidebar ? '' : `<header>${nameBlock}</header>`}
${main.map((k) => `<section><h2>${esc(titles[k])}</h2>${mainContent(k)}</section>`).join('\n')}
</main>`;
    const body = `<div class="bg"></div>\n<div class="page">${asideHtml}${mainHtml}</div>`;

    const m = look.margin;
    const mainHeading = {
      caps: `text-transform: uppercase; letter-spacing: 0.1em; font-size: 1.02em; color: ${colour};`,
      underline: `font-size: 1.15em; color: ${colour}; border-bottom: 1.5pt solid ${colour}; padding-bottom: 0.1em;`,
      plain: `font-size: 1.2em; color: ${colour};`,
    }[headingStyle];
    const css = `${baseCss(look)}
@page { size: ${look.paper}; margin: 0; }
.bg { position: fixed; top: 0; bottom: 0; left: 0; width: ${width}%; background: ${colour}; }
.page { display: grid; grid-template-columns: ${width}% 1fr; position: relative; }
aside, main { box-decoration-break: clone; -webkit-box-decoration-break: clone; min-width: 0; }
aside { color: #fff; padding: ${m}mm 5mm ${m}mm 6mm; font-size: ${SCALE}em; overflow-wrap: break-word; }
main { padding: ${m}mm ${m}mm ${m}mm 7mm; }
.mono { width: 20mm; height: 20mm; border-radius: 50%; border: 1.5pt solid #ffffffb0; margin: 0 auto 5mm; text-align: center;
  line-height: 20mm; font-size: 2em; letter-spacing: 0.05em; }
.who { margin-bottom: 5mm; }
.who h1 { font-size: 1.9em; line-height: 1.15; }
header { margin-bottom: 5mm; }
header h1 { font-size: 2.3em; color: ${colour}; line-height: 1.1; }
.label { font-size: 1.12em; margin-top: 0.2em; }
header .label { color: #555; }
aside h2 { font-size: 0.95em; text-transform: uppercase; letter-spacing: 0.12em; border-bottom: 0.75pt solid #ffffff80;
  padding-bottom: 0.2em; margin: 1.1em 0 0.5em; }
aside section:first-of-type h2 { margin-top: 0.4em; }
aside p { margin-bottom: 0.15em; }
.c { display: flex; gap: 0.45em; align-items: baseline; margin-bottom: 0.4em; font-size: ${(contactScale / SCALE).toFixed(2)}em; }
.c span { min-width: 0; }
.c .icon { flex: 0 0 auto; position: relative; top: 1px; }
.cl { font-size: 0.82em; text-transform: uppercase; letter-spacing: 0.06em; opacity: 0.75; margin-bottom: 0 !important; }
.g { margin-bottom: 0.55em; }
.sn { font-weight: bold; }
.lv { opacity: 0.85; }
ul.kw { list-style: none; padding: 0; }
ul.kw li { margin: 0.12em 0; }
.tags span { display: inline-block; border: 0.75pt solid #ffffff90; border-radius: 3px; padding: 0 0.4em; margin: 0 0.1em 0.3em 0; }
.bar { display: block; height: 4pt; background: #ffffff40; border-radius: 2pt; margin: 0.25em 0 0.35em; }
.bar i { display: block; height: 100%; background: #fff; border-radius: 2pt; }
main h2 { ${mainHeading} margin: 1em 0 0.5em; break-after: avoid; }
main section:first-of-type h2 { margin-top: 0; }
h3 { font-size: 1.05em; }
.entry { margin-bottom: 0.75em; }
.line { display: flex; justify-content: space-between; gap: 1em; align-items: baseline; }
.date { white-space: nowrap; color: #666; font-size: 0.92em; }
.above { margin-bottom: 0.05em; text-transform: uppercase; letter-spacing: 0.04em; font-size: 0.9em; }
.meta { color: ${colour}; font-weight: bold; font-size: 0.95em; }
.muted { color: #555; font-style: italic; }`;

    const truth = shownTruth(resume, look, {
      sections,
      basics: ['name', 'label', ...contactKeys(contacts)],
      fields: {
        skills: skillLevelsPrinted ? ['name', 'level', 'keywords'] : ['name', 'keywords'],
        languages: languagesShowFluency ? ['language', 'fluency'] : ['language'],
      },
    });
    return { html: htmlPage({ title: `${basics.name} - Resume`, css, body }), truth };
  },
};
