import { apiFetch } from '../../../lib/api-client'
import type { ResumeDetail, StandardFixList } from '../../../types/api'

export function fixesPath(resumeId: string): string {
  return `/api/v1/resumes/${encodeURIComponent(resumeId)}/fixes`
}

/** GET /api/v1/resumes/{id}/fixes: standardisation fixes for the current version. */
export function getFixes(resumeId: string, signal?: AbortSignal): Promise<StandardFixList> {
  return apiFetch<StandardFixList>(fixesPath(resumeId), { signal: signal ?? null })
}

/** POST /api/v1/resumes/{id}/fixes/apply: applies the chosen fixes as one new version. */
export function applyFixes(resumeId: string, ids: string[]): Promise<ResumeDetail> {
  return apiFetch<ResumeDetail>(`${fixesPath(resumeId)}/apply`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ids }),
  })
}
