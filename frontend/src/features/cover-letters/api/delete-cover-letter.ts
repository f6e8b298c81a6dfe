import { apiFetch } from '../../../lib/api-client'
import { coverLetterPath } from './cover-letter-paths'

/** DELETE /api/v1/resumes/{id}/cover-letters/{letterId}: the letter and every version of it. */
export async function deleteCoverLetter(resumeId: string, letterId: string): Promise<void> {
  await apiFetch<undefined>(coverLetterPath(resumeId, letterId), { method: 'DELETE' })
}
