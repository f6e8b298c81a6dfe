// A Europass-style CV: a left column of labels ("Personal information", "Work experience", the dates of each entry,
// "Mother tongue(s)", "Digital skills" …), content on the right, and the CEFR self-assessment grid for languages.

import {
  baseCss, contactItems, contactKeys, describe, esc, highlightsHtml, htmlPage, icon, link, paragraphs, pickLook,
  planSections, printable, shownTruth, skillShowsName,
} from './common.mjs';

const LABEL_BLUE = '#1593cb';
const HEADING_BLUE = '#0e4194';

// Fluency words as CEFR levels; the grid prints the level, so the truth keeps the level.
const NATIVE = /native|mother|first language/i;
const CEFR_WORDS = [
  [/bilingual|full professional/i, 'C2'],
  [/fluent|advanced/i, 'C1'],
  [/professional working|upper/i, 'B2'],
  [/intermediate|conversational|limited working/i, 'B1'],
  [/elementary|basic/i, 'A2'],
  [/beginner/i, 'A1'],
];
function cefrLevel(fluency) {
  const f = String(fluency ?? '');
  const level = /\b([ABC][12])\b/i.exec(f);
  if (level) return level[1].toUpperCase();
  return CEFR_WORDS.find(([pattern]) => pattern.test(f))?.[1] ?? 'B1';
}

