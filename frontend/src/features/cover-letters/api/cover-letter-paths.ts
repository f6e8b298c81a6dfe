import { apiUrl } from '../../../lib/api-client'
import type { ExportTemplate, Paper } from '../../../lib/export-url'

export function coverLettersPath(resumeId: string): string {
  return `/api/v1/resumes/${encodeURIComponent(resumeId)}/cover-letters`
}

export function coverLetterPath(resumeId: string, letterId: string): string {
  return `${coverLettersPath(resumeId)}/${encodeURIComponent(letterId)}`
}

/** GET …/cover-letters/{letterId}/export?format=pdf|docx: the server names the file (Jane-Doe-Cover-Letter.pdf). */
export function coverLetterExportUrl(resumeId: string, letterId: string, format: 'pdf' | 'docx', template: ExportTemplate, paper: Paper): string {
  const params = new URLSearchParams({ format, template, paper })
  return apiUrl(`${coverLetterPath(resumeId, letterId)}/export?${params.toString()}`)
}
