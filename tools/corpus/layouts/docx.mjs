// Word documents written with the OpenXML SDK (backend/bench/ResumeRefiner.Corpus.Docx) in the shapes Word résumé
// templates take: contacts in the page header, a layout table, a text-box sidebar, newspaper columns, tab-aligned
// dates, a Europass table. This module prints every string (dates, degrees, contact lines) and keeps the truth from
// the same choices; the .NET writer only lays the strings out. Also: PDF conversions of some through LibreOffice.

import {
  contactItems, contactKeys, degreeAbbreviator, describe, paragraphs, pickLook, pickTitles,
  planSections, printable, schemeless, shownTruth, skillShowsName,
} from './html/common.mjs';

const FONTS = [['Calibri', 5], ['Cambria', 2], ['Arial', 2], ['Times New Roman', 2]];
const HEADING_FONTS = { Calibri: ['Calibri Light', 'Calibri', 'Cambria'], Cambria: ['Cambria'], Arial: ['Arial'],
  'Times New Roman': ['Times New Roman'] };
const ACCENTS = ['1F3864', '2F5496', '1F4E79', '385623', '833C0B', '404040', '5B3B6B'];
// Word's own default bullet is U+F0B7 in Symbol; "o" in Courier New is its second-level default.
const BULLETS = [['symbol', 5], ['dot', 3], ['dash', 1], ['square', 2], ['circle', 1]];
const SEPARATORS = [['  |  ', 3], [' • ', 3], [' · ', 2], ['   ', 1], [' – ', 1]];

const NATIVE = /native|mother|bilingual/i;
const CEFR = /^(A1|A2|B1|B2|C1|C2)$/i;

/** What varies in how a Word template looks: fonts, paper (from the planned look), bullets, heading case, links. */
function wordLook(look, rng, overrides = {}) {
  const font = rng.weighted(FONTS);
  return {
    font,
    headingFont: rng.pick(HEADING_FONTS[font]),
    fontSize: rng.pick([10, 10.5, 11]),
    paper: look.paper === 'letter' ? 'letter' : 'a4', // the .NET enum's kebab-case names
    bullet: rng.weighted(BULLETS),
    headingCase: rng.weighted([['as-written', 3], ['caps', 2], ['small-caps', 1]]),
    accent: rng.pick(ACCENTS),
    contactSeparator: rng.weighted(SEPARATORS),
    itemForm: rng.pick(['colon', 'dash']),
    underlineLinks: rng.chance(0.5),
    bulletsByStyle: rng.chance(0.4),
    pageNumbers: rng.chance(0.3),
    centered: rng.chance(0.5),
    ...overrides,
  };
}

const span = (text, extra = {}) => ({ text, ...extra });

/**
 * The printed document model and its truth. `spec` says what the template does with them:
 * side (section keys for the sidebar/narrow column), groups (Europass group headings), order (reorders the
 * planned section keys), contactLabels ("Email: …" on separate lines), address, interests ('inline' | 'items'),
 * titles (heading wordings that override the picked ones), dateStyles (styles this template may print),
 * languageGrid (Europass rows), languagesInParens ("Polish (Native)" whatever the document's item form).
 */
function plan(person, rng, spec = {}) {
  const resume = printable(person);
  const look = pickLook(resume, rng, { dateStyles: spec.dateStyles });
  if (rng.chance(0.3)) look.studyType = degreeAbbreviator(rng);
  const titles = { ...pickTitles(rng), ...spec.titles };
  const planned = planSections(resume, rng);
  const keys = spec.order ? spec.order(planned) : planned;
  const basics = resume.basics;
  const contacts = contactItems(basics, { address: spec.address ?? rng.chance(0.2), profileLabels: true });

  const document = {
    name: basics.name,
    label: basics.label || null,
    contactTitle: titles.contact,
    // A profile's network always prints as its label ("LinkedIn: linkedin.com/in/…"); the rest only when labelled.
    contacts: contacts.map((c) => (spec.contactLabels || (c.kind === 'profile' && c.value !== c.text)
      ? { label: c.label, text: c.value ?? c.text, href: c.href ?? null }
      : { label: null, text: c.text, href: c.href ?? null })),
    sections: keys.map((key) => section(key)),
  };

  function section(key) {
    const out = { key, title: titles[key], side: spec.side?.includes(key) ?? false, group: spec.groups?.[key] ?? null };
    if (key === 'summary') return { ...out, paragraphs: [[span(basics.summary)]] };
    if (key === 'skills') return { ...out, items: resume.skills.map(skillItem).filter(Boolean) };
    if (key === 'languages') {
      return {
        ...out,
        itemForm: spec.languagesInParens ? 'paren' : null, // "Polish (Native)"
        items: resume.languages.map((l) => (l.fluency
          ? { label: l.language, text: [span(l.fluency)] }
          : { label: null, text: [span(l.language)] })),
        languages: spec.languageGrid ? resume.languages.map(languageRow) : [],
      };
    }
    if (key === 'interests') {
      const words = (i) => (i.keywords?.length ? `${i.name} (${i.keywords.join(', ')})` : i.name);
      return spec.interests === 'items'
        ? { ...out, items: resume.interests.map((i) => (i.keywords?.length
          ? { label: i.name, text: [span(i.keywords.join(', '))] }
          : { label: null, text: [span(i.name)] })) }
        : { ...out, items: [{ label: null, text: [span(resume.interests.map(words).join(', '))] }] };
    }
    return { ...out, entries: resume[key].map((e) => entry(key, e)) };
  }

  function skillItem(s) {
    const words = [s.keywords?.length ? s.keywords.join(', ') : '', s.level ?? ''].filter(Boolean).join(' — ');
    const name = skillShowsName(s) ? s.name : null;
    if (name && words) return { label: name, text: [span(words)] };
    if (name || words) return { label: null, text: [span(name || words)] };
    return null;
  }

  function entry(key, e) {
    const d = describe(key, e, look);
    const lines = paragraphs(d).map((t) => [span(t)]);
    if (d.keywords?.length) lines.push([span(`${look.keywordsLabel}: `, { italic: true }), span(d.keywords.join(', '))]);
    if (d.titleHref) lines.push([span(schemeless(d.titleHref), { href: d.titleHref })]);
    return {
      title: d.title || null,
      org: d.subtitle || null,
      dates: d.date || null,
      place: d.place || null,
      lines,
      bullets: (d.bullets ?? []).filter(Boolean),
    };
  }

  const truth = shownTruth(resume, look, { sections: keys, basics: ['name', 'label', ...contactKeys(contacts)] });
  if (spec.languageGrid) {
    for (const l of truth.languages ?? []) if (NATIVE.test(l.fluency ?? '')) l.fluency = 'Mother tongue';
  }
  return { document, truth, look };
}

