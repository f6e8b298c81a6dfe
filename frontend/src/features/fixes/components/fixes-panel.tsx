import { useState } from 'react'
import { FeedbackControl } from '../../../components/feedback-control'
import { ErrorState, LoadingState } from '../../../components/states'
import { errorMessage } from '../../../lib/api-client'
import { useResource } from '../../../lib/use-resource'
import type { ResumeDetail } from '../../../types/api'
import { applyFixes, fixesPath, getFixes } from '../api/fixes'

interface FixesPanelProps {
  resumeId: string
  /** Changes after restores and applied fixes. Autosaves do not refetch (requests are rate-limited); "Check again" does. */
  revision: number
  /** Saves pending edits, runs the change and shows the new version in the editor. */
  commit: (change: () => Promise<ResumeDetail>) => Promise<unknown>
}

/** Standardisation fixes (dates, phone numbers, headings): preview each before → after, apply one or all safe ones. */
export function FixesPanel({ resumeId, revision, commit }: FixesPanelProps) {
  const [fixes, { reload }] = useResource(`${fixesPath(resumeId)}@${revision}`, (signal) => getFixes(resumeId, signal))
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)

  async function apply(ids: string[]) {
    setBusy(true)
    setMessage(null)
    try {
      await commit(() => applyFixes(resumeId, ids))
      setMessage({ text: ids.length === 1 ? 'Fix applied. Undo reverts it.' : `${ids.length} fixes applied. Undo reverts them.`, error: false })
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true })
    } finally {
      setBusy(false)
    }
  }

  const items = fixes.status === 'success' ? fixes.data.items : []
  const safe = items.filter((fix) => fix.safe)

  return (
    <section className="panel" aria-labelledby="fixes-heading">
      <h2 id="fixes-heading">Standardisation fixes</h2>
      {message && (
        <p className={message.error ? 'form-error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {fixes.status === 'loading' && <LoadingState>Looking for fixes…</LoadingState>}
      {fixes.status === 'error' && <ErrorState message={errorMessage(fixes.error)} onRetry={reload} />}
      {fixes.status === 'success' && items.length === 0 && <p className="muted">Nothing to standardise. Dates, contacts and headings look consistent.</p>}
      {safe.length > 0 && (
        <button type="button" className="button" disabled={busy} onClick={() => void apply(safe.map((fix) => fix.id))}>
          Apply all safe fixes ({safe.length})
        </button>
      )}
      {fixes.status === 'success' && (
        <p>
          <button type="button" className="link-button" disabled={busy} onClick={reload}>
            Check again after your edits
          </button>
        </p>
      )}
      {items.length > 0 && (
        <ul className="fixes">
          {items.map((fix) => (
            <li key={fix.id} className="fix">
              <p className="fix__description">
                {fix.description}
                {!fix.safe && <span className="fix__review"> — review before applying</span>}
              </p>
              <p className="fix__diff">
                <span className="visually-hidden">Before: </span>
                <del>{fix.before}</del> <span aria-hidden="true">→</span>
                <span className="visually-hidden">, after: </span> <ins>{fix.after}</ins>
              </p>
              <button
                type="button"
                className="button button--small button--secondary"
                disabled={busy}
                aria-label={`Apply: ${fix.description}`}
                onClick={() => void apply([fix.id])}
              >
                Apply
              </button>
              <FeedbackControl kind="fix" rule={fix.kind} subject={fix.description} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
