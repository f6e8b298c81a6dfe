import { useEffect, useRef, useState } from 'react'
import { EmptyState, ErrorState, LoadingState } from '../../../components/states'
import { errorMessage } from '../../../lib/api-client'
import { formatTimestamp } from '../../../lib/format'
import { Link } from '../../../lib/router'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useResource } from '../../../lib/use-resource'
import type { ResumeSummary } from '../../../types/api'
import { deleteResume, deleteWorkspace } from '../api/delete-resume'
import { getResumes, resumesPath } from '../api/get-resumes'

export function ResumeListPage() {
  useDocumentTitle('My resumes')
  const [resumes, { reload, update }] = useResource(resumesPath, getResumes)
  const [announcement, setAnnouncement] = useState('')

  function handleDeleted(resume: ResumeSummary) {
    update((data) => ({ items: data.items.filter((item) => item.id !== resume.id) }))
    setAnnouncement(`Deleted “${resume.fileName}”.`)
  }

  return (
    <>
      <div className="page-heading">
        <h1>My resumes</h1>
        <Link className="button" to="/">
          Upload a resume
        </Link>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {resumes.status === 'loading' && <LoadingState>Loading your resumes…</LoadingState>}
      {resumes.status === 'error' && <ErrorState message={errorMessage(resumes.error)} onRetry={reload} />}
      {resumes.status === 'success' &&
        (resumes.data.items.length === 0 ? (
          <EmptyState title="No resumes yet">
            <p>
              <Link to="/">Upload your resume</Link> to see it parsed section by section.
            </p>
          </EmptyState>
        ) : (
          <ul className="resume-list" aria-label="Your resumes">
            {resumes.data.items.map((item) => (
              <ResumeRow key={item.id} resume={item} onDeleted={handleDeleted} />
            ))}
          </ul>
        ))}
      {resumes.status === 'success' && (
        <DeleteAllData
          onDeleted={() => {
            update(() => ({ items: [] }))
            setAnnouncement('All your data was deleted.')
          }}
        />
      )}
    </>
  )
}

type DeleteAllState = { step: 'idle' } | { step: 'confirming' } | { step: 'deleting' } | { step: 'failed'; message: string }

/** "Delete all my data": every resume, version, analysis and file, after an explicit confirmation. */
function DeleteAllData({ onDeleted }: { onDeleted: () => void }) {
  const [state, setState] = useState<DeleteAllState>({ step: 'idle' })
  const cancelRef = useRef<HTMLButtonElement>(null)
  const startRef = useRef<HTMLButtonElement>(null)
  const previousStep = useRef(state.step)

  useEffect(() => {
    if (state.step === 'confirming') cancelRef.current?.focus()
    else if (state.step === 'idle' && previousStep.current === 'confirming') startRef.current?.focus()
    previousStep.current = state.step
  }, [state.step])

  async function confirm() {
    setState({ step: 'deleting' })
    try {
      await deleteWorkspace()
      setState({ step: 'idle' })
      onDeleted()
    } catch (error) {
      setState({ step: 'failed', message: errorMessage(error) })
    }
  }

  return (
    <section className="danger-zone" aria-labelledby="delete-all-heading">
      <h2 id="delete-all-heading">Delete all my data</h2>
      <p>Removes every resume, version, analysis and uploaded file in this workspace, at once and for good.</p>
      {state.step === 'confirming' || state.step === 'deleting' ? (
        <div className="confirm" role="group" aria-labelledby="delete-all-question">
          <p id="delete-all-question" className="confirm__question">
            Delete all your resumes and data for good? This cannot be undone.
          </p>
          <button
            type="button"
            className="button button--danger"
            disabled={state.step === 'deleting'}
            onClick={() => {
              void confirm()
            }}
          >
            {state.step === 'deleting' ? 'Deleting…' : 'Yes, delete everything'}
          </button>
          <button
            ref={cancelRef}
            type="button"
            className="button button--secondary"
            disabled={state.step === 'deleting'}
            onClick={() => {
              setState({ step: 'idle' })
            }}
          >
            Cancel
          </button>
        </div>
      ) : (
        <button
          ref={startRef}
          type="button"
          className="button button--danger"
          onClick={() => {
            setState({ step: 'confirming' })
          }}
        >
          Delete all my data
        </button>
      )}
      {state.step === 'failed' && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  )
}

type RowState = { step: 'idle' } | { step: 'confirming' } | { step: 'deleting' } | { step: 'failed'; message: string }

function ResumeRow({ resume, onDeleted }: { resume: ResumeSummary; onDeleted: (resume: ResumeSummary) => void }) {
  const [state, setState] = useState<RowState>({ step: 'idle' })
  const cancelRef = useRef<HTMLButtonElement>(null)
  const deleteRef = useRef<HTMLButtonElement>(null)
  const previousStep = useRef(state.step)

  // Keep keyboard focus where the user is: on "Cancel" when asked to confirm, back on "Delete" after cancelling.
  useEffect(() => {
    if (state.step === 'confirming') cancelRef.current?.focus()
    else if (state.step === 'idle' && previousStep.current === 'confirming') deleteRef.current?.focus()
    previousStep.current = state.step
  }, [state.step])

  async function confirmDelete() {
    setState({ step: 'deleting' })
    try {
      await deleteResume(resume.id)
      onDeleted(resume)
    } catch (error) {
      setState({ step: 'failed', message: errorMessage(error) })
    }
  }

  const title = resume.name ?? resume.fileName
  const href = `/resumes/${encodeURIComponent(resume.id)}`
  const confirmId = `confirm-${resume.id}`

  return (
    <li className="resume-list__item">
      <div className="resume-list__main">
        <h2 className="resume-list__title">
          <Link to={href}>{title}</Link>
        </h2>
        <p className="resume-list__meta">
          {resume.name ? <>{resume.fileName} · </> : null}
          Uploaded <time dateTime={resume.createdAt}>{formatTimestamp(resume.createdAt)}</time>
        </p>
      </div>
      <div className="resume-list__actions">
        {state.step === 'confirming' || state.step === 'deleting' ? (
          <div className="confirm" role="group" aria-labelledby={confirmId}>
            <p id={confirmId} className="confirm__question">
              Delete “{resume.fileName}” for good?
            </p>
            <button
              type="button"
              className="button button--danger"
              disabled={state.step === 'deleting'}
              onClick={() => {
                void confirmDelete()
              }}
            >
              {state.step === 'deleting' ? 'Deleting…' : 'Yes, delete'}
            </button>
            <button
              ref={cancelRef}
              type="button"
              className="button button--secondary"
              disabled={state.step === 'deleting'}
              onClick={() => {
                setState({ step: 'idle' })
              }}
            >
              Cancel
            </button>
          </div>
        ) : (
          <>
            <Link className="button button--secondary" to={href} aria-label={`Open ${title}`}>
              Open
            </Link>
            <button
              ref={deleteRef}
              type="button"
              className="button button--secondary"
              aria-label={`Delete ${resume.fileName}`}
              onClick={() => {
                setState({ step: 'confirming' })
              }}
            >
              Delete
            </button>
          </>
        )}
      </div>
      {state.step === 'failed' && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
    </li>
  )
}
