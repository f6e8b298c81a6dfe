import { apiFetch } from '../../../lib/api-client'
import { resumesPath } from './get-resumes'

/** DELETE /api/v1/resumes/{id}: removes the resume and its file for good. */
export async function deleteResume(id: string): Promise<void> {
  await apiFetch<undefined>(`${resumesPath}/${encodeURIComponent(id)}`, { method: 'DELETE' })
}

/** DELETE /api/v1/workspace: removes every resume, version, analysis and file in this workspace. */
export async function deleteWorkspace(): Promise<void> {
  await apiFetch<undefined>('/api/v1/workspace', { method: 'DELETE' })
}
