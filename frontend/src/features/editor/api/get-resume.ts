import { apiFetch } from '../../../lib/api-client'
import type { ResumeDetail } from '../../../types/api'

export function resumePath(id: string): string {
  return `/api/v1/resumes/${encodeURIComponent(id)}`
}

/** GET /api/v1/resumes/{id}: one resume with the parser's confidence per field. */
export function getResume(id: string, signal?: AbortSignal): Promise<ResumeDetail> {
  return apiFetch<ResumeDetail>(resumePath(id), { signal: signal ?? null })
}

/** Where the originally uploaded file can be downloaded. */
export function resumeFilePath(id: string): string {
  return `${resumePath(id)}/file`
}
