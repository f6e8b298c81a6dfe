import { apiFetch } from '../../../lib/api-client'
import type { CoverLetter } from '../types'
import { coverLetterPath } from './cover-letter-paths'

/** PUT /api/v1/resumes/{id}/cover-letters/{letterId}: the edit as a new version, only on top of `baseVersion` (else 409). */
export function saveCoverLetter(resumeId: string, letterId: string, text: string, baseVersion: number): Promise<CoverLetter> {
  return apiFetch<CoverLetter>(coverLetterPath(resumeId, letterId), {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text, baseVersion }),
  })
}
