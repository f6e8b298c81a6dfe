import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import { AiPanel } from '../features/ai/components/ai-panel'
import { AnalysisPanel, findingElementId } from '../features/analysis/components/analysis-panel'
import { CoverLetterPanel } from '../features/cover-letters/components/cover-letter-panel'
import { getResume, resumeFilePath, resumePath } from '../features/editor/api/get-resume'
import type { FieldFinding } from '../features/editor/components/finding-marker'
import { ResumeEditor, type FocusRequest } from '../features/editor/components/resume-editor'
import { SaveIndicator } from '../features/editor/components/save-status'
import { UndoControl, useVersionRestorer, VersionHistory } from '../features/editor/components/version-history'
import { useResumeDraft } from '../features/editor/hooks/use-resume-draft'
import { ExportPanel } from '../features/export/components/export-panel'
import { FixesPanel } from '../features/fixes/components/fixes-panel'
import { ResumePreview } from '../features/preview/components/resume-preview'
import { Tabs, type Tab } from '../components/tabs'
import { ErrorState, LoadingState } from '../components/states'
import { ApiError, apiUrl, errorMessage } from '../lib/api-client'
import { useClientConfig } from '../lib/client-config-provider'
import { formatTimestamp } from '../lib/format'
import { getAt, replaceRange } from '../lib/resume-path'
import { Link } from '../lib/router'
import { defaultExportOptions, type ExportOptions } from '../lib/export-url'
import { useDocumentTitle } from '../lib/use-document-title'
import { useMediaQuery } from '../lib/use-media-query'
import { useResource } from '../lib/use-resource'
import type { Finding, ResumeDetail, TextFix } from '../types/api'
import type { JsonResume } from '../types/json-resume'

/** The workspace for one resume: editor, analysis, fixes, versions and export. Loaded on demand. */
export default function WorkspacePage({ id }: { id: string }) {
  const [resume, { reload }] = useResource(resumePath(id), (signal) => getResume(id, signal))
  useDocumentTitle(
    resume.status === 'success' ? titleOf(resume.data.resume, resume.data.fileName) : resume.status === 'error' ? 'Resume not available' : 'Loading resume',
  )

  if (resume.status === 'loading') return <LoadingState>Loading your resume…</LoadingState>
  if (resume.status === 'error') {
    return (
      <>
        <h1>Resume not available</h1>
        {/* A resume that is not there (deleted, another workspace's) will not come back by asking again. */}
        <ErrorState message={errorMessage(resume.error)} onRetry={isNotFound(resume.error) ? undefined : reload} />
        <p>
          <Link to="/resumes">Back to my resumes</Link>
        </p>
      </>
    )
  }
  return <Workspace initial={resume.data} />
}

function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404
}

function titleOf(resume: JsonResume, fileName: string): string {
  const name = resume.basics?.name?.trim()
  return name === undefined || name === '' ? fileName : name
}

type ToolKey = 'preview' | 'analysis' | 'fixes' | 'ai' | 'letter' | 'versions' | 'export'

/** Below 64rem the editor and the tools no longer fit side by side (the same breakpoint as styles.css). */
const narrowQuery = '(max-width: 63.99rem)'

