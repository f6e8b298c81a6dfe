import { useState } from 'react'
import { exportUrl, hasLayout, type ExportFormat, type ExportOptions, type ExportTemplate, type Paper } from '../export-url'

const formats: { value: ExportFormat; label: string }[] = [
  { value: 'pdf', label: 'PDF' },
  { value: 'docx', label: 'Word (.docx)' },
  { value: 'json', label: 'JSON Resume' },
  { value: 'markdown', label: 'Markdown' },
  { value: 'text', label: 'Plain text' },
]
const templates: { value: ExportTemplate; label: string }[] = [
  { value: 'classic', label: 'Classic' },
  { value: 'modern', label: 'Modern' },
  { value: 'compact', label: 'Compact' },
]
const papers: { value: Paper; label: string }[] = [
  { value: 'letter', label: 'US Letter' },
  { value: 'a4', label: 'A4' },
]

interface ExportPanelProps {
  resumeId: string
  /** Saves pending edits first so the file has them. */
  beforeExport: () => Promise<boolean>
}

export function ExportPanel({ resumeId, beforeExport }: ExportPanelProps) {
  const [options, setOptions] = useState<ExportOptions>({ format: 'pdf', template: 'classic', paper: 'letter' })
  const [preview, setPreview] = useState<{ url: string; attempt: number } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const layout = hasLayout(options.format)
  const downloadUrl = exportUrl(resumeId, options)

  async function showPreview() {
    setError(null)
    if (!(await beforeExport())) {
      setError('Your latest edits are not saved yet, so the preview would be out of date. Save them and try again.')
      return
    }
    // A new attempt number remounts the frame, so "Refresh" reloads even when the address is the same.
    setPreview((current) => ({ url: exportUrl(resumeId, { ...options, format: 'pdf' }, true), attempt: (current?.attempt ?? 0) + 1 }))
  }

  return (
    <section className="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <div className="field-grid field-grid--compact">
        <div className="field">
          <label htmlFor="export-format">Format</label>
          <select
            id="export-format"
            className="input"
            value={options.format}
            onChange={(event) => {
              setOptions({ ...options, format: event.target.value as ExportFormat })
            }}
          >
            {formats.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="export-template">Template</label>
          <select
            id="export-template"
            className="input"
            value={options.template}
            disabled={!layout}
            aria-describedby={layout ? undefined : 'export-layout-hint'}
            onChange={(event) => {
              setOptions({ ...options, template: event.target.value as ExportTemplate })
            }}
          >
            {templates.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="export-paper">Paper</label>
          <select
            id="export-paper"
            className="input"
            value={options.paper}
            disabled={!layout}
            aria-describedby={layout ? undefined : 'export-layout-hint'}
            onChange={(event) => {
              setOptions({ ...options, paper: event.target.value as Paper })
            }}
          >
            {papers.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {!layout && (
        <p className="muted" id="export-layout-hint">
          Template and paper apply to PDF and Word only.
        </p>
      )}
      <div className="panel__row">
        <a
          className="button"
          href={downloadUrl}
          download
          onClick={(event) => {
            // Save pending edits first, then download, so the file is what the user sees.
            event.preventDefault()
            void beforeExport().then((saved) => {
              if (saved) window.location.assign(downloadUrl)
              else setError('Your latest edits are not saved yet. Save them and try again.')
            })
          }}
        >
          Download {formats.find((f) => f.value === options.format)?.label ?? ''}
        </a>
        <button type="button" className="button button--secondary" onClick={() => void showPreview()}>
          {preview ? 'Refresh PDF preview' : 'Preview PDF'}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {preview && <iframe key={preview.attempt} className="pdf-preview" title="PDF preview" src={preview.url} />}
    </section>
  )
}
