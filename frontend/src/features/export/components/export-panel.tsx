import { useState } from 'react'
import { ExportFeedback } from '../../../components/export-feedback'
import { SelectField, type SelectOption } from '../../../components/select-field'
import { exportUrl, hasLayout, type ExportFormat, type ExportOptions, type ExportTemplate, type Paper } from '../../../lib/export-url'

const formats: SelectOption<ExportFormat>[] = [
  { value: 'pdf', label: 'PDF' },
  { value: 'docx', label: 'Word (.docx)' },
  { value: 'json', label: 'JSON Resume' },
  { value: 'markdown', label: 'Markdown' },
  { value: 'text', label: 'Plain text' },
]
const templates: SelectOption<ExportTemplate>[] = [
  { value: 'classic', label: 'Classic' },
  { value: 'modern', label: 'Modern' },
  { value: 'compact', label: 'Compact' },
]
const papers: SelectOption<Paper>[] = [
  { value: 'letter', label: 'US Letter' },
  { value: 'a4', label: 'A4' },
]
const layoutHintId = 'export-layout-hint'

interface ExportPanelProps {
  resumeId: string
  /** Saves pending edits first so the file has them. */
  beforeExport: () => Promise<boolean>
  /** Held by the workspace: the live preview shows the template and paper chosen here. */
  options: ExportOptions
  onOptionsChange: (options: ExportOptions) => void
}

export function ExportPanel({ resumeId, beforeExport, options, onOptionsChange: setOptions }: ExportPanelProps) {
  const [error, setError] = useState<string | null>(null)
  const [askFeedback, setAskFeedback] = useState(false)
  const layout = hasLayout(options.format)
  const layoutHint = layout ? undefined : layoutHintId
  const downloadUrl = exportUrl(resumeId, options)

  return (
    <section className="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <div className="field-grid field-grid--compact">
        <SelectField
          id="export-format"
          label="Format"
          value={options.format}
          options={formats}
          onChange={(format) => {
            setOptions({ ...options, format })
          }}
        />
        <SelectField
          id="export-template"
          label="Template"
          value={options.template}
          options={templates}
          disabled={!layout}
          describedBy={layoutHint}
          onChange={(template) => {
            setOptions({ ...options, template })
          }}
        />
        <SelectField
          id="export-paper"
          label="Paper"
          value={options.paper}
          options={papers}
          disabled={!layout}
          describedBy={layoutHint}
          onChange={(paper) => {
            setOptions({ ...options, paper })
          }}
        />
      </div>
      {!layout && (
        <p className="muted" id={layoutHintId}>
          Template and paper apply to PDF and Word only.
        </p>
      )}
      <p className="muted">The preview shows the template and paper chosen here.</p>
      <div className="panel__row">
        <a
          className="button"
          href={downloadUrl}
          download
          onClick={(event) => {
            // Save pending edits first, then download, so the file is what the user sees.
            event.preventDefault()
            void beforeExport().then((saved) => {
              if (saved) {
                window.location.assign(downloadUrl)
                setAskFeedback(true)
              } else setError('Your latest edits are not saved yet. Save them and try again.')
            })
          }}
        >
          Download {formats.find((f) => f.value === options.format)?.label ?? ''}
        </a>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {askFeedback && (
        <ExportFeedback
          onDone={() => {
            setAskFeedback(false)
          }}
        />
      )}
    </section>
  )
}