const DRIVING_LICENCE = /driv(ing|er['’]?s)\s+licen[cs]e|\bCDL\b|\bHGV\b/i;

// Europass sorts personal skills into fixed rows; each skill group goes to the row its name suggests.
const SKILL_ROWS = [
  ['Communication skills', /communicat|interpersonal|customer|presentation/i],
  ['Organisational / managerial skills', /leader|manage|organi[sz]|planning|coordination/i],
  ['Digital skills', /software|digital|computer|\bit\b|programming|languages|tools|infrastructure|cloud|data|web|framework|database|office|technical|tech|systems|platform|devops|design/i],
  ['Job-related skills', null], // the rest
];

export default {
  id: 'html-europass',
  family: 'html',
  format: 'pdf',
  patterns: ['Europass CV: labels and dates in a left column', 'CEFR language grid', 'mother tongue row',
    'skills sorted into job-related / digital rows'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng, {
      dateStyles: ['MM/YYYY', 'MM/YYYY', 'MMM YYYY', 'MMMM YYYY', 'MM.YYYY', 'YYYY'],
      fonts: [0, 1],
      bullets: [['▪', 4], ['•', 2], ['disc', 1], ['none', 1]],
    });
    look.paper = 'A4';
    look.margin = rng.pick([12, 14, 15]);
    const sections = planSections(resume, rng);
    const planned = new Set(sections);
    const basics = resume.basics;
    const contacts = contactItems(basics, { address: Boolean(basics.location?.address), profileLabels: true });
    const labelWidth = rng.int(27, 31);
    const upperHeadings = rng.chance(0.7);
    const jobLabel = rng.pick(['Job applied for', 'Position', 'Preferred job', 'Desired employment']);

    // One table for the whole CV: the label column and five columns that the CEFR grid uses one by one and every
    // other row spans (a table nested in a cell would do in a browser, but LibreOffice's import then squeezes the
    // content column). Widths and alignment are attributes as well as CSS: LibreOffice's import reads only those.
    const gridWidth = ((100 - labelWidth) / 5).toFixed(1);
    const row = (label, content, cls = '') => `<tr class="${cls}" valign="top"><th class="label" align="right">${label}</th>`
      + `<td class="content" colspan="5">${content}</td></tr>`;
    const heading = (title) => row(esc(upperHeadings ? title.toUpperCase() : title), '<div class="bar"></div>', 'heading');

    const entry = (section, e) => {
      const d = describe(section, e, look);
      const where = [d.subtitle, d.place].filter(Boolean).map(esc).join(', ');
      const head = `<p class="title">${link(d.titleHref, d.title)}</p>${where ? `<p>${where}</p>` : ''}`;
      const text = paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('');
      return row(esc(d.date ?? ''), `${head}${text}${highlightsHtml(d.bullets, look)}`, 'entry');
    };

    const rows = [];
    rows.push(row('Curriculum Vitae', `<h1>${esc(basics.name)}</h1>`, 'cv'));
    rows.push(heading('Personal information'));
    rows.push(row('', contacts.map((c) => `<p class="contact">${icon(c.kind, LABEL_BLUE)} ${link(c.href, c.text)}</p>`).join('')));
    if (basics.label) rows.push(row(esc(jobLabel.toUpperCase()), `<p class="title">${esc(basics.label)}</p>`, 'job'));
    if (planned.has('summary')) rows.push(row('PERSONAL STATEMENT', `<p>${esc(basics.summary)}</p>`, 'job'));

    if (planned.has('work')) {
      rows.push(heading('Work experience'));
      rows.push(...resume.work.map((e) => entry('work', e)));
    }
    if (planned.has('education')) {
      rows.push(heading('Education and training'));
      rows.push(...resume.education.map((e) => entry('education', e)));
    }

    // One line of additional information (also the driving licence row): "Title, issuer, date", then the details.
    const item = (key, e) => {
      const d = describe(key, e, look);
      const head = [link(d.titleHref, d.title), ...[d.subtitle, d.date].filter(Boolean).map(esc)].join(', ');
      const text = paragraphs(d).map((t) => `<p>${esc(t)}</p>`).join('');
      const keywords = d.keywords?.length ? `<p>${esc(`${look.keywordsLabel}: ${d.keywords.join(', ')}`)}</p>` : '';
      return `<div class="item"><p>${head}</p>${text}${highlightsHtml(d.bullets, look)}${keywords}</div>`;
    };
    // Driving licences have a row of their own among the personal skills; other certificates come at the end.
    const certificates = planned.has('certificates') ? resume.certificates : [];
    const licences = certificates.filter((c) => DRIVING_LICENCE.test(c.name));

    const languages = planned.has('languages') ? resume.languages : [];
    const native = languages.filter((l) => NATIVE.test(l.fluency ?? ''));
    const others = languages.filter((l) => !NATIVE.test(l.fluency ?? ''));
    const rowOf = (skill) => SKILL_ROWS.find(([, pattern]) => !pattern || pattern.test(skill.name ?? ''))[0];
    const skillRows = planned.has('skills')
      ? SKILL_ROWS.map(([label]) => [label, resume.skills.filter((s) => rowOf(s) === label)]).filter(([, skills]) => skills.length)
      : [];
    if (native.length || others.length || skillRows.length || licences.length) {
      rows.push(heading('Personal skills'));
      if (native.length) rows.push(row('Mother tongue(s)', `<p class="title">${native.map((l) => esc(l.language)).join(', ')}</p>`));
      if (others.length) {
        rows.push(`<tr class="cefr"><th class="label">Other language(s)</th><td colspan="2">UNDERSTANDING</td><td colspan="2">SPEAKING</td><td>WRITING</td></tr>`);
        rows.push(`<tr class="cefr sub"><th class="label"></th><td>Listening</td><td>Reading</td><td>Spoken interaction</td><td>Spoken production</td><td></td></tr>`);
        for (const l of others) {
          rows.push(`<tr class="cefr level"><th class="label">${esc(l.language)}</th>${`<td>${cefrLevel(l.fluency)}</td>`.repeat(5)}</tr>`);
        }
        rows.push(row('', '<p class="note">Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user<br>'
          + 'Common European Framework of Reference for Languages</p>'));
      }
      for (const [label, skills] of skillRows) {
        const lines = skills.map((s) => {
          const name = skillShowsName(s) ? `${esc(s.name)}${s.level ? ` (${esc(s.level)})` : ''}` : '';
          const words = s.keywords?.length ? esc(s.keywords.join(', ')) : '';
          return `<li>${name}${name && words ? ': ' : ''}${words}</li>`;
        });
        rows.push(row(label, `<ul class="skills">${lines.join('')}</ul>`));
      }
      if (licences.length) rows.push(row('Driving licence', licences.map((c) => item('certificates', c)).join('')));
    }

    const additional = [
      ['projects', 'Projects'], ['publications', 'Publications'], ['awards', 'Honours and awards'],
      ['certificates', 'Certifications'], ['volunteer', 'Volunteering'], ['interests', 'Interests'], ['references', 'References'],
    ].map(([key, label]) => [key, label, planned.has(key) ? resume[key].filter((e) => !licences.includes(e)) : []])
      .filter(([, , entries]) => entries.length);
    if (additional.length) {
      rows.push(heading('Additional information'));
      for (const [key, label, entries] of additional) rows.push(row(label, entries.map((e) => item(key, e)).join('')));
    }

    const css = `${baseCss(look)}
table.cv { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.cv tr { break-inside: avoid; }
table.cv tr.heading { break-after: avoid; }
th.label { width: ${labelWidth}%; text-align: right; vertical-align: top; font-weight: normal; color: ${LABEL_BLUE};
  font-size: 0.85em; padding: 0.15em 1em 0.15em 0; }
td.content { vertical-align: top; padding: 0.15em 0; }
tr.cv th.label { font-size: 1.2em; color: ${HEADING_BLUE}; vertical-align: bottom; }
h1 { font-size: 1.6em; font-weight: normal; color: ${HEADING_BLUE}; }
tr.heading th.label { color: ${HEADING_BLUE}; font-size: 0.9em; padding-top: 1.1em; vertical-align: bottom; }
tr.heading td.content { padding-top: 1.1em; vertical-align: bottom; }
.bar { border-bottom: 1pt solid ${LABEL_BLUE}; margin-bottom: 0.45em; }
tr.entry th.label { color: ${HEADING_BLUE}; padding-top: 0.5em; }
tr.entry td.content { padding-top: 0.5em; }
tr.job th.label, tr.job td.content { padding-top: 0.6em; }
.title { color: ${HEADING_BLUE}; font-size: 1.08em; }
.contact { margin: 0.1em 0; }
.icon { vertical-align: -1px; margin-right: 0.4em; }
tr.cefr td { border: 0.5pt solid #ccc; text-align: center; vertical-align: middle; padding: 0.2em 0.3em; font-size: 0.85em;
  color: ${HEADING_BLUE}; }
tr.cefr.sub td { font-size: 0.8em; }
tr.cefr.level td { color: #222; font-size: 0.9em; }
tr.cefr.level th.label { vertical-align: middle; }
.note { font-size: 0.8em; color: #555; margin-top: 0.25em; }
ul.skills { padding-left: 1.1em; }
.item { margin-bottom: 0.3em; }`;

    const truth = shownTruth(resume, look, { sections, basics: ['name', 'label', ...contactKeys(contacts)] });
    for (const l of truth.languages ?? []) {
      l.fluency = NATIVE.test(l.fluency ?? '') ? 'Mother tongue' : cefrLevel(l.fluency);
    }
    return {
      html: htmlPage({ title: `Europass CV – ${basics.name}`, css, body: `<table class="cv" width="100%">
<colgroup><col width="${labelWidth}%">${`<col width="${gridWidth}%">`.repeat(5)}</colgroup>
${rows.join('\n')}
</table>` }),
      truth,
    };
  },
};
