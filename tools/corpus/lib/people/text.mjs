// Template filling (syntax in data/common.mjs), place tags on list entries, and small string helpers.

/** A list entry's place tag: " @US/CA", " @!US", or " @US:Boston" for an employer in a known city. */
export const TAG = /\s@(!?)([A-Z]{2}(?:\/[A-Z]{2})*)(?::(.+))?$/;

/** Whether a string suits a place (a country, or a US state or Canadian province): untagged ones suit everywhere. */
export function suits(text, keys) {
  const m = TAG.exec(text);
  if (!m) return true;
  const hit = m[2].split('/').some((k) => keys.includes(k));
  return m[1] ? !hit : hit;
}

/** A list entry without its place tag or specialty mark. */
export const untag = (text) => text.replace(TAG, '').replace(/ #\w+$/, '');

/** The entries of a list that suit a place, without their tags. */
export const local = (list, ...keys) => (list ?? []).filter((s) => suits(s, keys)).map(untag);

/** A value given as a list, or as lists keyed by country with '*' as the default. */
export const forCountry = (value, cc) => (Array.isArray(value) ? value : value?.[cc] ?? value?.['*'] ?? []);

/** A specialist institution's mark, before any tag: " #hospitality" for a college, " #tech" for a university. */
export const SPECIALTY = / #(\w+)(?=( @\w+)?$)/;

/** Fills a template (see data/common.mjs): innermost braces first, so choices can hold numbers and variables. */
export function fill(rng, text, vars) {
  const used = new Set();
  let out = text;
  for (let pass = 0; out.includes('{'); pass++) {
    if (pass > 12) throw new Error(`template does not resolve: ${text}`);
    out = out.replace(/\{([^{}]*)\}/g, (_, body) => slot(rng, body, vars, used));
  }
  return articles(out);
}

/** "a" or "an" by sound, since templates cannot know what a slot will hold: "an 8-week", "an HVAC", "a user". */
function articles(text) {
  return text.replace(/\b([Aa])n? (?=([\w’'-]+))/g, (_, a, word) => {
    const vowelSound = /^(8|11(?![\d.])|18(?![\d.])|11,\d|18,\d)/.test(word)
      || (/^[aeiou]/i.test(word) && !/^(u[b-df-hj-np-tv-z][aeiouy]|one|once|eu)/i.test(word) && !/^U[A-Z]/.test(word))
      || /^(hour|honest|honou?r|heir)/i.test(word)
      || /^[AEFHILMNORSX][A-Z0-9]+\b/.test(word);
    return `${a}${vowelSound ? 'n' : ''} `;
  });
}

function slot(rng, body, vars, used) {
  if (body.includes('|')) return rng.pick(body.split('|'));
  let m;
  if ((m = /^#(\d+)-(\d+)(?:\/(\d+))?$/.exec(body))) return amount(rng, +m[1], +m[2], +(m[3] || 1));
  if ((m = /^%(\d+)-(\d+)$/.exec(body))) return `${rng.int(+m[1], +m[2])}%`;
  if ((m = /^\$([\d.]+)-([\d.]+)$/.exec(body))) return `${vars.cur ?? '$'}${money(rng, m[1], m[2])}`;
  return variable(rng, body, vars, used);
}

/** A variable's value; {Name} capitalises {name}; a list gives a value not yet used in the same text. */
function variable(rng, name, vars, used) {
  let value = vars[name];
  let capital = false;
  if (value === undefined && /^[A-Z]/.test(name)) {
    value = vars[name[0].toLowerCase() + name.slice(1)];
    capital = true;
  }
  if (value === undefined) throw new Error(`no template variable {${name}}`);
  if (typeof value === 'function') value = value();
  if (Array.isArray(value)) {
    const fresh = value.filter((v) => !used.has(v));
    value = rng.pick(fresh.length ? fresh : value);
    used.add(value);
  }
  value = fill(rng, String(value), vars);
  return capital ? value[0].toUpperCase() + value.slice(1) : value;
}

const grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Rounds big numbers the way people write them: "12,000", not "12,347". */
function roundish(n) {
  if (n >= 10000) {
    const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
    return Math.round(n / unit) * unit;
  }
  return n >= 1000 ? Math.round(n / 50) * 50 : n;
}

const amount = (rng, a, b, step) => grouped(roundish(rng.int(Math.ceil(a / step), Math.floor(b / step)) * step));

function money(rng, a, b) {
  if (a.includes('.') || b.includes('.')) return (+a + rng.next() * (b - a)).toFixed(1).replace(/\.0$/, '');
  return grouped(roundish(rng.int(+a, +b)));
}

/** Fills a postal or phone pattern: '#' digit, '%' digit 2-9, '@' letter, '{a|b}' a choice. */
export function pattern(rng, text) {
  return text
    .replace(/\{([^{}]*)\}/g, (_, body) => rng.pick(body.split('|')))
    .replace(/[#%@]/g, (c) => (c === '#' ? String(rng.int(0, 9)) : c === '%' ? String(rng.int(2, 9)) : rng.pick('ABDEFGHJKLMNPRSTUWXY')));
}

export const capitalise = (s) => s[0].toUpperCase() + s.slice(1);

/** n characters drawn from an alphabet, for ids such as badge or profile codes. */
export const randomChars = (rng, alphabet, n) => Array.from({ length: n }, () => rng.pick(alphabet)).join('');

export const slug = (s) => ascii(s).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** ASCII letters for e-mail addresses and handles: "Łukasz Wójcik" → "Lukasz Wojcik", German "Müller" → "Mueller". */
export function ascii(s, umlautAsE = false) {
  let out = s;
  if (umlautAsE) out = out.replace(/[äöüÄÖÜ]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' })[c]);
  return out
    .replace(/ß/g, 'ss').replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L')).replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/æ/g, 'ae').replace(/Æ/g, 'Ae').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D')).replace(/ı/g, 'i').replace(/œ/g, 'oe')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export const plainLetters = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');

/** Drops absent fields, so the JSON never carries undefined, null or empty strings. */
export function compact(obj) {
  const out = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) continue;
    out[k] = v;
  }
  return out;
}
