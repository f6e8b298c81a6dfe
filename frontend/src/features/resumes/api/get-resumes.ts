import { apiFetch } from '../../../lib/api-client'
import type { ResumeList } from '../../../types/api'

export const resumesPath = '/api/v1/resumes'

/** GET /api/v1/resumes: the resumes in this workspace. */
export function getResumes(signal?: AbortSignal): Promise<ResumeList> {
  return apiFetch<ResumeList>(resumesPath, { signal: signal ?? null })
}
