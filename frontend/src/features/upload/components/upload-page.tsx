import { useEffect, useId, useRef, useState } from 'react'
import { ProgressBar } from '../../../components/progress-bar'
import { ApiError, errorMessage, isAbort } from '../../../lib/api-client'
import { fallbackConfig } from '../../../lib/client-config'
import { useClientConfig } from '../../../lib/client-config-provider'
import { formatBytes, formatTimestamp } from '../../../lib/format'
import { Link, navigate } from '../../../lib/router'
import { useDocumentTitle } from '../../../lib/use-document-title'
import type { AppConfig, DuplicateOf, ImportProblem } from '../../../types/api'
import { type ReadingProgress, uploadResume } from '../api/upload-resume'
import { describeExtensions, extensionOf, validateFile } from '../validate-file'
import { DropZone } from './drop-zone'
import { PrivacyNote } from './privacy-note'

type UploadState =
  | { step: 'idle' }
  | { step: 'invalid'; message: string }
  | { step: 'uploading'; fileName: string; percent: number; reading?: ReadingProgress }
  | { step: 'failed'; fileName: string; message: string; problems: ImportProblem[] }
  | { step: 'duplicate'; file: File; existing: DuplicateOf }

export function UploadPage() {
  useDocumentTitle('Upload your resume')
  const config = useClientConfig()
  const limits = config.status === 'success' ? config.data : fallbackConfig

  return (
    <>
      <h1>Upload your resume</h1>
      <p className="lead">
        We read your resume and lay it out section by section, so you can check what a recruiter’s software sees.
        A scan or a photo of a printed resume works too: we read it with text recognition (OCR).
      </p>
      {/* The drop zone shows at once with the usual limits (the server enforces its own anyway), so the page
          does not jump when the server's answer arrives. */}
      <Uploader config={limits} />
      <PrivacyNote retentionDays={limits.retentionDays} />
      <p className="muted">
        Uploaded before? <Link to="/resumes">See my resumes</Link>.
      </p>
    </>
  )
}

