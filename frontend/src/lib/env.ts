// Build-time settings, checked once at start-up so a bad value fails loudly and names itself.

/** VITE_API_URL as a base for API paths: empty (same origin) or an absolute http(s) URL without a trailing slash. */
export function readApiBase(raw: unknown): string {
  if (raw === undefined || raw === '') return ''
  if (typeof raw !== 'string') throw new Error('VITE_API_URL must be a string.')
  try {
    const url = new URL(raw)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)')
  } catch {
    throw new Error(`VITE_API_URL must be an absolute http(s) URL or empty; got "${raw}".`)
  }
  return raw.replace(/\/+$/, '')
}

/** Where the API lives. Empty means the same origin that served the app (the normal deployment). */
export const apiBaseUrl: string = readApiBase(import.meta.env.VITE_API_URL)
