// How layouts print JSON Resume's ISO dates ("2020-03", "2020-03-15", "2020"), and what the truth keeps of them.

const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The date styles resumes use. Each prints a year; all but 'YYYY' print the month too. */
export const DATE_STYLES = ['MMM YYYY', 'MMMM YYYY', 'MMM. YYYY', 'MM/YYYY', 'M/YYYY', 'MM.YYYY', 'YYYY-MM', "MMM 'YY", 'YYYY'];

/** Styles that keep the month, for layouts that must show it. */
export const MONTH_STYLES = DATE_STYLES.filter((s) => s !== 'YYYY');

export function parseIso(iso) {
  const m = /^(\d{4})(?:-(\d{1,2}))?/.exec(iso || '');
  return m ? { year: Number(m[1]), month: m[2] ? Number(m[2]) : null } : null;
}

/** Prints one ISO date in a style; a date without a month prints its year alone whatever the style. */
export function formatDate(iso, style) {
  const d = parseIso(iso);
  if (!d) return '';
  if (d.month === null || style === 'YYYY') return String(d.year);
  const mm = String(d.month).padStart(2, '0');
  switch (style) {
    case 'MMM YYYY': return `${SHORT[d.month - 1]} ${d.year}`;
    case 'MMMM YYYY': return `${LONG[d.month - 1]} ${d.year}`;
    case 'MMM. YYYY': return `${SHORT[d.month - 1]}${d.month === 5 ? '' : '.'} ${d.year}`;
    case 'MM/YYYY': return `${mm}/${d.year}`;
    case 'M/YYYY': return `${d.month}/${d.year}`;
    case 'MM.YYYY': return `${mm}.${d.year}`;
    case 'YYYY-MM': return `${d.year}-${mm}`;
    case "MMM 'YY": return `${SHORT[d.month - 1]} '${String(d.year).slice(2)}`;
    default: throw new Error(`unknown date style ${style}`);
  }
}

/**
 * Prints a start–end range. An empty end is ongoing and prints `present` ("Present", "Current", "Now", ...);
 * a range without a start prints the end alone.
 */
export function formatRange(start, end, style, { separator = ' – ', present = 'Present' } = {}) {
  const s = formatDate(start, style);
  const e = end ? formatDate(end, style) : present;
  if (!s) return end ? e : '';
  return `${s}${separator}${e}`;
}

/** What the truth keeps of a date printed in `style`: the year alone for 'YYYY', the ISO month otherwise. */
export function shownDate(iso, style) {
  const d = parseIso(iso);
  if (!d) return iso;
  if (d.month === null || style === 'YYYY') return String(d.year);
  return `${d.year}-${String(d.month).padStart(2, '0')}`;
}
