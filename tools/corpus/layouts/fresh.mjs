// Layouts added after the parser's rules were written, held out from its tuning (split.mjs): a plain-text resume as a
// job board exports it (text-x-jobboard). The HTML ones live in html/x-*.mjs.

import {
  contactItems, contactKeys, describe, interestText, nameInCapitals, paragraphs, pickTitles, pickWording, planSections,
  printable, shownTruth, skillShowsName,
} from './html/common.mjs';
import { formatDate } from '../lib/dates.mjs';
import { mapEntries } from '../lib/truth.mjs';

// How job boards title their export's sections.
const BOARD_TITLES = {
  personal: ['Personal Information', 'Contact Information', 'Personal Details'],
  summary: ['Summary', 'Professional Summary', 'About', 'Profile'],
  work: ['Work Experience', 'Work History', 'Experience'],
  education: ['Education'],
  skills: ['Skills'],
  certificates: ['Certifications and Licenses', 'Certifications', 'Licenses & Certifications'],
  languages: ['Languages'],
  awards: ['Awards', 'Honors & Awards'],
  publications: ['Publications'],
  projects: ['Projects'],
  volunteer: ['Volunteer Experience', 'Volunteering'],
  interests: ['Interests', 'Hobbies'],
  references: ['References'],
};

/**
 * A job board's "download as text": one field per line, nothing wrapped, "Month YYYY to Present". Two shapes: the
 * stacked one (title, "Company - City", dates on their own lines; skills one per line without their groups) and a
 * profile form with a label before every field ("Job title:", "Start date:", "End date:").
 */
