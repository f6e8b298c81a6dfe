// Plain-text resumes: the free-form kind people paste into forms (text-plain) and the fixed-width kind saved from a
// word processor, dates pushed to the right margin with spaces (text-aligned).

import {
  contactItems, contactKeys, describe, interestText, languageText, nameInCapitals, packLines, paragraphs, pickTitles,
  pickWording, planSections, printable, shownTruth, skillShowsName,
} from './html/common.mjs';

/** Lines of at most `width` characters; the first starts with `first`, the rest with `rest` (a hanging indent). */
function wrap(text, width, first = '', rest = first) {
  const lines = [];
  let line = first;
  let fresh = true;
  for (const word of String(text).split(/\s+/).filter(Boolean)) {
    if (!fresh && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest;
      fresh = true;
    }
    line += fresh ? word : ` ${word}`;
    fresh = false;
  }
  lines.push(line);
  return lines;
}

/** `left` and `right` on one line `width` wide, or `right` right-aligned on the next when both do not fit. */
function spread(left, right, width) {
  if (!right) return [left];
  if (!left) return [right.padStart(width)];
  if (left.length + 2 + right.length <= width) return [left + ' '.repeat(width - left.length - right.length) + right];
  return [left, right.padStart(width)];
}

const center = (text, width) => ' '.repeat(Math.max(0, Math.floor((width - text.length) / 2))) + text;

/** "Clinical (Expert): Ventilator management, Epic"; the keywords alone for a catch-all group. */
const skillText = (s) => {
  const name = skillShowsName(s) ? `${s.name}${s.level ? ` (${s.level})` : ''}` : '';
  const words = (s.keywords ?? []).join(', ');
  return `${name}${name && words ? ': ' : ''}${words}`;
};

const textPlain = {
  id: 'text-plain',
  family: 'text',
  format: 'txt',
  patterns: ['plain text', 'capitalised or underlined headings', '"-"/"*" bullets or none',
    'dates on the title line or their own line'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickWording(rng);
    const titles = pickTitles(rng);
    const sections = planSections(resume, rng);
    const headingStyle = rng.pick(['upper', 'underline', 'colon']);
    const underline = rng.pick(['-', '=']);
    const bullet = rng.weighted([['- ', 3], ['* ', 2], ['  ', 1]]); // two spaces: bullets lost when pasting
    const entryStyle = rng.pick(['one-line', 'pipes', 'stacked', 'date-first']);
    const contactsJoined = rng.chance(0.5);
    const blankBetweenEntries = rng.chance(0.6);
    const upperName = rng.chance(0.4);

    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: rng.chance(0.6), fullUrls: rng.chance(0.4) });
    const heading = (title) => ({
      upper: [title.toUpperCase()],
      underline: [title, underline.repeat(title.length)],
      colon: [`${title}:`],
    }[headingStyle]);

    const entry = (section, e) => {
      const d = describe(section, e, look);
      const who = [d.title, d.subtitle, d.place].filter(Boolean);
      let head;
      if (entryStyle === 'one-line') head = [`${who.join(', ')}${d.date ? ` (${d.date})` : ''}`];
      else if (entryStyle === 'pipes') head = [[...who, d.date].filter(Boolean).join(' | ')];
      else if (entryStyle === 'date-first') head = [d.date ? `${d.date}: ${who.join(', ')}` : who.join(', ')];
      else head = [d.title, [d.subtitle, d.place].filter(Boolean).join(', '), d.date].filter(Boolean);
      const keywords = d.keywords?.length ? [`${look.keywordsLabel}: ${d.keywords.join(', ')}`] : [];
      const url = d.titleHref ? [d.titleHref] : [];
      return [...head, ...url, ...paragraphs(d), ...(d.bullets ?? []).map((b) => bullet + b), ...keywords];
    };

    const content = (key) => {
      if (key === 'summary') return [[basics.summary]];
      if (key === 'skills') return [resume.skills.map(skillText)];
      if (key === 'languages') return [[resume.languages.map(languageText).join(', ')]];
      if (key === 'interests') return [[resume.interests.map(interestText).join(', ')]];
      return resume[key].map((e) => entry(key, e));
    };

    const name = basics.name ?? '';
    const lines = [upperName ? name.toUpperCase() : name];
    if (basics.label) lines.push(basics.label);
    lines.push(...(contactsJoined ? [contacts.map((c) => c.text).join(' | ')] : contacts.map((c) => c.text)));
    for (const key of sections) {
      lines.push('', ...heading(titles[key]));
      content(key).forEach((block, i) => lines.push(...(i && blankBetweenEntries ? [''] : []), ...block));
    }

    const truth = shownTruth(resume, look, { sections, basics: ['name', 'label', ...contactKeys(contacts)] });
    if (upperName) nameInCapitals(truth);
    return { text: `${lines.join('\n')}\n`, truth };
  },
};

