// A personal website's resume page, printed (and converted to DOCX by LibreOffice, so plain semantic HTML with
// CSS in one <style> block): a navigation menu naming the sections first, headings for nearly everything (section
// titles and company names at the same level, contact lines and skills as headings), labels such as "Email" on a
// line of their own with the value below, one paragraph per skill.

import {
  baseCss, contactItems, contactKeys, describe, esc, highlightsHtml, htmlPage, link, paragraphs, pickLook,
  pickTitles, planSections, printable, shownTruth, skillShowsName,
} from './common.mjs';

export default {
  id: 'html-web-page',
  family: 'html',
  format: 'pdf',
  patterns: ['navigation menu listing section names before the content',
    'headings for section titles and company names alike', 'contact lines and skills as headings',
    'label on its own line with the value below', 'one paragraph per skill'],
  render(person, rng) {
    const resume = printable(person);
    // Websites set sans-serif type and mostly keep the browser's list bullets.
    const look = pickLook(resume, rng, { fonts: [0, 1], bullets: [['disc', 4], ['none', 2], ['–', 1], ['▪', 1]] });
    const titles = pickTitles(rng);
    titles.summary = rng.pick(['About', 'About Me', 'Hello', 'Profile']);
    titles.work = rng.pick(['Work Experience', 'Experience', 'Work', 'Career']);
    titles.contact = rng.pick(['Contact', 'Contact Me', 'Get in Touch']);
    const sections = planSections(resume, rng);
    const companyLevel = rng.pick([2, 3]); // 2: company names at the section titles' level
    const datesAsHeading = rng.chance(0.3);
    const contactStyle = rng.pick(['label-above', 'headings', 'strong-label']);
    const skillStyle = rng.pick(['paragraphs', 'headings']);
    const contactFirst = rng.chance(0.3); // contact right after the introduction rather than last
    const companyFirst = rng.chance(0.6);

    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: contactStyle === 'headings' });
    const h = (level, html) => `<h${level}>${html}</h${level}>`;
    const paragraphsOf = (texts) => texts.map((t) => `<p>${esc(t)}</p>`).join('\n');
    const sub = Math.min(companyLevel + 1, 4);

    const entry = (section, e) => {
      const d = describe(section, e, look);
      const title = link(d.titleHref, d.title);
      const swap = companyFirst && d.subtitle && (section === 'work' || section === 'volunteer');
      const [first, second] = swap ? [esc(d.subtitle), title] : [title, esc(d.subtitle ?? '')];
      const meta = [d.date, d.place].filter(Boolean).map(esc).join(' | ');
      const text = paragraphsOf(paragraphs(d));
      const keywords = d.keywords?.length ? `<p><em>${esc(`${look.keywordsLabel}: ${d.keywords.join(', ')}`)}</em></p>` : '';
      const when = meta && (datesAsHeading ? h(sub + 1, meta) : `<p class="meta">${meta}</p>`);
      return [h(companyLevel, first), second && h(sub, second), when, text, highlightsHtml(d.bullets, look), keywords]
        .filter(Boolean).join('\n');
    };

    const skillsHtml = () => resume.skills.map((s) => {
      const name = skillShowsName(s) ? h(3, esc(s.name)) + (s.level ? `\n<p class="meta">${esc(s.level)}</p>` : '') : '';
      const words = (s.keywords ?? []).map((k) => (skillStyle === 'headings' ? h(4, esc(k)) : `<p>${esc(k)}</p>`));
      // A grid of skills in the browser; LibreOffice, which has no columns, keeps one per line.
      return [name, words.length && `<div class="grid">\n${words.join('\n')}\n</div>`].filter(Boolean).join('\n');
    }).join('\n');

    const contactHtml = () => contacts.map((c) => {
      const value = link(c.href, contactStyle === 'headings' ? c.text : c.value ?? c.text);
      if (contactStyle === 'headings') return h(3, value);
      if (contactStyle === 'label-above') return `${h(4, esc(c.label))}\n<p>${value}</p>`;
      return `<p><strong>${esc(c.label)}</strong></p>\n<p>${value}</p>`;
    }).join('\n');

    const intro = [h(1, esc(basics.name)), basics.label && h(2, esc(basics.label)),
      sections.includes('summary') && `<p>${esc(basics.summary)}</p>`].filter(Boolean).join('\n');
    const blocks = [{ id: 'about', title: titles.summary, html: intro, untitled: true }];
    const contactBlock = { id: 'contact', title: titles.contact, html: contactHtml() };
    if (contactFirst) blocks.push(contactBlock);
    for (const key of sections.filter((k) => k !== 'summary')) {
      let html;
      if (key === 'skills') html = skillsHtml();
      else if (key === 'languages') html = paragraphsOf(resume.languages.map((l) => (l.fluency ? `${l.language} — ${l.fluency}` : l.language)));
      else if (key === 'interests') html = paragraphsOf(resume.interests.map((i) => (i.keywords?.length ? `${i.name}: ${i.keywords.join(', ')}` : i.name)));
      else html = resume[key].map((e) => `<div class="entry">\n${entry(key, e)}\n</div>`).join('\n');
      blocks.push({ id: key, title: titles[key], html });
    }
    if (!contactFirst) blocks.push(contactBlock);

    const nav = `<nav>\n<ul>\n${blocks.map((b) => `<li><a href="#${b.id}">${esc(b.title)}</a></li>`).join('\n')}\n</ul>\n</nav>`;
    const main = blocks.map((b) => `<section id="${b.id}">\n${b.untitled ? '' : `${h(2, esc(b.title))}\n`}${b.html}\n</section>`)
      .join('\n');
    const body = `<header>\n<p class="site"><a href="#about">${esc(basics.name)}</a></p>\n${nav}\n</header>\n<main>\n${main}\n</main>`;

    const css = `${baseCss(look)}
header { border-bottom: 1px solid #ddd; padding-bottom: 0.5em; margin-bottom: 1.5em; }
.site { font-weight: bold; font-size: 1.1em; color: ${look.accent}; }
nav ul { list-style: none; padding: 0; margin: 0.3em 0 0; }
nav li { display: inline; margin-right: 1.4em; }
nav a { color: ${look.accent}; }
section { margin-bottom: 1.1em; }
h1 { font-size: 2.1em; }
.grid { columns: 3; column-gap: 1.5em; }
.grid > * { break-inside: avoid; margin-top: 0; }
h2 { font-size: 1.45em; margin: 0.6em 0 0.3em; color: ${look.accent}; }
h3 { font-size: 1.15em; margin: 0.5em 0 0.15em; }
h4 { font-size: 1em; margin: 0.3em 0 0.1em; }
section > h2:first-child { break-after: avoid; }
h5 { font-size: 0.95em; font-weight: normal; color: #666; margin: 0.1em 0; }
p { margin: 0.2em 0; }
.meta { color: #666; }
.entry { margin-bottom: 0.7em; }
a { color: ${look.accent}; }`;

    const truth = shownTruth(resume, look, { sections, basics: ['name', 'label', ...contactKeys(contacts)] });
    return { html: htmlPage({ title: `${basics.name}${basics.label ? ` | ${basics.label}` : ''}`, css, body }), truth };
  },
};