/** A Europass grid row: native speakers list under "Mother tongue(s)"; a CEFR fluency fills the five cells. */
function languageRow(l) {
  const fluency = String(l.fluency ?? '').trim();
  return {
    language: l.language,
    fluency: fluency || null,
    native: NATIVE.test(fluency),
    level: CEFR.test(fluency) ? fluency.toUpperCase() : null,
  };
}

/** Moves the listed keys (in the given order) after the others, where a template prints them. */
const moveLast = (keys) => (planned) => [...planned.filter((k) => !keys.includes(k)), ...keys.filter((k) => planned.includes(k))];

/**
 * Rough line count of a sidebar at ~30 characters a line, to keep a fixed-height text box from overflowing
 * (Word clips what does not fit, and clipped text is not "shown").
 */
function sidebarLines(document) {
  const lines = (text) => Math.max(1, Math.ceil(text.length / 30));
  let n = contactsFitColumn(document) ? 2 + document.contacts.reduce((s, c) => s + lines(`${c.label ?? ''} ${c.text}`), 0) : 0;
  for (const s of document.sections.filter((x) => x.side)) {
    n += 2;
    for (const i of s.items ?? []) n += lines(`${i.label ?? ''}: ${i.text.map((t) => t.text).join('')}`) + (i.label ? 1 : 0);
  }
  return n;
}

/**
 * Whether every contact fits a narrow column: the writer prints side contacts at 9 pt down to 7.5 pt, about 30
 * characters a line in a wide substitute font. A longer address or link would break mid-word there, so such documents
 * print the contacts under the name instead.
 */
function contactsFitColumn(document, maxChars = 30) {
  return document.contacts.every((c) => `${c.label ?? ''} ${c.text}`.split(/\s+/).every((word) => word.length <= maxChars));
}

