// Web-page resumes opened in a word processor and saved as .docx (LibreOffice's HTML import, as Word or an online
// builder's export would do): heading styles for everything, navigation menus, labels on lines of their own.
// Each keeps its source's truth; build.mjs renders the source and converts it.

const htmlToDocx = (from, truth) => ({ id: `lo-${from}`, family: 'html', format: 'docx', from, convert: 'html-to-docx', truth });

/** A word processor ignores the page's print stylesheet, so it shows what print hides (paper hides the profiles). */
const withProfiles = (truth, resume) => (resume.basics.profiles?.length
  ? { ...truth, basics: { ...truth.basics, profiles: resume.basics.profiles } }
  : truth);

export default [
  htmlToDocx('html-web-page'),
  htmlToDocx('html-left-titles'),
  htmlToDocx('html-europass'),
  htmlToDocx('theme-paper', withProfiles),
  htmlToDocx('theme-class'),
];
