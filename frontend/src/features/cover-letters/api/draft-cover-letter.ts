import { apiFetch } from '../../../lib/api-client'
import type { CoverLetter, CoverLetterRequest } from '../types'
import { coverLettersPath } from './cover-letter-paths'

/** POST /api/v1/resumes/{id}/cover-letters: the offline draft now; with AI on, the AI's letter later as a new version. */
export function draftCoverLetter(resumeId: string, request: CoverLetterRequest): Promise<CoverLetter> {
  return apiFetch<CoverLetter>(coverLettersPath(resumeId), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  })
}
