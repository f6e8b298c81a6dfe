import { useMemo } from 'react'
import { EmptyState, ErrorState, LoadingState } from '../../../components/states'
import { apiUrl, errorMessage } from '../../../lib/api-client'
import { formatTimestamp } from '../../../lib/format'
import { Link } from '../../../lib/router'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useResource } from '../../../lib/use-resource'
import type { ResumeDetail } from '../../../types/api'
import { findUnsureFields } from '../confidence'
import { getResume, resumeFilePath, resumePath } from '../api/get-resume'
import { UnsureFieldsProvider } from './check-marker'
import { isEmptyResume, ResumeSections } from './resume-sections'

export function ResumePage({ id }: { id: string }) {
  const [resume, { reload }] = useResource(resumePath(id), (signal) => getResume(id, signal))
  useDocumentTitle(
    resume.status === 'success'
      ? titleOf(resume.data)
      : resume.status === 'error'
        ? 'Resume not available'
        : 'Loading resume',
  )

  if (resume.status === 'loading') return <LoadingState>Loading your resume…</LoadingState>
  if (resume.status === 'error') {
    return (
      <>
        <h1>Resume not available</h1>
        <ErrorState message={errorMessage(resume.error)} onRetry={reload} />
        <p>
          <Link to="/resumes">Back to my resumes</Link>
        </p>
      </>
    )
  }
  return <ResumeView detail={resume.data} />
}

function titleOf(detail: ResumeDetail): string {
  const name = detail.resume.basics?.name?.trim()
  return name === undefined || name === '' ? detail.fileName : name
}

function ResumeView({ detail }: { detail: ResumeDetail }) {
  const unsure = useMemo(() => findUnsureFields(detail.confidence), [detail.confidence])
  const empty = isEmptyResume(detail.resume)

  return (
    <article className="resume" aria-label="Parsed resume">
      <div className="resume-toolbar">
        <p className="resume-toolbar__file">
          From <strong>{detail.fileName}</strong>, uploaded {formatTimestamp(detail.createdAt)}
          {detail.version > 1 ? ` · version ${detail.version}` : ''}
        </p>
        <div className="resume-toolbar__actions">
          <a className="button button--secondary" href={apiUrl(resumeFilePath(detail.id))} download={detail.fileName}>
            Download original
          </a>
          <Link className="button button--secondary" to="/resumes">
            My resumes
          </Link>
        </div>
      </div>

      {unsure.size > 0 && (
        <p className="notice" role="note">
          We were not sure about {unsure.size === 1 ? '1 field' : `${unsure.size} fields`}. They are marked{' '}
          <span className="check-marker check-marker--inline">Check this</span>. Please compare them with your file.
        </p>
      )}

      {empty ? (
        <>
          <h1>{detail.fileName}</h1>
          <EmptyState title="We could not find resume content in this file">
            <p>
              The file was read, but no sections were recognised. If it is a scanned document, try a version with
              selectable text, or <Link to="/">upload another file</Link>.
            </p>
          </EmptyState>
        </>
      ) : (
        <UnsureFieldsProvider fields={unsure}>
          <ResumeSections resume={detail.resume} />
        </UnsureFieldsProvider>
      )}
    </article>
  )
}