function Workspace({ initial }: { initial: ResumeDetail }) {
  const draft = useResumeDraft(initial)
  const { edit, flush } = draft
  const restorer = useVersionRestorer(draft)
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null)
  const [exportOptions, setExportOptions] = useState<ExportOptions>(defaultExportOptions)
  const narrow = useMediaQuery(narrowQuery)
  // On a phone the preview takes the editor's place instead of sitting beside it.
  const [previewOnPhone, setPreviewOnPhone] = useState(false)
  const showingPreview = narrow && previewOnPhone
  const [chosenTool, setChosenTool] = useState<ToolKey>('preview')
  const tool = narrow && chosenTool === 'preview' ? 'analysis' : chosenTool
  const config = useClientConfig()
  const title = titleOf(draft.resume, initial.fileName)
  useDocumentTitle(title)

  const [fieldFindings, setFieldFindings] = useState<readonly FieldFinding[]>([])
  const showFindings = useCallback((findings: readonly Finding[]) => {
    setFieldFindings(findings.flatMap((finding, index) => (finding.places ?? [finding.location]).map((path) => ({ path, message: finding.message, index }))))
  }, [])
  const showFinding = useCallback((index: number) => {
    setChosenTool('analysis')
    // After the Analysis tab is shown: focus cannot move into a hidden panel.
    window.setTimeout(() => document.getElementById(findingElementId(index))?.focus(), 0)
  }, [])

  const showLocation = useCallback((path: string) => {
    setPreviewOnPhone(false)
    setFocusRequest((previous) => ({ path, nonce: (previous?.nonce ?? 0) + 1 }))
  }, [])

  // Read only when the AI is asked to tailor; kept in a ref so typing a posting does not re-render the editor.
  const analysisJobDescription = useRef('')
  const setAnalysisJobDescription = useCallback((text: string) => {
    analysisJobDescription.current = text
  }, [])
  const readAnalysisJobDescription = useCallback(() => analysisJobDescription.current, [])

  const resumeRef = useLatest(draft.resume)
  const applyTextFix = useCallback(
    (fix: TextFix): boolean => {
      const text = getAt(resumeRef.current, fix.path)
      if (typeof text !== 'string') return false
      const next = replaceRange(text, fix.offset, fix.length, fix.replacement)
      if (next === null) return false
      edit({ type: 'set', path: fix.path, value: next })
      return true
    },
    [edit, resumeRef],
  )

  const preview = (
    <ResumePreview
      resumeId={initial.id}
      version={draft.version}
      template={exportOptions.template}
      paper={exportOptions.paper}
      behind={draft.status.state !== 'idle' && draft.status.state !== 'saved'}
    />
  )
  const tools: Tab<ToolKey>[] = [
    ...(narrow ? [] : [{ key: 'preview' as const, label: 'Preview', panel: tool === 'preview' && preview }]),
    {
      key: 'analysis',
      label: 'Analysis',
      panel: (
        <AnalysisPanel
          resumeId={initial.id}
          beforeRun={flush}
          onShowLocation={showLocation}
          onApplyFix={applyTextFix}
          onJobDescriptionChange={setAnalysisJobDescription}
          onFindingsChange={showFindings}
        />
      ),
    },
    { key: 'fixes', label: 'Fixes', panel: <FixesPanel resumeId={initial.id} revision={draft.revision} commit={draft.commit} /> },
    {
      key: 'ai',
      label: 'AI',
      panel: (
        <AiPanel
          resumeId={initial.id}
          resume={draft.resume}
          config={config.status === 'success' ? config.data.ai : config.status === 'error' ? { enabled: false } : null}
          analysisJobDescription={readAnalysisJobDescription}
          beforeRun={flush}
          commit={draft.commit}
        />
      ),
    },
    {
      key: 'letter',
      label: 'Cover letter',
      panel: (
        <CoverLetterPanel
          resumeId={initial.id}
          analysisJobDescription={readAnalysisJobDescription}
          template={exportOptions.template}
          paper={exportOptions.paper}
        />
      ),
    },
    { key: 'versions', label: 'Versions', panel: <VersionHistory draft={draft} restorer={restorer} /> },
    {
      key: 'export',
      label: 'Export',
      panel: <ExportPanel resumeId={initial.id} beforeExport={flush} options={exportOptions} onOptionsChange={setExportOptions} />,
    },
  ]

  return (
    <div className="workspace">
      <div className="workspace__top">
        <div>
          <h1 className="workspace__title">{title}</h1>
          <p className="muted">
            From <strong>{initial.fileName}</strong>, uploaded {formatTimestamp(initial.createdAt)} · version {draft.version}
          </p>
        </div>
        <a className="button button--secondary" href={apiUrl(resumeFilePath(initial.id))} download={initial.fileName}>
          Download original
        </a>
      </div>

      {looksEmpty(initial.resume) && (
        <p className="notice" role="note">
          We could not find resume content in this file. If it is a scanned document, try a version with selectable
          text, <Link to="/">upload another file</Link>, or type your resume in below.
        </p>
      )}

      {draft.unsure.size > 0 && (
        <p className="notice" role="note">
          We were not sure about {draft.unsure.size === 1 ? '1 field' : `${draft.unsure.size} fields`}. They are marked{' '}
          <span className="check-marker check-marker--inline">Check this</span>. Correct them, or press “It’s correct”.
        </p>
      )}

      {/* Stays on screen while the editor scrolls, so saving state and Undo are always in reach. */}
      <div className="workspace__bar">
        <SaveIndicator status={draft.status} onRetry={() => void flush()} />
        <UndoControl restorer={restorer} />
        {narrow && (
          <>
            <div className="view-switch" role="group" aria-label="View">
              <button type="button" className="view-switch__option" aria-pressed={!showingPreview} onClick={() => { setPreviewOnPhone(false) }}>
                Editor
              </button>
              <button type="button" className="view-switch__option" aria-pressed={showingPreview} onClick={() => { setPreviewOnPhone(true) }}>
                Preview
              </button>
            </div>
            <a href="#workspace-tools">Tools</a>
          </>
        )}
      </div>

      <div className="workspace__grid">
        <div className="workspace__editor" hidden={showingPreview}>
          <ResumeEditor
            resume={draft.resume}
            unsure={draft.unsure}
            edit={edit}
            confirm={draft.confirm}
            focusRequest={focusRequest}
            startCollapsed={narrow}
            findings={fieldFindings}
            onShowFinding={showFinding}
          />
        </div>
        {showingPreview && <div className="workspace__preview">{preview}</div>}
        <div className="workspace__side" id="workspace-tools" tabIndex={-1}>
          <Tabs label="Tools" idPrefix="tools" tabs={tools} selected={tool} onSelect={setChosenTool} />
        </div>
      </div>
    </div>
  )
}

/** True when the parser found nothing to edit: no name or contacts and no entries in any section. */
function looksEmpty(resume: JsonResume): boolean {
  const b = resume.basics ?? {}
  const text = [b.name, b.label, b.email, b.phone, b.url, b.summary].some((v) => typeof v === 'string' && v.trim() !== '')
  const lists = [resume.work, resume.education, resume.skills, resume.projects, resume.certificates, resume.languages,
    resume.awards, resume.volunteer, resume.publications, resume.interests]
  return !text && lists.every((list) => (list ?? []).length === 0)
}

/** A ref that always holds the latest value, for callbacks that must not change identity. */
function useLatest<T>(value: T) {
  const ref = useRef(value)
  useLayoutEffect(() => {
    ref.current = value
  })
  return ref
}
