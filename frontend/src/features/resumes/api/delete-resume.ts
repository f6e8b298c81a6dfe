import { apiFetch } from '../../../lib/api-client'
import { resumePath } from './get-resume'

/** DELETE /api/v1/resumes/{id}: removes the resume and its file for good. */
export async function deleteResume(id: string): Promise<void> {
  await apiFetch<undefined>(resumePath(id), { method: 'DELETE' })
}
