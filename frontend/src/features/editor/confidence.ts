import type { FieldConfidence } from '../../types/api'

/** Fields the parser scored below this are flagged for the user to check. */
export const unsureBelow = 0.6

/**
 * Brings the path forms a parser may use to one: "work[1].startDate".
 * Accepts "$.work[1].startDate", "work.1.startDate" and JSON pointers ("/work/1/startDate").
 */
export function normalizePath(path: string): string {
  let p = path.trim()
  if (p.startsWith('/')) p = p.slice(1).split('/').join('.')
  p = p.replace(/^\$\.?/, '')
  return p
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : part))
    .join('.')
    .replace(/\.\[/g, '[')
}

/** Path → reason, for every field the parser was unsure of. */
export type UnsureFields = ReadonlyMap<string, string>

export function findUnsureFields(confidence: readonly FieldConfidence[]): UnsureFields {
  const unsure = new Map<string, string>()
  for (const entry of confidence) {
    if (typeof entry.score !== 'number' || entry.score >= unsureBelow) continue
    const path = normalizePath(entry.path)
    if (!unsure.has(path)) unsure.set(path, entry.reason)
  }
  return unsure
}