function Uploader({ config }: { config: AppConfig }) {
  const limitsId = useId()
  const [state, setState] = useState<UploadState>({ step: 'idle' })
  const abortRef = useRef<AbortController | null>(null)

  // Cancel an upload still running when the user leaves the page.
  useEffect(() => () => abortRef.current?.abort(), [])

  // A file dropped just outside the zone would otherwise make the browser leave the app to open it.
  useEffect(() => {
    function keepFileDrops(event: DragEvent) {
      // Typed as always present, but synthetic events (and some test doubles) may lack it.
      const types: readonly string[] | undefined = event.dataTransfer?.types
      if (types?.includes('Files')) event.preventDefault()
    }
    window.addEventListener('dragover', keepFileDrops)
    window.addEventListener('drop', keepFileDrops)
    return () => {
      window.removeEventListener('dragover', keepFileDrops)
      window.removeEventListener('drop', keepFileDrops)
    }
  }, [])

  async function handleFiles(files: File[]) {
    const [file] = files
    if (!file) return
    if (files.length > 1) {
      setState({ step: 'invalid', message: 'Please upload one file at a time.' })
      return
    }
    const problem = validateFile(file, config)
    if (problem) {
      setState({ step: 'invalid', message: problem })
      return
    }

    await upload(file, false)
  }

  async function upload(file: File, asNew: boolean) {
    const controller = new AbortController()
    abortRef.current = controller
    setState({ step: 'uploading', fileName: file.name, percent: 0 })
    try {
      const detail = await uploadResume(file, {
        signal: controller.signal,
        asNew,
        onProgress: (fraction) => {
          setState({ step: 'uploading', fileName: file.name, percent: Math.round(fraction * 100) })
        },
        onReading: (reading) => {
          setState({ step: 'uploading', fileName: file.name, percent: 100, reading })
        },
      })
      // The same file again: the user chooses between their edited copy and a fresh parse.
      if (detail.duplicateOf) setState({ step: 'duplicate', file, existing: detail.duplicateOf })
      else navigate(`/resumes/${encodeURIComponent(detail.id)}`)
    } catch (error) {
      if (isAbort(error)) {
        setState({ step: 'idle' })
        return
      }
      // A JSON Resume the schema refuses comes with the fields to fix.
      const problems = error instanceof ApiError ? (error.problem?.errors ?? []) : []
      setState({ step: 'failed', fileName: file.name, message: errorMessage(error), problems })
    } finally {
      if (abortRef.current === controller) abortRef.current = null
    }
  }

  const uploading = state.step === 'uploading'

  return (
    <section className="uploader" aria-label="Upload">
      <DropZone
        accept={config.acceptedExtensions}
        disabled={uploading}
        describedBy={limitsId}
        onFiles={(files) => {
          void handleFiles(files)
        }}
      />
      <p id={limitsId} className="uploader__limits">
        Accepted: {describeExtensions(config.acceptedExtensions)} · up to {formatBytes(config.maxFileSize)}
      </p>
      {(config.acceptedExtensions.includes('.json') || config.acceptedExtensions.includes('.zip')) && (
        <p className="uploader__imports">
          Starting elsewhere? Upload a JSON Resume file (resume.json, or a JSON export from here), or LinkedIn’s data
          export: the ZIP from Settings › Data privacy › Get a copy of your data, or its Profile.csv or Positions.csv.
        </p>
      )}

      <div className="uploader__status" aria-live="polite">
        {state.step === 'uploading' && (
          <div className="upload-progress">
            <p className="upload-progress__label">
              {state.reading ? (
                <PagesLabel fileName={state.fileName} reading={state.reading} />
              ) : state.percent < 100 ? (
                <>
                  Uploading <strong>{state.fileName}</strong>…{' '}
                  {/* The progress bar tells assistive tech the number; repeating it here would be chatty. */}
                  <span aria-hidden="true">{state.percent}%</span>
                </>
              ) : (
                <ReadingLabel fileName={state.fileName} />
              )}
            </p>
            {state.reading ? (
              <ProgressBar
                value={(100 * state.reading.pagesRead) / Math.max(1, state.reading.pages)}
                label={`Reading ${state.fileName}`}
              />
            ) : (
              <ProgressBar value={state.percent} label={`Uploading ${state.fileName}`} />
            )}
            <button type="button" className="button button--secondary" onClick={() => abortRef.current?.abort()}>
              Cancel upload
            </button>
          </div>
        )}
      </div>
      {state.step === 'invalid' && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      {state.step === 'duplicate' && (
        <DuplicateChoice
          fileName={state.file.name}
          existing={state.existing}
          onOpen={() => {
            navigate(`/resumes/${encodeURIComponent(state.existing.id)}`)
          }}
          onParseAgain={() => void upload(state.file, true)}
        />
      )}
      {state.step === 'failed' && (
        <div className="form-error" role="alert">
          <p>
            We could not upload “{state.fileName}”. {state.message}
          </p>
          {state.problems.length > 0 && (
            <ul aria-label="What to fix">
              {state.problems.map((problem) => (
                <li key={`${problem.path} ${problem.message}`}>
                  <code>{problem.path}</code>: {problem.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}

/** A picture is read by OCR, seconds per page; so is a PDF still being read after a moment (a scan, most likely). */
const imageExtensions = ['.png', '.jpg', '.jpeg', '.tif', '.tiff']
const scanSuspectedAfterMs = 2500

function ReadingLabel({ fileName }: { fileName: string }) {
  const image = imageExtensions.includes(extensionOf(fileName))
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setSlow(true)
    }, scanSuspectedAfterMs)
    return () => {
      window.clearTimeout(timer)
    }
  }, [])

  return image || slow ? (
    <>
      Reading a scanned document (<strong>{fileName}</strong>) — this takes a few seconds per page.
    </>
  ) : (
    <>
      Reading <strong>{fileName}</strong>… this can take a few seconds.
    </>
  )
}

/** The server's OCR reports each page it has read: the page in hand, then the layout once all are read. */
function PagesLabel({ fileName, reading }: { fileName: string; reading: ReadingProgress }) {
  const { pagesRead, pages } = reading
  return pagesRead < pages ? (
    <>
      Reading page {pagesRead + 1} of {pages} of the scan <strong>{fileName}</strong>…
    </>
  ) : (
    <>
      Read {pages === 1 ? 'the page' : `all ${String(pages)} pages`} of <strong>{fileName}</strong>; laying out the resume…
    </>
  )
}

/** The file was uploaded before: open that resume (with its edits) or parse the file again as a new one. */
function DuplicateChoice({
  fileName,
  existing,
  onOpen,
  onParseAgain,
}: {
  fileName: string
  existing: DuplicateOf
  onOpen: () => void
  onParseAgain: () => void
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  // Announce the question and put the keyboard where the choice is.
  useEffect(() => heading.current?.focus(), [])
  return (
    <div className="duplicate-choice" role="group" aria-labelledby="duplicate-heading">
      <h2 id="duplicate-heading" ref={heading} tabIndex={-1}>
        You uploaded “{fileName}” before
      </h2>
      <p>
        It was uploaded {formatTimestamp(existing.uploadedAt)}
        {existing.edited ? ` and you have edited it since (version ${String(existing.version)}).` : '.'}
      </p>
      <div className="duplicate-choice__actions">
        <button type="button" className="button" onClick={onOpen}>
          {existing.edited ? 'Open it with my edits' : 'Open it'}
        </button>
        <button type="button" className="button button--secondary" onClick={onParseAgain}>
          Read the file again as a new resume
        </button>
      </div>
    </div>
  )
}
