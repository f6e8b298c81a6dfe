import { apiFetch } from '../../../lib/api-client'
import type { CoverLetter } from '../types'
import { coverLetterPath } from './cover-letter-paths'

/** GET /api/v1/resumes/{id}/cover-letters/{letterId}[?version=n]: the letter at its current (or a given) version. */
export function getCoverLetter(resumeId: string, letterId: string, version?: number, signal?: AbortSignal): Promise<CoverLetter> {
  const query = version === undefined ? '' : `?version=${String(version)}`
  return apiFetch<CoverLetter>(`${coverLetterPath(resumeId, letterId)}${query}`, { signal: signal ?? null })
}
