import { useRef, useState, type ReactNode } from 'react'
import { FeedbackControl } from '../../../components/feedback-control'
import { ApiError } from '../../../lib/api-client'
import { aiErrorMessage, problemBase } from '../ai-errors'
import type { AiSuggestion } from '../types'
import { SuggestionDiff } from './suggestion-diff'

/**
 * One suggestion as a word diff with its reason, to accept or reject; afterwards, what happened. An accepted
 * suggestion whose text the resume no longer shows (Undo, a restored version) says so and can be accepted again.
 */
export function SuggestionItem({
  suggestion,
  label,
  task,
  reverted = false,
  onAccept,
  onReject,
  onDecided,
}: {
  suggestion: AiSuggestion
  label: string
  /** The job's task, which the feedback names as the rule. */
  task: string
  /** Accepted, but the resume shows the original text again. */
  reverted?: boolean
  onAccept: (suggestion: AiSuggestion) => Promise<void>
  onReject: (suggestion: AiSuggestion) => Promise<void>
  onDecided: (suggestion: AiSuggestion, status: 'accepted' | 'rejected') => void
}) {
  const [busy, setBusy] = useState<'accept' | 'reject' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const outcome = useRef<HTMLParagraphElement>(null)

  async function decide(action: 'accept' | 'reject') {
    setBusy(action)
    setError(null)
    try {
      await (action === 'accept' ? onAccept(suggestion) : onReject(suggestion))
      // The buttons are gone; keep keyboard focus in the suggestion, on what happened.
      window.setTimeout(() => outcome.current?.focus(), 0)
    } catch (e) {
      if (e instanceof ApiError && e.problem?.type === `${problemBase}suggestion-decided`) {
        const status = /rejected/i.test(e.message) ? 'rejected' : 'accepted'
        onDecided(suggestion, status)
        window.setTimeout(() => outcome.current?.focus(), 0)
      } else {
        setError(aiErrorMessage(e))
      }
    } finally {
      setBusy(null)
    }
  }

  let status: ReactNode = null
  if (suggestion.status === 'accepted') {
    status = reverted
      ? 'Reverted: your resume shows the original text again. You can accept it again.'
      : 'Accepted. The editor shows the change; Undo in Versions reverts it.'
  }
  if (suggestion.status === 'rejected') status = 'Rejected. Your resume is unchanged.'
  const decidable = suggestion.status === 'pending' || reverted

  return (
    <li className={`ai-suggestion ai-suggestion--${reverted ? 'reverted' : suggestion.status}`}>
      <h4 className="ai-suggestion__target">
        {label}
      </h4>
      <SuggestionDiff original={suggestion.original} proposal={suggestion.proposal} />
      <p className="ai-suggestion__reason">
        <strong>Why:</strong> {suggestion.reason}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!decidable || reverted ? (
        <p ref={outcome} tabIndex={-1} className="ai-suggestion__outcome" role="status">
          {status}
        </p>
      ) : null}
      {decidable && (
        <div className="ai-suggestion__actions">
          <button
            type="button"
            className="button button--small"
            disabled={busy !== null}
            aria-label={`${reverted ? 'Accept again' : 'Accept'} suggestion for ${label}`}
            onClick={() => void decide('accept')}
          >
            {busy === 'accept' ? 'Accepting…' : reverted ? 'Accept again' : 'Accept'}
          </button>
          {!reverted && (
            <button
              type="button"
              className="button button--small button--secondary"
              disabled={busy !== null}
              aria-label={`Reject suggestion for ${label}`}
              onClick={() => void decide('reject')}
            >
              {busy === 'reject' ? 'Rejecting…' : 'Reject'}
            </button>
          )}
        </div>
      )}
      <FeedbackControl kind="suggestion" rule={task} subject={`the suggestion for ${label}`} />
    </li>
  )
}
