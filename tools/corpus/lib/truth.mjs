// Truth projections: a layout's truth is the person's JSON Resume reduced to what the document shows.

import { shownDate } from './dates.mjs';

export const SECTIONS = ['work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills', 'languages',
  'interests', 'references', 'projects'];

const DATED = {
  work: ['startDate', 'endDate'],
  volunteer: ['startDate', 'endDate'],
  education: ['startDate', 'endDate'],
  projects: ['startDate', 'endDate'],
  awards: ['date'],
  certificates: ['date'],
  publications: ['releaseDate'],
};

export const clone = (x) => structuredClone(x);

/** Keeps only the listed sections (and basics). */
export function onlySections(resume, keep) {
  const out = clone(resume);
  for (const s of SECTIONS) if (!keep.includes(s)) delete out[s];
  return out;
}

/** Drops the listed sections. */
export function withoutSections(resume, drop) {
  const out = clone(resume);
  for (const s of drop) delete out[s];
  return out;
}

/** Rewrites every date of the listed sections as printed in `style` (see dates.mjs shownDate). */
export function datesAsShown(resume, style, sections = Object.keys(DATED)) {
  const out = clone(resume);
  for (const s of sections) {
    for (const entry of out[s] || []) {
      for (const key of DATED[s] || []) {
        if (entry[key]) entry[key] = shownDate(entry[key], style);
      }
    }
  }
  return out;
}

/** Applies `fn(entry)` to every entry of a section, returning a new resume. */
export function mapEntries(resume, section, fn) {
  const out = clone(resume);
  if (out[section]) out[section] = out[section].map((e) => fn(clone(e)));
  return out;
}

/** Removes basics fields a layout does not print (e.g. 'url', 'phone', 'location', 'profiles'). */
export function withoutBasics(resume, fields) {
  const out = clone(resume);
  for (const f of fields) delete out.basics[f];
  return out;
}

/** Keeps only the listed fields of each entry of a section: what a layout prints of it. */
export function keepFields(resume, section, keys) {
  return mapEntries(resume, section, (e) => Object.fromEntries(keys.filter((k) => k in e).map((k) => [k, e[k]])));
}

/** Keeps only the listed basics fields; 'location.city' keeps one part of the location. */
export function keepBasics(resume, keys) {
  const out = clone(resume);
  const basics = {};
  for (const key of keys) {
    const [field, part] = key.split('.');
    const value = resume.basics?.[field];
    if (value === undefined) continue;
    if (part === undefined) basics[field] = clone(value);
    else if (value[part] !== undefined) basics[field] = { ...basics[field], [part]: value[part] };
  }
  out.basics = basics;
  return out;
}
