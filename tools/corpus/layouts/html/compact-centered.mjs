// A dense one-column resume: centred header, small-caps headings, each entry on one line ("Position, Company,
// Place (2019–2021)"), abbreviated degrees ("M.S.", "B.Sc.") and often the graduation year alone.

import {
  baseCss, contactItems, contactKeys, contactLine, degreeAbbreviator, describe, esc, highlightsHtml, htmlPage,
  interestText, languageText, link, nameInCapitals, paragraphs, pickLook, pickTitles, planSections, printable,
  shownTruth, skillShowsName,
} from './common.mjs';
import { formatDate } from '../../lib/dates.mjs';

export default {
  id: 'html-compact-centered',
  family: 'html',
  format: 'pdf',
  patterns: ['centred header', 'entries inline: "Position, Company (2019–2021)"', 'small caps headings',
    'abbreviated degrees', 'graduation year alone'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, {
      dateStyles: ['YYYY', 'YYYY', 'YYYY', 'MMM YYYY', 'MM/YYYY', "MMM 'YY"],
      bullets: [['•', 3], ['–', 2], ['disc', 2], ['none', 1]],
    });
    if (rng.chance(0.7)) look.studyType = degreeAbbreviator(rng);
    const graduationOnly = rng.chance(0.5); // education shows the year or month of graduation, not the start
    const titles = pickTitles(rng);
    const sections = planSections(resume, rng);
    const separator = rng.pick([' | ', ' • ', ' ◆ ', ' · ']);
    const headingStyle = rng.pick(['centered', 'left-rule', 'lines']);
    const dateWrap = rng.pick(['parens', 'dash', 'comma']);
    const oneLineSkills = rng.chance(0.5);

    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: false });
    const withDate = (text, date) => {
      if (!date) return text;
      return { parens: `${text} (${esc(date)})`, dash: `${text} — ${esc(date)}`, comma: `${text}, ${esc(date)}` }[dateWrap];
    };

    const entry = (section, e) => {
      const d = describe(section, e, look);
      // An unfinished degree keeps its range: there is no graduation to print.
      const date = section === 'education' && graduationOnly && e.endDate ? formatDate(e.endDate, look.dateStyle) : d.date;
      const parts = [`<strong>${link(d.titleHref, d.title)}</strong>`, esc(d.subtitle ?? ''), esc(d.place ?? '')];
      const line = withDate(parts.filter(Boolean).join(', '), date);
      const text = paragraphs(d);
      const keywords = d.keywords?.length ? [`${look.keywordsLabel}: ${d.keywords.join(', ')}`] : [];
      // Short prose rides on the entry line; longer prose and bullets go below it.
      const inline = text.length === 1 && text[0].length < 60 && !d.bullets?.length ? `. ${esc(text[0])}` : '';
      const below = inline ? keywords : [...text, ...keywords];
      const belowHtml = below.map((t) => `<p class="below">${esc(t)}</p>`).join('');
      return `<div class="entry keep"><p>${line}${inline}</p>${belowHtml}${highlightsHtml(d.bullets, look)}</div>`;
    };

    const content = (key) => {
      if (key === 'summary') return `<p>${esc(basics.summary)}</p>`;
      if (key === 'skills') {
        const lines = resume.skills.map((s) => {
          const name = skillShowsName(s) ? `<strong>${esc(s.name)}${s.level ? ` (${esc(s.level)})` : ''}</strong>` : '';
          const words = s.keywords?.length ? esc(s.keywords.join(', ')) : '';
          return `${name}${name && words ? ': ' : ''}${words}`;
        });
        return oneLineSkills ? `<p>${lines.join('; ')}</p>` : lines.map((l) => `<p>${l}</p>`).join('');
      }
      if (key === 'languages') {
        return `<p>${esc(resume.languages.map(languageText).join(', '))}</p>`;
      }
      if (key === 'interests') {
        return `<p>${esc(resume.interests.map(interestText).join(', '))}</p>`;
      }
      return resume[key].map((e) => entry(key, e)).join('');
    };

    const header = `<header>
<h1>${esc(basics.name)}</h1>
${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}
<p class="contact">${contactLine(contacts, separator)}</p>
</header>`;
    const body = sections.map((k) => `<section><h2><span>${esc(titles[k])}</span></h2>${content(k)}</section>`).join('\n');

    const heading = {
      centered: 'h2 { text-align: center; border-bottom: 0.75pt solid #555; }',
      'left-rule': 'h2 { border-bottom: 0.75pt solid #555; }',
      lines: "h2 { display: flex; align-items: center; gap: 0.6em; }\nh2::before, h2::after { content: ''; flex: 1; border-top: 0.75pt solid #777; }",
    }[headingStyle];
    const css = `${baseCss(look)}
body { line-height: 1.25; }
header { text-align: center; margin-bottom: 0.5em; }
h1 { font-size: 1.7em; text-transform: uppercase; letter-spacing: 0.06em; font-weight: normal; }
.label { font-style: italic; }
.contact { font-size: 0.95em; margin-top: 0.15em; }
section { margin-top: 0.55em; }
h2 { font-variant: small-caps; font-size: 1.15em; font-weight: bold; letter-spacing: 0.03em; margin-bottom: 0.25em;
  break-after: avoid; }
${heading}
.entry { margin-bottom: 0.3em; }
.below { margin-left: 1.3em; }`;

    const truth = shownTruth(resume, look, { sections, basics: ['name', 'label', ...contactKeys(contacts)] });
    nameInCapitals(truth); // the header sets the name in capitals
    if (graduationOnly) {
      truth.education?.forEach((e, i) => {
        if (resume.education[i].endDate) delete e.startDate;
      });
    }
    return { html: htmlPage({ title: basics.name, css, body: `${header}\n${body}` }), truth };
  },
};
