// More development layouts outside HTML: a Markdown resume as people keep one in a GitHub README (text-d-markdown), and
// a Word document in the manner of Word's built-in resume templates (docx-d-word-template).

import {
  contactItems, contactKeys, degreeAbbreviator, describe, interestText, languageText, nameInCapitals, paragraphs,
  pickLook, pickTitles, pickWording, planSections, printable, schemeless, shownTruth, skillShowsName,
} from './html/common.mjs';

/** "[text](url)", or the text alone without a target. */
const mdLink = (text, href) => (href ? `[${text}](${href})` : text);

const markdown = {
  id: 'text-d-markdown',
  family: 'text',
  format: 'md',
  patterns: ['Markdown resume (GitHub README style)', '"#"/"##" headings or setext underlines',
    '**Company** — *Role* (dates) entry lines or "### Role @ Company"', '"-"/"*" bullet lists',
    'links as [text](url)'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickWording(rng);
    if (rng.chance(0.3)) look.studyType = degreeAbbreviator(rng);
    const titles = pickTitles(rng);
    const sections = planSections(resume, rng);
    const setext = rng.chance(0.25); // "Name\n====" and "Experience\n----------"
    const sectionLevel = rng.pick(['##', '##', '###']);
    const entryStyle = rng.pick(['bold-line', 'bold-line', 'h3', 'role-first']);
    const bullet = rng.weighted([['- ', 4], ['* ', 2]]);
    const contactStyle = rng.pick(['line', 'list', 'lines']);
    const contactSeparator = rng.pick([' | ', ' · ', ' • ']);
    const namedLinks = rng.chance(0.5); // "[LinkedIn](https://…)" or "[linkedin.com/in/…](https://…)"
    const emoji = contactStyle === 'list' && rng.chance(0.5);
    const skillsStyle = rng.pick(['bullets', 'table', 'lines']);
    const hr = rng.chance(0.3); // a "---" rule under the header

    const basics = resume.basics;
    // Named links hide the address behind the network's name: the truth keeps the URL (the link) and the network.
    const contacts = contactItems(basics, { profileLabels: false });
    const EMOJI = { location: '📍', phone: '📞', email: '✉️', url: '🌐', profile: '🔗' };
    const contactText = (c) => {
      let text = c.text;
      if (c.kind === 'email') text = rng.chance(0.5) ? mdLink(c.text, c.href) : c.text;
      else if (c.kind === 'url') text = mdLink(namedLinks ? 'Website' : c.text, c.href);
      else if (c.kind === 'profile') text = c.href ? mdLink(namedLinks ? c.label : c.text, c.href) : c.text;
      return emoji ? `${EMOJI[c.kind]} ${text}` : text;
    };

    const heading = (text, level) => {
      if (setext && level <= 2) return [text, (level === 1 ? '=' : '-').repeat(text.length)];
      return [`${'#'.repeat(level)} ${text}`];
    };
    const sectionHeading = (text) => (setext ? heading(text, 2) : [`${sectionLevel} ${text}`]);

    const entry = (section, e) => {
      const d = describe(section, e, look);
      const title = d.titleHref ? mdLink(d.title, d.titleHref) : d.title;
      const date = d.date ? ` (${d.date})` : '';
      const place = d.place ? `, ${d.place}` : '';
      let head;
      if (entryStyle === 'h3') {
        const at = d.subtitle ? ` @ ${d.subtitle}` : '';
        head = [`${sectionLevel}# ${title}${at}`, ...(d.date || d.place ? [`*${[d.date, d.place].filter(Boolean).join(' · ')}*`] : [])];
      } else if (entryStyle === 'role-first' || !d.subtitle || !['work', 'volunteer', 'education'].includes(section)) {
        head = [`**${title}**${d.subtitle ? `, ${d.subtitle}` : ''}${place}${d.date ? ` — ${d.date}` : ''}`];
      } else {
        head = [`**${d.subtitle}** — *${title}*${place}${date}`];
      }
      const text = paragraphs(d);
      const keywords = d.keywords?.length ? [`*${look.keywordsLabel}:* ${d.keywords.join(', ')}`] : [];
      const bullets = (d.bullets ?? []).map((b) => bullet + b);
      // Paragraphs and the bullet list are blocks of their own, as Markdown needs.
      return [head.join('  \n'), ...text, ...(bullets.length ? [bullets.join('\n')] : []), ...keywords];
    };

    const skillLine = (s) => {
      const name = skillShowsName(s) ? `${s.name}${s.level ? ` (${s.level})` : ''}` : '';
      const words = (s.keywords ?? []).join(', ');
      return { name, words };
    };

    const content = (key) => {
      if (key === 'summary') return [basics.summary];
      if (key === 'skills') {
        const rows = resume.skills.map(skillLine);
        if (skillsStyle === 'table' && rows.every((r) => r.name)) {
          return [['| Area | Skills |', '| --- | --- |', ...rows.map((r) => `| ${r.name} | ${r.words} |`)].join('\n')];
        }
        const lines = rows.map((r) => (r.name && r.words ? `**${r.name}:** ${r.words}` : r.name || r.words));
        return skillsStyle === 'lines' ? [lines.join('  \n')] : [lines.map((l) => bullet + l).join('\n')];
      }
      if (key === 'languages') return [resume.languages.map(languageText).join(', ')];
      if (key === 'interests') return [resume.interests.map(interestText).join(', ')];
      return resume[key].flatMap((e) => entry(key, e));
    };

    const blocks = [];
    blocks.push(heading(basics.name ?? '', 1).join('\n'));
    if (basics.label) blocks.push(rng.chance(0.5) ? `**${basics.label}**` : `*${basics.label}*`);
    const shown = contacts.map(contactText);
    if (contactStyle === 'line') blocks.push(shown.join(contactSeparator));
    else if (contactStyle === 'lines') blocks.push(shown.join('  \n'));
    else blocks.push(shown.map((c) => bullet + c).join('\n'));
    if (hr) blocks.push('---');
    for (const key of sections) blocks.push(sectionHeading(titles[key]).join('\n'), ...content(key));

    const truth = shownTruth(resume, look, { sections, basics: ['name', 'label', ...contactKeys(contacts)] });
    return { text: `${blocks.join('\n\n')}\n`, truth };
  },
};

