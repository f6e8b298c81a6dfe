import { apiUrl } from './api-client'

export type ExportFormat = 'pdf' | 'docx' | 'json' | 'markdown' | 'text'
export type ExportTemplate = 'classic' | 'modern' | 'compact'
export type Paper = 'letter' | 'a4'

export interface ExportOptions {
  format: ExportFormat
  template: ExportTemplate
  paper: Paper
}

export const defaultExportOptions: ExportOptions = { format: 'pdf', template: 'classic', paper: 'letter' }

/** Only the paged formats have a layout to choose. */
export function hasLayout(format: ExportFormat): boolean {
  return format === 'pdf' || format === 'docx'
}

/** GET /api/v1/resumes/{id}/export?format=…: the server names the file (e.g. Jane-Doe-Resume.pdf). */
export function exportUrl(resumeId: string, options: ExportOptions, inline = false): string {
  const params = new URLSearchParams({ format: options.format })
  if (hasLayout(options.format)) {
    params.set('template', options.template)
    params.set('paper', options.paper)
  }
  if (inline) params.set('disposition', 'inline')
  return apiUrl(`/api/v1/resumes/${encodeURIComponent(resumeId)}/export?${params.toString()}`)
}
