// Which layouts the parser was tuned on and which it was not.
//
// The parser's rules and thresholds were developed by reading the 'dev' layouts' documents and their parse
// output. The 'held-out' layouts are only ever scored in aggregate: nobody looks at their documents or at what the
// parser made of them, and they are rendered from people of their own (build.mjs), so content the rules learned from
// dev documents (titles, schools, skills) does not carry over either. Their score is the corpus's leave-out figure.

export const HELD_OUT = new Set([
  'theme-classy', 'theme-cora', 'theme-mocha-responsive', 'theme-professional', 'theme-short', 'theme-slick', 'theme-spartan',
  'html-cards', 'html-compact-centered',
  'text-aligned',
  'docx-section-columns', 'lo-docx-text-box-sidebar',
  'lo-theme-class',
]);

export const splitOf = (layoutId) => (HELD_OUT.has(layoutId) ? 'held-out' : 'dev');
