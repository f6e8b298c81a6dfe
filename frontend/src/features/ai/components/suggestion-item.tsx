import { useRef, useState, type ReactNode } from 'react'
import { ApiError } from '../../../lib/api-client'
import { aiErrorMessage, problemBase } from '../ai-errors'
import type { AiSuggestion } from '../types'
import { SuggestionDiff } from './suggestion-diff'

/** One suggestion as a word diff with its reason, to accept or reject; afterwards, what happened. */
export function SuggestionItem({
  suggestion,
  label,
  onAccept,
  onReject,
  onDecided,
}: {
  suggestion: AiSuggestion
  label: string
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
  if (suggestion.status === 'accepted') status = 'Accepted. The editor shows the change; Undo in Versions reverts it.'
  if (suggestion.status === 'rejected') status = 'Rejected. Your resume is unchanged.'

  return (
    <li className={`ai-suggestion ai-suggestion--${suggestion.status}`}>
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
      {suggestion.status === 'pending' ? (
        <div className="ai-suggestion__actions">
          <button
            type="button"
            className="button button--small"
            disabled={busy !== null}
            aria-label={`Accept suggestion for ${label}`}
            onClick={() => void decide('accept')}
          >
            {busy === 'accept' ? 'Accepting…' : 'Accept'}
          </button>
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={busy !== null}
            aria-label={`Reject suggestion for ${label}`}
            onClick={() => void decide('reject')}
          >
            {busy === 'reject' ? 'Rejecting…' : 'Reject'}
          </button>
        </div>
      ) : (
        <p ref={outcome} tabIndex={-1} className="ai-suggestion__outcome" role="status">
          {status}
        </p>
      )}
    </li>
  )
}
