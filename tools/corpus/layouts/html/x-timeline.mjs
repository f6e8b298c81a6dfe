// A timeline resume: a continuous vertical line runs down the page with a dot for every dated entry; the dates sit
// in a gutter left of the line (start over end, right-aligned) or in a small tag above the entry; section headings
// sit on the line as rings; skills and languages use the gutter for their labels.

import {
  baseCss, columnPercent, contactItems, contactKeys, degreeAbbreviator, describe, esc, highlightsHtml, htmlPage,
  interestText, link, paragraphs, pickLook, pickTitles, planSections, printable, shownTruth, skillShowsName,
} from './common.mjs';
import { formatDate } from '../../lib/dates.mjs';

const LABEL_SETS = [
  { location: '', phone: 'T', email: 'E', url: 'W' },
  { location: 'Address', phone: 'Phone', email: 'Email', url: 'Web' },
  { location: '', phone: 'Tel.', email: 'Mail', url: 'Web' },
];

export default {
  id: 'html-x-timeline',
  family: 'html',
  format: 'pdf',
  patterns: ['vertical timeline line with a dot per entry', 'dates stacked in a gutter left of the line or as a tag',
    'contacts right-aligned beside the name or in a row below', 'labels in the gutter for skills and languages'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, {
      fonts: [0, 1, 2, 0],
      bullets: [['•', 3], ['–', 2], ['›', 1], ['disc', 2], ['none', 1]],
    });
    if (rng.chance(0.3)) look.studyType = degreeAbbreviator(rng);
    const titles = pickTitles(rng);
    const sections = planSections(resume, rng);
    const gutterDates = rng.chance(0.7);
    const orgFirst = rng.chance(0.4); // "Company" in bold above the position
    const contactsRight = rng.chance(0.55);
    const labels = rng.pick(LABEL_SETS);
    const labelled = rng.chance(0.5);
    const lineColour = rng.pick([look.accent, '#b8c0cc', '#999999']);
    const hollowDots = rng.chance(0.4);

    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: true });
    const contactText = (c) => {
      const label = labelled ? (c.kind === 'profile' ? '' : labels[c.kind]) : '';
      return `${label ? `<b>${esc(label)}</b> ` : ''}${link(c.href, c.text)}`;
    };

    // Stacked dates: "Mar 2019 –" over "Present" when the gutter is narrow.
    const dateText = (section, e, d) => {
      if (!d.date) return '';
      if (!gutterDates || !['work', 'volunteer', 'education', 'projects'].includes(section)) return esc(d.date);
      const start = formatDate(e.startDate, look.dateStyle);
      if (!start) return esc(d.date);
      const end = d.date.slice(d.date.indexOf(start) + start.length).trim();
      if (!/\w/.test(end)) return `<span class="nowrap">${esc(d.date)}</span>`; // open: "Mar 2019 –"
      return `<span class="nowrap">${esc(start)}</span><br><span class="nowrap">${esc(end)}</span>`;
    };

    const allDates = sections.flatMap((k) => (['summary', 'skills', 'languages', 'interests', 'references'].includes(k)
      ? [] : resume[k].map((e) => describe(k, e, look).date ?? '')));
    const gutterWords = [...allDates.flatMap((t) => t.split(/ (?:–|-|—|to) /)),
      ...(resume.skills ?? []).filter(skillShowsName).map((s) => s.name), ...(resume.languages ?? []).map((l) => l.language)];
    const gutter = Math.min(26, Math.max(15, columnPercent(gutterWords.filter((w) => w.length <= 22), look, { scale: 0.9, padding: 5 })));

    const row = (left, right, { dot = true, cls = '' } = {}) => `<div class="row keep ${cls}">
<div class="when">${left}</div><div class="what${dot ? ' dot' : ''}">${right}</div></div>`;

    const entry = (section, e) => {
      const d = describe(section, e, look);
      const title = `<h3>${link(d.titleHref, d.title)}</h3>`;
      const sub = [d.subtitle, d.place].filter(Boolean).map(esc).join(', ');
      let head;
      if (orgFirst && d.subtitle && (section === 'work' || section === 'volunteer')) {
        head = `<h3>${esc(d.subtitle)}${d.place ? `<span class="place">, ${esc(d.place)}</span>` : ''}</h3><p class="pos">${esc(d.title)}</p>`;
      } else {
        head = `${title}${sub ? `<p class="sub">${sub}</p>` : ''}`;
      }
      const tag = !gutterDates && d.date ? `<p class="tag">${esc(d.date)}</p>` : '';
      const text = paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('');
      const keywords = d.keywords?.length ? `<p class="kw">${esc(look.keywordsLabel)}: ${esc(d.keywords.join(' · '))}</p>` : '';
      const body = `${tag}${head}${text}${highlightsHtml(d.bullets, look)}${keywords}`;
      return row(gutterDates ? dateText(section, e, d) : '', body);
    };

    const content = (key) => {
      if (key === 'summary') return row('', `<p>${esc(basics.summary)}</p>`, { dot: false });
      if (key === 'skills') {
        const single = resume.skills.filter((s) => !s.keywords?.length);
        const grouped = resume.skills.filter((s) => s.keywords?.length);
        const rows = grouped.map((s) => row(skillShowsName(s) ? `<b>${esc(s.name)}</b>${s.level ? `<br><span class="lv">${esc(s.level)}</span>` : ''}` : '',
          esc(s.keywords.join(', ')), { dot: false, cls: 'tight' }));
        if (single.length) {
          rows.push(row('', esc(single.map((s) => (s.level ? `${s.name} (${s.level})` : s.name)).join(', ')), { dot: false, cls: 'tight' }));
        }
        return rows.join('');
      }
      if (key === 'languages') {
        return resume.languages.map((l) => row(`<b>${esc(l.language)}</b>`, esc(l.fluency ?? ''), { dot: false, cls: 'tight' })).join('');
      }
      if (key === 'interests') return row('', esc(resume.interests.map(interestText).join(', ')), { dot: false });
      if (key === 'references') {
        return resume.references.map((r) => row('', `<h3>${esc(r.name)}</h3>${r.reference ? `<p class="quote">${esc(r.reference)}</p>` : ''}`, { dot: false })).join('');
      }
      return resume[key].map((e) => entry(key, e)).join('');
    };

    const contactHtml = contactsRight
      ? `<div class="contacts right">${contacts.map((c) => `<p>${contactText(c)}</p>`).join('')}</div>`
      : `<div class="contacts row-below">${contacts.map((c) => `<span class="nowrap">${contactText(c)}</span>`).join('<span class="sep"> / </span>')}</div>`;
    const header = `<header class="${contactsRight ? 'split' : ''}"><div><h1>${esc(basics.name)}</h1>
${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}</div>${contactHtml}</header>`;
    const body = `${header}
${sections.map((k) => `<section><div class="row head"><div class="when"></div><div class="what ring"><h2>${esc(titles[k])}</h2></div></div>
${content(k)}</section>`).join('\n')}`;

    const dotBg = hollowDots ? '#fff' : look.accent;
    const css = `${baseCss(look)}
header { margin-bottom: 6mm; padding-bottom: 3mm; border-bottom: 0.75pt solid #ddd; }
header.split { display: flex; justify-content: space-between; align-items: flex-end; gap: 8mm; }
h1 { font-size: 2.2em; font-weight: ${rng.pick(['bold', 'normal'])}; color: ${look.accent}; letter-spacing: 0.01em; }
.label { font-size: 1.15em; color: #444; margin-top: 0.15em; }
.contacts { font-size: 0.92em; color: #333; }
.contacts.right { text-align: right; flex: 0 0 auto; }
.contacts.right p { margin: 0.1em 0; white-space: nowrap; }
.contacts.row-below { margin-top: 0.6em; }
.contacts b { color: ${look.accent}; font-weight: bold; }
.sep { color: #aaa; }
.row { display: grid; grid-template-columns: ${gutter}% 1fr; }
.when { text-align: right; padding: 0 4mm 0 0; font-size: 0.9em; color: #555; line-height: 1.35; padding-top: 0.1em; }
.what { border-left: 1.5pt solid ${lineColour}; padding: 0 0 0.8em 5mm; position: relative; min-width: 0; }
.tight .what { padding-bottom: 0.35em; }
.tight:last-child .what { padding-bottom: 0.8em; }
.tight .when { color: #222; }
.what.dot::before { content: ''; position: absolute; left: -4.6pt; top: 0.28em; width: 7.5pt; height: 7.5pt; border-radius: 50%;
  background: ${dotBg}; border: 1.5pt solid ${look.accent}; box-sizing: border-box; }
.what.ring::before { content: ''; position: absolute; left: -6.9pt; top: 0.1em; width: 12.3pt; height: 12.3pt; border-radius: 50%;
  background: radial-gradient(circle, ${look.accent} 0 42%, #fff 47%); border: 1.2pt solid ${look.accent}; box-sizing: border-box; }
section:first-of-type .row.head .what { border-left-color: transparent; }
.row.head .what { padding-bottom: 0.45em; }
h2 { font-size: 1.12em; text-transform: uppercase; letter-spacing: 0.08em; color: ${look.accent}; break-after: avoid; }
.row.head { break-after: avoid; }
h3 { font-size: 1.03em; }
.pos { font-style: italic; }
.place { font-weight: normal; color: #555; }
.sub { color: #444; }
.tag { display: inline-block; font-size: 0.85em; background: ${look.accent}18; color: ${look.accent}; padding: 0 0.5em;
  border-radius: 3px; margin-bottom: 0.15em; }
.kw, .lv { color: #555; font-size: 0.95em; }
.quote { font-style: italic; color: #444; }`;

    const truth = shownTruth(resume, look, { sections, basics: ['name', 'label', ...contactKeys(contacts)] });
    return { html: htmlPage({ title: basics.name, css, body }), truth };
  },
};