const layouts = [
  {
    id: 'docx-header-block',
    family: 'docx',
    format: 'docx',
    patterns: ['name and contacts in the page header part', 'Heading 1/Heading 2 styles', 'right tab stop before dates',
      'bullets through a numbering definition (often Symbol U+F0B7)', 'optionally a first-page-only header'],
    render(resume, rng) {
      const { document, truth, look } = plan(resume, rng, { languagesInParens: rng.chance(0.4) });
      const options = wordLook(look, rng, {
        variant: rng.chance(0.35) ? 'first-page-header' : null,
      });
      return { docx: { layout: 'header-block', options: { ...options, document } }, truth };
    },
  },
  {
    id: 'docx-layout-table',
    family: 'docx',
    format: 'docx',
    patterns: ['whole page is a borderless two-column layout table', 'contacts and skills in a shaded narrow column',
      'Heading 3 titles in the side column', 'name row spanning both columns or atop the left one'],
    render(resume, rng) {
      const side = ['skills', 'languages', 'certificates', 'interests'];
      const { document, truth, look } = plan(resume, rng, {
        side,
        contactLabels: rng.chance(0.5),
        interests: rng.pick(['inline', 'items']),
      });
      const options = wordLook(look, rng, {
        itemForm: rng.pick(['stacked', 'colon', 'stacked']),
        variant: rng.chance(0.4) ? 'name-left' : null,
        contactsOnTop: !contactsFitColumn(document),
      });
      return { docx: { layout: 'layout-table', options: { ...options, document } }, truth };
    },
  },
  {
    id: 'docx-text-box-sidebar',
    family: 'docx',
    format: 'docx',
    patterns: ['sidebar in an anchored text box (wps:txbx with a v:textbox fallback: the text is in the file twice)',
      'VML-only text box (Word 2007)', 'main flow wrapping beside the box or behind a wide margin'],
    render(resume, rng) {
      let side = ['skills', 'languages', 'interests'];
      const { document, truth, look } = plan(resume, rng, { side, contactLabels: rng.chance(0.4), interests: 'items' });
      // A box with too much in it would clip: then the long sections move to the main flow.
      for (const key of ['interests', 'skills']) {
        if (sidebarLines(document) <= 44) break;
        side = side.filter((k) => k !== key);
        for (const s of document.sections) s.side = side.includes(s.key);
      }
      const options = wordLook(look, rng, {
        itemForm: 'stacked',
        variant: rng.pick(['', 'vml', 'margin', 'vml+margin', '']) || null,
        contactsOnTop: !contactsFitColumn(document),
      });
      return { docx: { layout: 'text-box-sidebar', options: { ...options, document } }, truth };
    },
  },
  {
    id: 'docx-section-columns',
    family: 'docx',
    format: 'docx',
    patterns: ['Title and Subtitle styles for name and label', 'continuous section break into two newspaper columns',
      'skills, languages and interests in the column block'],
    render(resume, rng) {
      const side = ['skills', 'languages', 'interests'];
      const { document, truth, look } = plan(resume, rng, {
        side,
        order: moveLast(side),
        interests: rng.pick(['inline', 'items']),
        languagesInParens: rng.chance(0.3),
      });
      const options = wordLook(look, rng, { itemForm: rng.pick(['colon', 'dash', 'stacked']) });
      return { docx: { layout: 'section-columns', options: { ...options, document } }, truth };
    },
  },
  {
    id: 'docx-classic-tabs',
    family: 'docx',
    format: 'docx',
    patterns: ['dates in a left tab column over a hanging indent', 'headings as bold small-caps Normal paragraphs (no styles)',
      'typed bullets: a character and a tab, no numbering', 'skill and language labels in the tab column'],
    render(resume, rng) {
      // Long month names would push the tab column past a third of the page.
      const { document, truth, look } = plan(resume, rng, {
        dateStyles: ['MMM YYYY', 'MM/YYYY', 'M/YYYY', 'MM.YYYY', 'YYYY-MM', "MMM 'YY", 'YYYY', 'YYYY'],
        interests: 'inline',
      });
      const options = wordLook(look, rng, {
        itemForm: rng.pick(['tab', 'tab', 'colon']),
        bullet: rng.pick(['dot', 'dash', 'square']),
        centered: true,
      });
      return { docx: { layout: 'classic-tabs', options: { ...options, document } }, truth };
    },
  },
  {
    id: 'docx-europass-table',
    family: 'docx',
    format: 'docx',
    patterns: ['Europass table: labels and entry dates right-aligned in a left column', 'CEFR grid as a nested table',
      '"Mother tongue(s)" row', 'skills and certificates as labelled rows'],
    render(resume, rng) {
      const personal = ['languages', 'skills'];
      const additional = ['certificates', 'awards', 'publications', 'interests', 'references'];
      const { document, truth, look } = plan(resume, rng, {
        dateStyles: ['MM/YYYY', 'MM/YYYY', 'MMM YYYY', 'MMMM YYYY', 'MM.YYYY', 'YYYY'],
        titles: { summary: 'Personal statement', work: 'Work experience', education: 'Education and training',
          volunteer: 'Volunteering', projects: 'Projects', skills: 'Job-related skills', certificates: 'Certifications',
          awards: 'Honours and awards', publications: 'Publications', interests: 'Interests', references: 'References' },
        groups: Object.fromEntries([...personal.map((k) => [k, 'Personal skills']), ...additional.map((k) => [k, 'Additional information'])]),
        order: moveLast([...personal, ...additional]),
        contactLabels: true,
        address: Boolean(resume.basics?.location?.address),
        languageGrid: true,
        interests: 'inline',
      });
      const options = wordLook(look, rng, {
        paper: 'a4',
        font: 'Arial',
        headingFont: 'Arial',
        fontSize: 10,
        accent: '0E4194',
        bullet: rng.pick(['square', 'dot']),
      });
      return { docx: { layout: 'europass-table', options: { ...options, document } }, truth };
    },
  },
];

// LibreOffice's PDF of a Word file: what a résumé looks like after "Save as PDF" outside Word.
const conversions = ['header-block', 'layout-table', 'text-box-sidebar'].map((name) => ({
  id: `lo-docx-${name}`,
  family: 'docx',
  format: 'pdf',
  from: `docx-${name}`,
  convert: 'docx-to-pdf',
  patterns: [`docx-${name} printed to PDF by LibreOffice`],
}));

export default [...layouts, ...conversions];
