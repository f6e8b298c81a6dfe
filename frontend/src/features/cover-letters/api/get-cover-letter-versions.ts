import { apiFetch } from '../../../lib/api-client'
import type { CoverLetterVersionSummary } from '../types'
import { coverLetterPath } from './cover-letter-paths'

/** GET /api/v1/resumes/{id}/cover-letters/{letterId}/versions: newest first. */
export function getCoverLetterVersions(resumeId: string, letterId: string): Promise<{ current: number; items: CoverLetterVersionSummary[] }> {
  return apiFetch<{ current: number; items: CoverLetterVersionSummary[] }>(`${coverLetterPath(resumeId, letterId)}/versions`)
}
