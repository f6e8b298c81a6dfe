import { useDebouncedValue } from '../../../lib/use-debounced-value'
import { exportUrl, type ExportTemplate, type Paper } from '../../../lib/export-url'

/** How long the saved version must stay put before the preview reloads: typing saves often, a PDF is slow to render. */
export const previewDelayMs = 1500

interface ResumePreviewProps {
  resumeId: string
  /** The last saved version: the preview shows what the server would export now. */
  version: number
  template: ExportTemplate
  paper: Paper
  /** True while edits are not saved yet, so the preview is behind. */
  behind: boolean
}

/** The inline PDF export in a frame, reloaded shortly after each save. */
export function ResumePreview({ resumeId, version, template, paper, behind }: ResumePreviewProps) {
  const shownVersion = useDebouncedValue(version, previewDelayMs)
  const pdfUrl = exportUrl(resumeId, { format: 'pdf', template, paper }, true)
  // The version in the address makes the browser fetch again after a save; the server ignores it.
  const frameUrl = `${pdfUrl}&version=${shownVersion}`
  return (
    <div className="resume-preview">
      <p className="resume-preview__status muted">
        {behind || shownVersion !== version ? 'The preview will update after your changes are saved.' : `Showing version ${shownVersion}.`}
      </p>
      <iframe className="pdf-preview resume-preview__frame" title="Preview of your resume as a PDF" src={frameUrl} />
      <p>
        <a href={frameUrl} target="_blank" rel="noreferrer">
          Open PDF in a new tab
        </a>
      </p>
    </div>
  )
}
