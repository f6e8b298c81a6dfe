import { useState } from 'react'
import { ConfirmQuestion, useConfirmStep } from '../../../components/confirm-step'
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
      {resumes.status === 'success' && resumes.data.items.length > 0 && (
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

/** "Delete all my data": every resume, version, analysis and file, after an explicit confirmation. */
function DeleteAllData({ onDeleted }: { onDeleted: () => void }) {
  const [step, askRef] = useConfirmStep(async () => {
    await deleteWorkspace()
    onDeleted()
  })

  return (
    <section className="danger-zone" aria-labelledby="delete-all-heading">
      <h2 id="delete-all-heading">Delete all my data</h2>
      <p>Removes every resume, version, analysis and uploaded file in this workspace, at once and for good.</p>
      {step.asking ? (
        <ConfirmQuestion
          step={step}
          question="Delete all your resumes and data for good? This cannot be undone."
          confirmLabel="Yes, delete everything"
          workingLabel="Deleting…"
        />
      ) : (
        <button ref={askRef} type="button" className="button button--danger" onClick={step.ask}>
          Delete all my data
        </button>
      )}
      {step.error && (
        <p className="form-error" role="alert">
          {step.error}
        </p>
      )}
    </section>
  )
}

function ResumeRow({ resume, onDeleted }: { resume: ResumeSummary; onDeleted: (resume: ResumeSummary) => void }) {
  const [step, askRef] = useConfirmStep(async () => {
    await deleteResume(resume.id)
    onDeleted(resume)
  })

  const title = resume.name ?? resume.fileName
  const href = `/resumes/${encodeURIComponent(resume.id)}`

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
        {step.asking ? (
          <ConfirmQuestion
            step={step}
            question={<>Delete “{resume.fileName}” for good?</>}
            confirmLabel="Yes, delete"
            workingLabel="Deleting…"
          />
        ) : (
          <>
            <Link className="button button--secondary" to={href} aria-label={`Open ${title}`}>
              Open
            </Link>
            <button
              ref={askRef}
              type="button"
              className="button button--secondary"
              aria-label={`Delete ${resume.fileName}`}
              onClick={step.ask}
            >
              Delete
            </button>
          </>
        )}
      </div>
      {step.error && (
        <p className="form-error" role="alert">
          {step.error}
        </p>
      )}
    </li>
  )
}
