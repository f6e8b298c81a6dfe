// A functional (hybrid) resume: a summary of qualifications, the skills up front as groups of multi-column
// bullet lists, then a short chronological work history where only the latest jobs keep their details and the
// rest are one line each, dates right-aligned (often after dotted leaders); minimal type with small-caps headings.

import {
  baseCss, contactItems, contactKeys, contactLine, degreeAbbreviator, describe, esc, highlightsHtml, htmlPage,
  interestText, languageText, link, paragraphs, pickLook, pickTitles, planSections, printable, shownTruth,
  skillShowsName,
} from './common.mjs';

const TITLES = {
  summary: ['Summary of Qualifications', 'Qualifications Summary', 'Highlights of Qualifications', 'Professional Profile'],
  skills: ['Relevant Skills', 'Skills Summary', 'Areas of Expertise', 'Core Competencies', 'Key Skills & Strengths'],
  work: ['Work History', 'Employment History', 'Professional Experience', 'Career History'],
  education: ['Education', 'Education & Training', 'Education and Credentials'],
};

export default {
  id: 'html-x-functional',
  family: 'html',
  format: 'pdf',
  patterns: ['functional/hybrid resume: qualifications summary and skill groups before the work history',
    'skill keywords as multi-column bullet lists under group headings', 'older jobs as one line without details',
    'dates right-aligned after dotted leaders', 'small-caps headings'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, {
      fonts: [2, 2, 0, 1],
      bullets: [['•', 4], ['▪', 1], ['–', 1], ['disc', 2], ['›', 1]],
    });
    if (rng.chance(0.3)) look.studyType = degreeAbbreviator(rng);
    const titles = { ...pickTitles(rng), ...Object.fromEntries(Object.entries(TITLES).map(([k, w]) => [k, rng.pick(w)])) };
    // Skills right after the summary, whatever the plan.
    let sections = planSections(resume, rng).filter((k) => k !== 'skills');
    if (resume.skills?.length) sections.splice(sections[0] === 'summary' ? 1 : 0, 0, 'skills');
    const detailed = rng.weighted([[1, 3], [2, 3], [0, 1]]); // latest jobs that keep their details
    const leaders = rng.chance(0.6);
    const skillColumns = rng.pick([2, 3, 3]);
    const centered = rng.chance(0.6);
    const headingStyle = rng.pick(['smallcaps-rule', 'smallcaps', 'spaced-caps']);
    const separator = rng.pick([' | ', ' · ', ' • ', ' ◆ ']);
    const workLine = rng.pick(['position-company', 'company-position']);

    const basics = resume.basics;
    const contacts = contactItems(basics);
    const bare = ({ summary, highlights, ...rest }) => rest; // a one-line entry
    const work = (resume.work ?? []).map((e, i) => (i < detailed ? e : bare(e)));
    const volunteer = (resume.volunteer ?? []).map(bare);

    const line = (left, date) => `<div class="line${leaders ? ' leaders' : ''}"><span class="l">${left}</span>${date
      ? `${leaders ? '<span class="fill"></span>' : ''}<span class="d">${esc(date)}</span>` : ''}</div>`;

    const job = (section, e) => {
      const d = describe(section, e, look);
      const parts = workLine === 'position-company'
        ? [`<b>${esc(d.title)}</b>`, d.subtitle && esc(d.subtitle)]
        : [d.subtitle && `<b>${esc(d.subtitle)}</b>`, d.subtitle ? `<i>${esc(d.title)}</i>` : `<b>${esc(d.title)}</b>`];
      if (d.place) parts.push(esc(d.place));
      const text = paragraphs(d).map((t) => `<p class="desc">${esc(t)}</p>`).join('');
      const more = `${text}${highlightsHtml(d.bullets, look)}`;
      return `<div class="entry keep${more ? ' full' : ''}">${line(parts.filter(Boolean).join(', '), d.date)}${more}</div>`;
    };

    const compact = (key, e) => {
      const d = describe(key, e, look);
      const left = `<b>${link(d.titleHref, d.title)}</b>${d.subtitle ? `, ${esc(d.subtitle)}` : ''}`;
      const text = paragraphs(d).map((t) => `<p class="desc">${esc(t)}</p>`).join('');
      const keywords = d.keywords?.length ? `<p class="desc">${esc(look.keywordsLabel)}: ${esc(d.keywords.join(', '))}</p>` : '';
      return `<div class="entry keep">${line(left, d.date)}${text}${highlightsHtml(d.bullets, look)}${keywords}</div>`;
    };

    const skills = () => {
      const grouped = resume.skills.filter((s) => s.keywords?.length);
      const single = resume.skills.filter((s) => !s.keywords?.length);
      const list = (words) => `<ul class="cols">${words.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>`;
      const groups = grouped.map((s) => `<div class="group keep">${skillShowsName(s)
        ? `<h3>${esc(s.name)}${s.level ? ` <span class="lv">(${esc(s.level)})</span>` : ''}</h3>` : ''}${list(s.keywords)}</div>`);
      if (single.length) groups.push(`<div class="group keep">${list(single.map((s) => (s.level ? `${s.name} (${s.level})` : s.name)))}</div>`);
      return groups.join('');
    };

    const content = (key) => {
      switch (key) {
        case 'summary': return `<p>${esc(basics.summary)}</p>`;
        case 'skills': return skills();
        case 'work': return work.map((e) => job('work', e)).join('');
        case 'volunteer': return volunteer.map((e) => job('volunteer', e)).join('');
        case 'languages': return `<p>${esc(resume.languages.map(languageText).join(', '))}</p>`;
        case 'interests': return `<p>${esc(resume.interests.map(interestText).join('; '))}</p>`;
        case 'references':
          return resume.references.map((r) => `<div class="entry keep"><p><b>${esc(r.name)}</b></p>${r.reference ? `<p class="desc">${esc(r.reference)}</p>` : ''}</div>`).join('');
        default: return resume[key].map((e) => compact(key, e)).join('');
      }
    };

    const body = `<header><h1>${esc(basics.name)}</h1>${basics.label ? `<p class="label">${esc(basics.label)}</p>` : ''}
<p class="contacts">${contactLine(contacts, separator)}</p></header>
${sections.map((k) => `<section><h2>${esc(titles[k])}</h2>${content(k)}</section>`).join('\n')}`;

    const heading = {
      'smallcaps-rule': 'font-variant: small-caps; font-size: 1.25em; font-weight: normal; letter-spacing: 0.04em; border-bottom: 0.5pt solid #888;',
      smallcaps: `font-variant: small-caps; font-size: 1.25em; font-weight: bold; color: ${look.accent};`,
      'spaced-caps': 'text-transform: uppercase; font-size: 0.95em; letter-spacing: 0.2em; font-weight: normal; color: #333;',
    }[headingStyle];
    const css = `${baseCss(look)}
body { line-height: 1.35; }
header { text-align: ${centered ? 'center' : 'left'}; margin-bottom: 1em; }
h1 { font-size: 2em; font-variant: small-caps; font-weight: normal; letter-spacing: 0.05em; }
.label { font-size: 1.05em; letter-spacing: 0.03em; color: #444; margin-top: 0.1em; }
.contacts { margin-top: 0.4em; font-size: 0.93em; }
h2 { ${heading} margin: 1.1em 0 0.45em; break-after: avoid; }
h3 { font-size: 1em; margin: 0.3em 0 0.1em; }
.lv { font-weight: normal; color: #555; }
ul.cols { display: grid; grid-template-columns: repeat(${skillColumns}, 1fr); column-gap: 8mm; padding-left: 1.2em; list-style-type: ${look.bullet === 'none' || look.bullet === 'disc' ? 'disc' : `"${look.bullet}  "`}; }
ul.cols li { margin: 0.05em 0; min-width: 0; }
.group { margin-bottom: 0.3em; }
.entry { margin-bottom: 0.3em; }
.entry.full { margin-bottom: 0.6em; }
.line { display: flex; align-items: baseline; gap: 0.8em; }
.line .l { flex: 0 1 auto; }
.line:not(.leaders) .l { flex: 1 1 auto; }
.line .fill { flex: 1 1 2em; border-bottom: 1pt dotted #888; position: relative; top: -0.25em; min-width: 2em; }
.line .d { white-space: nowrap; flex: 0 0 auto; }
.desc { color: #333; }`;

    const truth = shownTruth({ ...resume, work, volunteer }, look, {
      sections,
      basics: ['name', 'label', ...contactKeys(contacts)],
    });
    return { html: htmlPage({ title: `${basics.name} | Resume`, css, body }), truth };
  },
};