// ---------------------------------------------------------------- Word's built-in resume templates

const WORD_FONTS = [['Calibri', 3], ['Cambria', 1], ['Garamond', 1], ['Georgia', 1], ['Segoe UI', 1]];
const WORD_ACCENTS = ['2F5496', '1F3864', 'C45911', '538135', '7030A0', '404040', '2E74B5'];

const wordTemplate = {
  id: 'docx-d-word-template',
  family: 'docx',
  format: 'docx',
  patterns: ['name in the Title style', 'contact details in a one-row borderless table',
    'section headings in Heading 1 with a bottom border', '"Title, Company" in Heading 2, dates on a Heading 3 line',
    'bullets in the List Bullet style'],
  render(person, rng) {
    const resume = printable(person);
    const look = pickLook(resume, rng);
    if (rng.chance(0.3)) look.studyType = degreeAbbreviator(rng);
    const titles = pickTitles(rng);
    const sections = planSections(resume, rng);
    const joiner = rng.weighted([[', ', 4], [' | ', 1], [' at ', 1]]); // "Title, Company" / "Title at Company"
    const placeOnDates = rng.chance(0.6);
    const upperName = rng.chance(0.4);
    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: true });

    const entry = (key, e) => {
      const d = describe(key, e, look);
      // "at" reads only after a job title; degrees and certificates take the comma.
      const join = joiner === ' at ' && !['work', 'volunteer'].includes(key) ? ', ' : joiner;
      const lines = paragraphs(d).map((t) => [{ text: t }]);
      if (d.keywords?.length) lines.push([{ text: `${look.keywordsLabel}: `, italic: true }, { text: d.keywords.join(', ') }]);
      if (d.titleHref) lines.push([{ text: schemeless(d.titleHref), href: d.titleHref }]);
      const place = !placeOnDates && d.place ? `, ${d.place}` : '';
      return {
        title: `${[d.title, d.subtitle].filter(Boolean).join(join)}${place}` || null,
        org: null,
        dates: d.date || null,
        place: placeOnDates ? d.place || null : null,
        lines,
        bullets: (d.bullets ?? []).filter(Boolean),
      };
    };

    const section = (key) => {
      const out = { key, title: titles[key] };
      if (key === 'summary') return { ...out, paragraphs: [[{ text: basics.summary }]] };
      if (key === 'skills') {
        return {
          ...out,
          items: resume.skills.map((s) => {
            const name = skillShowsName(s) ? `${s.name}${s.level ? ` (${s.level})` : ''}` : null;
            const words = (s.keywords ?? []).join(', ');
            if (name && words) return { label: name, text: [{ text: words }] };
            return { label: null, text: [{ text: name || words }] };
          }),
        };
      }
      if (key === 'languages') return { ...out, items: resume.languages.map((l) => ({ label: null, text: [{ text: languageText(l) }] })) };
      if (key === 'interests') return { ...out, items: resume.interests.map((i) => ({ label: null, text: [{ text: interestText(i) }] })) };
      return { ...out, entries: resume[key].map((e) => entry(key, e)) };
    };

    const document = {
      name: upperName ? (basics.name ?? '').toUpperCase() : basics.name,
      label: basics.label || null,
      contactTitle: titles.contact,
      contacts: contacts.map((c) => (c.kind === 'profile' && c.value !== c.text
        ? { label: c.label, text: c.value, href: c.href ?? null }
        : { label: null, text: c.text, href: c.href ?? null })),
      sections: sections.map(section),
    };
    const font = rng.weighted(WORD_FONTS);
    const options = {
      font,
      headingFont: font === 'Calibri' ? rng.pick(['Calibri Light', 'Calibri']) : font,
      fontSize: rng.pick([10, 10.5, 11]),
      paper: look.paper === 'letter' ? 'letter' : 'a4',
      bullet: rng.weighted([['symbol', 4], ['dot', 2], ['square', 1]]),
      headingCase: rng.weighted([['caps', 3], ['as-written', 2], ['small-caps', 1]]),
      accent: rng.pick(WORD_ACCENTS),
      contactSeparator: ' | ',
      itemForm: rng.pick(['colon', 'dash']),
      underlineLinks: rng.chance(0.4),
      bulletsByStyle: true,
      pageNumbers: rng.chance(0.3),
      centered: rng.chance(0.3),
      // Where the contact table goes: under the name (Word's "Resume" templates) or above it.
      variant: rng.chance(0.25) ? 'contacts-above' : null,
    };

    const truth = shownTruth(resume, look, { sections, basics: ['name', 'label', ...contactKeys(contacts)] });
    if (upperName) nameInCapitals(truth);
    return { docx: { layout: 'word-template', options: { ...options, document } }, truth };
  },
};

export default [markdown, wordTemplate];