const textAligned = {
  id: 'text-aligned',
  family: 'text',
  format: 'txt',
  patterns: ['fixed-width text', 'dates right-aligned with spaces', 'wrapped bullets with a hanging indent',
    'aligned label columns'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickWording(rng, { dateStyles: ['MMM YYYY', 'MM/YYYY', 'MMMM YYYY', 'YYYY', 'MMM. YYYY'] });
    const titles = pickTitles(rng);
    const sections = planSections(resume, rng);
    const width = rng.pick([72, 76, 80, 80, 90]);
    const rule = rng.pick(['-', '=', '_', '']); // a line under each heading, or none
    const bullet = rng.pick(['- ', '* ', '• ', 'o ']);
    const indent = rng.pick(['', '  ', '    ']);
    const centered = rng.chance(0.6);

    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: rng.chance(0.5), fullUrls: rng.chance(0.4) });
    // The value column of "Label:   value" lines starts after the longest skill name (within reason).
    const longestName = Math.max(10, ...(resume.skills ?? []).map((s) => (skillShowsName(s) ? s.name.length : 0)));
    const labelWidth = Math.min(24, longestName + 3);

    const entry = (section, e) => {
      const d = describe(section, e, look);
      const out = spread(d.title ?? '', d.date ?? '', width);
      if (d.subtitle || d.place) out.push(...spread(d.subtitle ?? '', d.place ?? '', width));
      if (d.titleHref) out.push(indent + d.titleHref);
      for (const p of paragraphs(d)) out.push(...wrap(p, width, indent));
      for (const b of d.bullets ?? []) out.push(...wrap(b, width, indent + bullet, indent + ' '.repeat(bullet.length)));
      if (d.keywords?.length) out.push(...wrap(`${look.keywordsLabel}: ${d.keywords.join(', ')}`, width, indent));
      return out;
    };

    const column = (label, value) => {
      const first = label.length < labelWidth ? label.padEnd(labelWidth) : `${label} `;
      return wrap(value, width, first, ' '.repeat(labelWidth));
    };

    const content = (key) => {
      if (key === 'summary') return wrap(basics.summary, width);
      if (key === 'skills') {
        return resume.skills.flatMap((s) => (skillShowsName(s)
          ? column(`${s.name}:`, [s.level, (s.keywords ?? []).join(', ')].filter(Boolean).join(' – '))
          : wrap(skillText(s), width)));
      }
      if (key === 'languages') return resume.languages.flatMap((l) => column(l.language, l.fluency ?? ''));
      if (key === 'interests') return wrap(resume.interests.map(interestText).join(', '), width);
      return resume[key].flatMap((e, i) => [...(i ? [''] : []), ...entry(key, e)]);
    };

    const contactLines = packLines(contacts.map((c) => c.text), rng.pick([' | ', '  ', ' * ']), width);
    const header = [(basics.name ?? '').toUpperCase(), ...(basics.label ? [basics.label] : []), ...contactLines];
    const lines = centered ? header.map((l) => center(l, width)) : header;
    for (const key of sections) {
      const title = titles[key].toUpperCase();
      lines.push('', title, ...(rule ? [rule.repeat(width)] : []), ...content(key));
    }

    const truth = shownTruth(resume, look, { sections, basics: ['name', 'label', ...contactKeys(contacts)] });
    nameInCapitals(truth); // the header prints the name in capitals
    return { text: `${lines.map((l) => l.trimEnd()).join('\n')}\n`, truth };
  },
};

export default [textPlain, textAligned];
