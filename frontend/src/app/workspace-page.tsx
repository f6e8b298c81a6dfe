import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import { AiPanel } from '../features/ai/components/ai-panel'
import { AnalysisPanel } from '../features/analysis/components/analysis-panel'
import { getResume, resumeFilePath, resumePath } from '../features/editor/api/get-resume'
import { ResumeEditor, type FocusRequest } from '../features/editor/components/resume-editor'
import { SaveIndicator } from '../features/editor/components/save-status'
import { VersionHistory } from '../features/editor/components/version-history'
import { useResumeDraft } from '../features/editor/hooks/use-resume-draft'
import { ExportPanel } from '../features/export/components/export-panel'
import { FixesPanel } from '../features/fixes/components/fixes-panel'
import { ErrorState, LoadingState } from '../components/states'
import { ApiError, apiUrl, errorMessage } from '../lib/api-client'
import { useClientConfig } from '../lib/client-config-provider'
import { formatTimestamp } from '../lib/format'
import { getAt, replaceRange } from '../lib/resume-path'
import { Link } from '../lib/router'
import { useDocumentTitle } from '../lib/use-document-title'
import { useResource } from '../lib/use-resource'
import type { ResumeDetail, TextFix } from '../types/api'
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

function Workspace({ initial }: { initial: ResumeDetail }) {
  const draft = useResumeDraft(initial)
  const { edit, flush } = draft
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null)
  const config = useClientConfig()
  const title = titleOf(draft.resume, initial.fileName)
  useDocumentTitle(title)

  const showLocation = useCallback((path: string) => {
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

  return (
    <div className="workspace">
      <div className="workspace__top">
        <div>
          <h1 className="workspace__title">{title}</h1>
          <p className="muted">
            From <strong>{initial.fileName}</strong>, uploaded {formatTimestamp(initial.createdAt)} · version {draft.version}
          </p>
        </div>
        <div className="workspace__actions">
          <SaveIndicator status={draft.status} onRetry={() => void flush()} />
          <a className="button button--secondary" href={apiUrl(resumeFilePath(initial.id))} download={initial.fileName}>
            Download original
          </a>
        </div>
      </div>

      {/* On a phone the panels sit below a long editor; these links get there in one step. */}
      <nav className="jump-links" aria-label="Workspace sections">
        <a href="#editor-basics">Editor</a>
        <a href="#history-heading">Versions</a>
        <a href="#analysis-heading">Analysis</a>
        <a href="#fixes-heading">Fixes</a>
        <a href="#ai-heading">AI</a>
        <a href="#export-heading">Export</a>
      </nav>

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

      <div className="workspace__grid">
        <div className="workspace__editor">
          <ResumeEditor
            resume={draft.resume}
            unsure={draft.unsure}
            edit={edit}
            confirm={draft.confirm}
            focusRequest={focusRequest}
          />
        </div>
        <div className="workspace__side">
          <VersionHistory draft={draft} />
          <AnalysisPanel
            resumeId={initial.id}
            beforeRun={flush}
            onShowLocation={showLocation}
            onApplyFix={applyTextFix}
            onJobDescriptionChange={setAnalysisJobDescription}
          />
          <FixesPanel resumeId={initial.id} revision={draft.revision} commit={draft.commit} />
          <AiPanel
            resumeId={initial.id}
            resume={draft.resume}
            config={config.status === 'success' ? config.data.ai : config.status === 'error' ? { enabled: false } : null}
            analysisJobDescription={readAnalysisJobDescription}
            beforeRun={flush}
            commit={draft.commit}
          />
          <ExportPanel resumeId={initial.id} beforeExport={flush} />
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