const textJobBoard = {
  id: 'text-x-jobboard',
  family: 'text',
  format: 'txt',
  patterns: ['job-board text export: one field per line, nothing wrapped', 'stacked entries with "Company - City"',
    'labelled profile form with separate start and end dates', 'skills one per line without group names'],
  render(person, rng) {
    const resume = printable(person);
    const shape = rng.pick(['stacked', 'form']);
    const look = pickWording(rng, {
      dateStyles: shape === 'stacked' ? ['MMMM YYYY', 'MMMM YYYY', 'MMM YYYY', 'YYYY'] : ['MM/YYYY', 'YYYY-MM', 'MMM YYYY', 'MM/YYYY'],
    });
    if (shape === 'stacked' && rng.chance(0.7)) look.rangeSeparator = ' to ';
    const present = look.present || 'Present';
    const titles = { ...pickTitles(rng), ...Object.fromEntries(Object.entries(BOARD_TITLES).map(([k, w]) => [k, rng.pick(w)])) };
    const sections = planSections(resume, rng);
    const bullet = rng.weighted([['• ', 3], ['- ', 2], ['* ', 1], ['', 1]]);
    const upperHeadings = rng.chance(shape === 'form' ? 0.7 : 0.2);
    const summaryHeading = shape === 'form' || rng.chance(0.5); // the stacked shape often puts the summary under the contacts
    const flatSkills = shape === 'stacked' && rng.chance(0.75);
    const upperName = shape === 'form' && rng.chance(0.3);
    const rule = shape === 'form' ? rng.pick(['-', '=', '']) : '';

    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: shape === 'form' || rng.chance(0.5), fullUrls: rng.chance(0.7) });
    const heading = (key) => {
      const t = upperHeadings ? titles[key].toUpperCase() : titles[key];
      return rule ? [t, rule.repeat(t.length)] : [t];
    };
    const single = (iso) => formatDate(iso, look.dateStyle);

    // ---------------------------------------------------------- the stacked shape
    const stackedEntry = (section, e) => {
      const d = describe(section, e, look);
      const out = [d.title];
      const where = [d.subtitle, d.place].filter(Boolean).join(' - ');
      if (where) out.push(where);
      if (d.date) out.push(d.date);
      if (d.titleHref) out.push(d.titleHref);
      const text = paragraphs(d);
      const bullets = (d.bullets ?? []).map((b) => bullet + b);
      if (text.length || bullets.length) out.push('', ...text, ...bullets);
      if (d.keywords?.length) out.push(`${look.keywordsLabel}: ${d.keywords.join(', ')}`);
      return out;
    };

    // ---------------------------------------------------------- the form shape
    const field = (label, value) => (value ? [`${label}: ${value}`] : []);
    const dates = (e) => [...field('Start date', single(e.startDate)),
      ...(e.startDate || e.endDate ? field('End date', e.endDate ? single(e.endDate) : present) : [])];
    const list = (label, items) => (items?.length ? [`${label}:`, ...items.map((i) => `${bullet || '  '}${i}`)] : []);
    const formEntry = (section, e) => {
      switch (section) {
        case 'work':
          return [...field('Job title', e.position), ...field('Company', e.name), ...field('Location', e.location), ...dates(e),
            ...field('Description', e.summary), ...list('Achievements', e.highlights)];
        case 'volunteer':
          return [...field('Role', e.position), ...field('Organization', e.organization), ...dates(e),
            ...field('Description', e.summary), ...list('Achievements', e.highlights)];
        case 'education':
          return [...field('School', e.institution), ...field('Degree', e.studyType), ...field('Field of study', e.area), ...dates(e),
            ...field('Grade', e.score), ...field('Courses', e.courses?.join(', '))];
        case 'projects':
          return [...field('Project', e.name), ...field('URL', e.url), ...dates(e), ...field('Description', e.description),
            ...list('Highlights', e.highlights), ...field(look.keywordsLabel, e.keywords?.join(', '))];
        case 'awards':
          return [...field('Award', e.title), ...field('Issuer', e.awarder), ...field('Date', single(e.date)), ...field('Description', e.summary)];
        case 'certificates':
          return [...field('Certification', e.name), ...field('Issuing organization', e.issuer), ...field('Issue date', single(e.date))];
        case 'publications':
          return [...field('Title', e.name), ...field('Publisher', e.publisher), ...field('Publication date', single(e.releaseDate)),
            ...field('URL', e.url), ...field('Description', e.summary)];
        case 'references':
          return [...field('Name', e.name), ...field('Reference', e.reference)];
        default:
          throw new Error(`no form for ${section}`);
      }
    };

    const skillLines = () => {
      if (flatSkills) return resume.skills.flatMap((s) => (s.keywords?.length ? s.keywords : [s.name])).map((k) => bullet + k);
      return resume.skills.map((s) => {
        const name = skillShowsName(s) ? `${s.name}${s.level ? ` (${s.level})` : ''}` : '';
        const words = (s.keywords ?? []).join(', ');
        return `${name}${name && words ? ': ' : ''}${words}`;
      });
    };

    const content = (key) => {
      if (key === 'summary') return [[basics.summary]];
      if (key === 'skills') return [skillLines()];
      if (key === 'languages') {
        return [resume.languages.map((l) => (shape === 'form'
          ? `Language: ${l.language}${l.fluency ? ` | Proficiency: ${l.fluency}` : ''}`
          : `${bullet}${l.language}${l.fluency ? ` - ${l.fluency}` : ''}`))];
      }
      if (key === 'interests') return [resume.interests.map((i) => bullet + interestText(i))];
      return resume[key].map((e) => (shape === 'form' ? formEntry(key, e) : stackedEntry(key, e)));
    };

    const name = upperName ? (basics.name ?? '').toUpperCase() : basics.name ?? '';
    const lines = [];
    if (shape === 'form') {
      const label = { location: 'Location', phone: 'Phone', email: 'Email', url: 'Website' };
      lines.push(...heading('personal'), `Name: ${name}`, ...field('Headline', basics.label),
        ...contacts.map((c) => (c.kind === 'profile' ? c.text : `${label[c.kind]}: ${c.text}`)));
    } else {
      lines.push(name, ...(basics.label ? [basics.label] : []), ...contacts.map((c) => c.text));
    }
    for (const key of sections) {
      if (key === 'summary' && !summaryHeading) {
        lines.push('', basics.summary);
        continue;
      }
      lines.push('', '', ...heading(key));
      content(key).forEach((block, i) => lines.push(...(i ? (shape === 'form' ? [''] : ['', '']) : ['']), ...block));
    }

    let truth = shownTruth(resume, look, {
      sections,
      basics: ['name', 'label', ...contactKeys(contacts)],
      fields: { interests: ['name', 'keywords'] },
    });
    if (flatSkills) truth = mapEntries(truth, 'skills', (s) => (s.keywords?.length ? { keywords: s.keywords } : { name: s.name }));
    if (upperName) nameInCapitals(truth);
    return { text: `${lines.join('\n')}\n`, truth };
  },
};
export default [textJobBoard];
