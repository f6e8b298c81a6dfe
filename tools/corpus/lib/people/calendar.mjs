// Months as integers, the corpus's fixed "today", and ISO dates as precise as a person writes them.

/** The corpus's "today", fixed so output never depends on the clock. Dates are months counted from year 0. */
export const NOW = 2025 * 12 + 5; // June 2025

export const toMonth = (year, month) => year * 12 + month - 1;

export const yearOf = (m) => Math.floor(m / 12);

export const monthOf = (m) => (m % 12) + 1;

/** An ISO date for a month, as precise as the person writes dates. */
export function iso(rng, m, precision) {
  const y = yearOf(m);
  const mm = String(monthOf(m)).padStart(2, '0');
  if (precision === 'year') return String(y);
  if (precision === 'month') return `${y}-${mm}`;
  return `${y}-${mm}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

/** The last month in which an academic year ended, at or before month m. */
export function lastGraduation(m, endMonth) {
  const y = monthOf(m) >= endMonth ? yearOf(m) : yearOf(m) - 1;
  return toMonth(y, endMonth);
}

/** The academic start month nearest to m. */
export function nearestStart(m, startMonth) {
  const candidates = [yearOf(m) - 1, yearOf(m), yearOf(m) + 1].map((y) => toMonth(y, startMonth));
  return candidates.reduce((best, c) => (Math.abs(c - m) < Math.abs(best - m) ? c : best));
}

/** A month between two others, for dating certificates, awards and the like. */
export const between = (rng, from, to) => rng.int(Math.min(from, to), Math.max(from, to));
