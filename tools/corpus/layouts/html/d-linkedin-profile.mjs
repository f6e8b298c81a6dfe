// LinkedIn's "Save to PDF" profile (issue 23): a grey sidebar on the left with Contact, Top Skills, Languages,
// Certifications (and sometimes Honors-Awards) under small headings; the main column opens with the name, the
// headline and the place, then Summary, Experience (company in bold, the title under it, "January 2020 - Present
// (4 years 11 months)", the place, then the description as written) and Education ("Degree, Field · (2012 - 2016)").
// Written from how the public profile PDF is laid out, not from any real person's file; the people are invented.

import { contactItems, contactKeys, esc, htmlPage, link, pickLook, printable, shownTruth } from './common.mjs';
import { formatDate } from '../../lib/dates.mjs';

// The PDF is made on a fixed day; "Present" durations count to it, so every build prints the same text.
const MADE_ON = { year: 2026, month: 12 };

/** "4 years 11 months", "1 year", "8 months", as LinkedIn prints a role's length (its first month counts). */
function duration(start, end) {
  const [sy, sm = 1] = String(start).split('-').map(Number);
  const [ey, em = 12] = end ? String(end).split('-').map(Number) : [MADE_ON.year, MADE_ON.month];
  const months = Math.max(1, (ey - sy) * 12 + (em - sm) + 1);
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return [years && `${years} year${years > 1 ? 's' : ''}`, rest && `${rest} month${rest > 1 ? 's' : ''}`].filter(Boolean).join(' ');
}

