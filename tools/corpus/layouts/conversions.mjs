// Web-page resumes opened in a word processor and saved as .docx (LibreOffice's HTML import, as Word or an online
// builder's export would do): heading styles for everything, navigation menus, labels on lines of their own.
// Each keeps its source's truth; build.mjs renders the source and converts it.

const htmlToDocx = (from) => ({ id: `lo-${from}`, family: 'html', format: 'docx', from, convert: 'html-to-docx' });

export default [
  htmlToDocx('html-web-page'),
  htmlToDocx('html-left-titles'),
  htmlToDocx('html-europass'),
  htmlToDocx('theme-paper'),
  htmlToDocx('theme-class'),
];
