import { apiFetch } from '../../../lib/api-client'
import type { ResumeDetail, VersionList } from '../../../types/api'
import { resumePath } from './get-resume'

export function versionsPath(id: string): string {
  return `${resumePath(id)}/versions`
}

/** GET /api/v1/resumes/{id}/versions: every saved version, newest first. */
export function getVersions(id: string, signal?: AbortSignal): Promise<VersionList> {
  return apiFetch<VersionList>(versionsPath(id), { signal: signal ?? null })
}

/** POST /api/v1/resumes/{id}/versions/{number}/restore: makes an old version current again, as a new version. */
export function restoreVersion(id: string, number: number): Promise<ResumeDetail> {
  return apiFetch<ResumeDetail>(`${versionsPath(id)}/${number}/restore`, { method: 'POST' })
}