export default {
  id: 'html-d-linkedin-profile',
  family: 'html',
  format: 'pdf',
  patterns: ['LinkedIn "Save to PDF" profile: grey sidebar with Contact, Top Skills, Languages, Certifications',
    'company over title, "Month YYYY - Present (n years m months)" and place on lines of their own',
    'education as "Degree, Field · (YYYY - YYYY)"', '"Page 1 of 2" footers'],
  render(person, rng) {
    const resume = printable(person);
    // LinkedIn prints in one font, size and look for everyone.
    const look = { ...pickLook(resume, rng, { fonts: [0], bullets: [['•', 1]] }), paper: 'letter', margin: 0, fontSize: 10,
      dateStyle: 'MMMM YYYY', present: 'Present', rangeSeparator: ' - ' };
    const basics = resume.basics;
    const contacts = contactItems(basics, { profileLabels: false });
    const place = contacts.find((c) => c.kind === 'location');
    const sideContacts = contacts.filter((c) => c.kind !== 'location' && (c.kind !== 'phone' || rng.chance(0.5)));
    const network = (c) => (c.kind === 'profile' ? ` (${c.label})` : c.kind === 'url' ? ' (Personal)' : '');

    const topSkills = (resume.skills ?? []).flatMap((s) => (s.keywords?.length ? s.keywords : [s.name])).filter(Boolean).slice(0, 3);
    const languages = resume.languages ?? [];
    const certificates = (resume.certificates ?? []).slice(0, 5);
    const honors = rng.chance(0.4) ? (resume.awards ?? []).slice(0, 3) : [];
    const sections = ['summary', 'work', 'education', 'skills', 'languages', 'certificates', 'awards']
      .filter((k) => (k === 'summary' ? basics.summary : k === 'skills' ? topSkills.length : k === 'certificates' ? certificates.length
        : k === 'awards' ? honors.length : resume[k]?.length));

    const side = [
      `<h2>Contact</h2>${sideContacts.map((c) => `<p class="c">${link(c.href, c.value ?? c.text)}${esc(network(c))}</p>`).join('')}`,
      topSkills.length ? `<h2>Top Skills</h2>${topSkills.map((s) => `<p>${esc(s)}</p>`).join('')}` : '',
      languages.length ? `<h2>Languages</h2>${languages.map((l) => `<p>${esc(l.language)}${l.fluency ? ` <span class="lv">(${esc(l.fluency)})</span>` : ''}</p>`).join('')}` : '',
      certificates.length ? `<h2>Certifications</h2>${certificates.map((c) => `<p>${esc(c.name)}</p>`).join('')}` : '',
      honors.length ? `<h2>Honors-Awards</h2>${honors.map((a) => `<p>${esc(a.title)}</p>`).join('')}` : '',
    ].join('');

    const work = (resume.work ?? []).map((e) => {
      const range = `${formatDate(e.startDate, look.dateStyle)} - ${e.endDate ? formatDate(e.endDate, look.dateStyle) : 'Present'}`;
      const length = e.startDate ? ` (${duration(e.startDate, e.endDate)})` : '';
      const text = [e.summary, ...(e.highlights ?? []).map((h) => `• ${h}`)].filter(Boolean);
      return `<div class="entry keep"><p class="org">${esc(e.name ?? '')}</p><p class="title">${esc(e.position ?? '')}</p>
<p class="muted">${e.startDate ? esc(range + length) : ''}</p>${e.location ? `<p class="muted">${esc(e.location)}</p>` : ''}
${text.map((t) => `<p class="desc">${esc(t)}</p>`).join('')}</div>`;
    }).join('');
    const education = (resume.education ?? []).map((e) => {
      const degree = [e.studyType, e.area].filter(Boolean).join(', ');
      const years = e.startDate || e.endDate
        ? ` · (${[e.startDate, e.endDate].filter(Boolean).map((d) => formatDate(d, 'YYYY')).join(' - ')})` : '';
      return `<div class="entry keep"><p class="org">${esc(e.institution ?? '')}</p><p>${esc(degree)}${esc(years)}</p></div>`;
    }).join('');

    const main = `<h1>${esc(basics.name)}</h1>${basics.label ? `<p class="headline">${esc(basics.label)}</p>` : ''}
${place ? `<p class="place">${esc(place.text)}</p>` : ''}
${basics.summary ? `<h2>Summary</h2><p>${esc(basics.summary)}</p>` : ''}
${work ? `<h2>Experience</h2>${work}` : ''}
${education ? `<h2>Education</h2>${education}` : ''}`;

    const css = `
@page { size: letter; margin: 0; @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt ${look.font}; color: #666; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${look.font}; font-size: 10pt; line-height: 1.3; color: #000; }
h1, h2, p { margin: 0; }
a { color: inherit; text-decoration: none; }
.bg { position: fixed; top: 0; bottom: 0; left: 0; width: 31%; background: #e1e9ee; }
.page { display: grid; grid-template-columns: 31% 1fr; position: relative; }
aside, main { box-decoration-break: clone; -webkit-box-decoration-break: clone; min-width: 0; padding: 14mm 6mm 16mm; }
aside { font-size: 9.5pt; overflow-wrap: anywhere; }
aside h2 { font-size: 12pt; font-weight: normal; color: #000; margin: 1.2em 0 0.4em; }
aside h2:first-child { margin-top: 0; }
aside p { margin-bottom: 0.25em; }
main { padding-left: 8mm; padding-right: 12mm; }
main h1 { font-size: 24pt; font-weight: normal; }
.headline { font-size: 11.5pt; margin-top: 0.2em; }
.place { color: #666; margin-top: 0.2em; }
main h2 { font-size: 15pt; font-weight: normal; margin: 1.1em 0 0.4em; }
.entry { margin-bottom: 0.9em; }
.keep { break-inside: avoid; }
.org { font-weight: bold; font-size: 11pt; }
.title { font-size: 10.5pt; }
.muted { color: #666; }
.desc { margin-top: 0.25em; }
.lv { color: #333; }`;

    let truth = shownTruth(resume, look, {
      sections,
      basics: ['name', 'label', ...contactKeys([...sideContacts, ...(place ? [place] : [])])],
      fields: { skills: ['keywords'], languages: ['language', 'fluency'], certificates: ['name'], awards: ['title'],
        education: ['institution', 'studyType', 'area', 'startDate', 'endDate'] },
    });
    // Only the three top skills, one group; education prints years only; only the printed certificates and honours.
    truth = { ...truth, skills: topSkills.length ? [{ keywords: topSkills }] : undefined };
    if (truth.certificates) truth.certificates = truth.certificates.slice(0, certificates.length);
    if (truth.awards) truth.awards = truth.awards.slice(0, honors.length);
    for (const e of truth.education ?? []) {
      for (const k of ['startDate', 'endDate']) if (e[k]) e[k] = e[k].slice(0, 4);
    }
    if (!truth.skills) delete truth.skills;
    const body = `<div class="bg"></div>\n<div class="page"><aside>${side}</aside><main>${main}</main></div>`;
    return { html: htmlPage({ title: `${basics.name} - LinkedIn`, css, body }), truth };
  },
};
