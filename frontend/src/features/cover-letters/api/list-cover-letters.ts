import { apiFetch } from '../../../lib/api-client'
import type { CoverLetterSummary } from '../types'
import { coverLettersPath } from './cover-letter-paths'

/** GET /api/v1/resumes/{id}/cover-letters: the resume’s letters, newest first. */
export async function listCoverLetters(resumeId: string, signal?: AbortSignal): Promise<CoverLetterSummary[]> {
  return (await apiFetch<{ items: CoverLetterSummary[] }>(coverLettersPath(resumeId), { signal: signal ?? null })).items
}
