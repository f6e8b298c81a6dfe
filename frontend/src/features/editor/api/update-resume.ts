import { apiFetch } from '../../../lib/api-client'
import type { ResumeDetail } from '../../../types/api'
import type { JsonResume } from '../../../types/json-resume'
import { resumePath } from './get-resume'

/** PUT /api/v1/resumes/{id}: saves an edited resume as a new version. */
export function updateResume(id: string, resume: JsonResume): Promise<ResumeDetail> {
  return apiFetch<ResumeDetail>(resumePath(id), {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(resume),
  })
}
