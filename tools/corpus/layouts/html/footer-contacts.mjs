// Contact details only in the page footer, repeated on every page like a Word footer (CSS page margin boxes, so
// they are real text in the bottom margin and never in the body); the top of the page has only the name and title.

import {
  baseCss, contactItems, contactKeys, cssString, describe, esc, highlightsHtml, htmlPage, languageText, lineCapacity,
  link, packLines, paragraphs, pickLook, pickTitles, planSections, printable, shownTruth, skillShowsName,
} from './common.mjs';

export default {
  id: 'html-footer-contacts',
  family: 'html',
  format: 'pdf',
  patterns: ['contact details only in the page footer', 'running footer with page numbers'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng);
    const titles = pickTitles(rng);
    const sections = planSections(resume, rng);
    const basics = resume.basics;
    const withAddress = Boolean(basics.location?.address) && rng.chance(0.5);
    const contacts = contactItems(basics, { address: withAddress, profileLabels: rng.chance(0.5) });
    const footerKind = rng.pick(['centered', 'grouped', 'split']);
    const pageNumbers = rng.chance(0.4);
    const footerSeparator = rng.pick(['  ·  ', '  |  ', '   ']);
    const headingStyle = rng.pick(['caps-rule', 'bold', 'accent']);
    const companyFirst = rng.chance(0.4);

    // The footer is text only, as a word processor's footer holds it: one block across the page, or one block on
    // each side. Items are packed into lines that fit, so that no line wraps inside an address.
    const footerSize = Math.max(look.fontSize - 1.5, 8);
    const texts = (...kinds) => contacts.filter((c) => kinds.includes(c.kind)).map((c) => c.text);
    const lines = (share, ...groups) => groups.flatMap((g) => packLines(g, footerSeparator, lineCapacity(look, footerSize, share)));
    const font = `font-family: ${look.font}; font-size: ${footerSize}pt; color: #444;`;
    const box = (area, text, extra = '') => `@${area} { content: ${cssString(text.join('\n'))}; white-space: pre; ${font}
    vertical-align: top; padding-top: 2mm; ${extra} }`;
    const pageOfPages = `@top-right { content: "Page " counter(page) " of " counter(pages); ${font} }`;
    const footer = {
      centered: [box('bottom-center', lines(1, contacts.map((c) => c.text)), 'text-align: center; border-top: 0.5pt solid #999;'),
        pageNumbers && pageOfPages],
      grouped: [box('bottom-center', lines(1, texts('location', 'phone', 'email'), texts('url', 'profile')), 'text-align: center;'),
        pageNumbers && pageOfPages],
      split: [box('bottom-left', [basics.name, ...lines(0.45, texts('location'))]),
        box('bottom-right', lines(0.45, texts('phone', 'email'), texts('url', 'profile')), 'text-align: right;'),
        pageNumbers && `@bottom-center { content: counter(page); ${font} }`],
    }[footerKind].filter(Boolean).join('\n  ');

    const entry = (section, e) => {
      const d = describe(section, e, look);
      const swap = companyFirst && d.subtitle && (section === 'work' || section === 'volunteer');
      const title = link(d.titleHref, d.title);
      const [first, second] = swap ? [esc(d.subtitle), title] : [title, esc(d.subtitle ?? '')];
      const secondLine = [second, esc(d.place ?? '')].filter(Boolean).join(', ');
      const text = paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('');
      const keywords = d.keywords?.length ? `<p class="muted">${esc(`${look.keywordsLabel}: ${d.keywords.join(', ')}`)}</p>` : '';
      const head = `<div class="line"><strong>${first}</strong><span>${esc(d.date ?? '')}</span></div>`
        + (secondLine ? `<div class="sub">${secondLine}</div>` : '');
      return `<div class="entry keep">${head}${text}${highlightsHtml(d.bullets, look)}${keywords}</div>`;
    };

    const content = (key) => {
      if (key === 'summary') return `<p>${esc(basics.summary)}</p>`;
      if (key === 'skills') {
        return resume.skills.map((s) => {
          const name = skillShowsName(s) ? `<strong>${esc(s.name)}${s.level ? ` (${esc(s.level)})` : ''}</strong>` : '';
          const words = s.keywords?.length ? esc(s.keywords.join(' · ')) : '';
          return `<p class="item">${name}${name && words ? ' — ' : ''}${words}</p>`;
        }).join('');
      }
      if (key === 'languages') {
        return `<p>${esc(resume.languages.map(languageText).join(', '))}</p>`;
      }
      if (key === 'interests') {
        return `<p>${esc(resume.interests.map((e) => (e.keywords?.length ? `${e.name}: ${e.keywords.join(', ')}` : e.name)).join('; '))}</p>`;
      }
      return resume[key].map((e) => entry(key, e)).join('');
    };

    const header = `<header><h1>${esc(basics.name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}</header>`;
    const body = sections.map((key) => `<section><h2>${esc(titles[key])}</h2>${content(key)}</section>`).join('\n');

    const heading = {
      'caps-rule': 'text-transform: uppercase; letter-spacing: 0.05em; font-size: 1em; border-bottom: 0.75pt solid #777; padding-bottom: 0.1em;',
      bold: 'font-size: 1.15em;',
      accent: `font-size: 1.1em; color: ${look.accent};`,
    }[headingStyle];
    const css = `${baseCss(look)}
@page { margin-bottom: ${look.margin + 14}mm;
  ${footer}
}
header { margin-bottom: 0.8em; border-bottom: 2pt solid ${look.accent}; padding-bottom: 0.4em; }
h1 { font-size: 2em; }
.label { font-size: 1.15em; color: #444; margin-top: 0.1em; }
section { margin-top: 0.8em; }
h2 { ${heading} margin-bottom: 0.35em; break-after: avoid; }
.entry { margin-bottom: 0.55em; }
.line { display: flex; justify-content: space-between; gap: 1em; }
.line span { white-space: nowrap; }
.sub { font-style: italic; }
.item { margin-bottom: 0.15em; }
.muted { color: #555; }`;

    const truth = shownTruth(resume, look, { sections, basics: ['name', 'label', ...contactKeys(contacts)] });
    return { html: htmlPage({ title: basics.name, css, body: `${header}\n${body}` }), truth };
  },
};
